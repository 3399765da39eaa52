/**
 * Styles every element shares: the box, the title, the error message. Data
 * displays add `stateStyles` (loading, empty, stale, visually hidden tables).
 *
 * Lengths are in em from `.base`, never rem: rem is the page's root font size
 * (a CMS theme's `html { font-size: 62.5% }` would shrink every element), em
 * starts from the reader's default size. `:host` rules lose to any page rule on
 * the tag, on purpose: a page sizes, places and hides the element there; the
 * layout inside does not depend on them (a reset that makes the host inline
 * changes nothing within).
 */
import { css } from 'lit';

export const baseStyles = css`
  /* A chart has no width of its own (it draws to the width it gets): in a page's
     flex row it would shrink to nothing, so it asks for 15 rem, or all there is. */
  :host {
    display: block;
    box-sizing: border-box;
    min-inline-size: min(100%, 15rem);
  }
  /* The one !important: [hidden] hides even under a page reset such as "* { all: unset }". */
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    /* Everything from initial, then ours: a page rule on the host element
       ("* { all: unset }") beats :host, and inherited text properties
       (uppercase, letter-spacing, alignment) would otherwise reach inside.
       Visibility and pointer-events still follow the page, which may hide or
       disable the element from its tag. */
    all: initial;
    visibility: inherit;
    pointer-events: inherit;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    font-family: var(--_font);
    font-size: medium;
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    min-width: 0;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 600;
  }
  /* frameless: the page's own card frames the element; its title is still read, not shown twice. */
  :host([frameless]) .base {
    background: none;
    border: 0;
    border-radius: 0;
    padding: 0;
  }
  :host([frameless]) .title {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  /* An error in place of the data, or a notice over the data kept on screen (.stale). */
  .error,
  .stale {
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.75em;
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
