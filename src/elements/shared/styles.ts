/**
 * Styles every element shares: the box, the title, the error message. Data
 * displays add `stateStyles` (loading, empty, stale, visually hidden tables).
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    /* Everything from initial, then ours: a page rule on the host element
       ("* { all: unset }") beats :host, and inherited text properties
       (uppercase, letter-spacing, alignment) would otherwise reach inside. */
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    min-width: 0;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  /* An error in place of the data, or a notice over the data kept on screen (.stale). */
  .error,
  .stale {
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
    background: var(--_error-surface);
    color: var(--_error);
    border: 1px solid currentColor;
    overflow-wrap: anywhere;
  }
  .error p,
  .stale p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .base,
    .error,
    .stale {
      border-color: CanvasText;
    }
  }
`;
