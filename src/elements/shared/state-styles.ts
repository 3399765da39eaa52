/** The loading, empty and stale states of data displays (KpiElement), and their visually hidden tables. */
import { css } from 'lit';

export const stateStyles = css`
  .state {
    padding: 1em 0;
    text-align: center;
    color: var(--_muted);
  }
  /* Its box is the error's (styles.ts). */
  .stale {
    margin-top: 0.57em;
    font-size: 0.875em;
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
  .skeleton {
    display: grid;
    gap: 0.5em;
  }
  .skeleton span {
    display: block;
    height: 0.9em;
    border-radius: 4px;
    background: var(--_skeleton);
    animation: pulse 1.2s ease-in-out infinite;
  }
  .skeleton span.short {
    width: 60%;
  }
  .skeleton span.block {
    height: 6em;
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
`;
