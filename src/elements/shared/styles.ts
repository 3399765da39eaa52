/** Styles every element shares: the box, the states, and the visually hidden text alternative. */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.4;
    color: var(--_text);
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
  .state {
    padding: 1rem 0;
    text-align: center;
    color: var(--_muted);
  }
  .error,
  .stale {
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
    background: var(--_error-surface);
    color: var(--_error);
    border: 1px solid currentColor;
    overflow-wrap: anywhere;
  }
  .stale {
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
  .error p,
  .stale p {
    margin: 0;
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton span {
    display: block;
    height: 0.9rem;
    border-radius: 4px;
    background: var(--_skeleton);
    animation: pulse 1.2s ease-in-out infinite;
  }
  .skeleton span.short {
    width: 60%;
  }
  .skeleton span.block {
    height: 6rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .base,
    .error,
    .stale {
      border-color: CanvasText;
    }
  }
`;
