/**
 * Theme tokens. Public `--kpi-*` custom properties are read, never set, on
 * :host, so a page can set them anywhere above the element (even on :root) and
 * they win; private `--_*` copies carry the defaults for light and dark.
 * Dark applies with `theme="dark"`, or with the OS preference unless `theme="light"`.
 */
import { css } from 'lit';

const light = css`
  --_text: var(--kpi-color-text, #1f2328);
  --_muted: var(--kpi-color-muted, #57606a);
  --_surface: var(--kpi-color-surface, #ffffff);
  --_border: var(--kpi-color-border, #d0d7de);
  --_track: var(--kpi-color-track, #eaeef2);
  --_accent: var(--kpi-color-accent, #0a5cc2);
  --_promoter: var(--kpi-color-promoter, #1a7f37);
  --_passive: var(--kpi-color-passive, #9a6700);
  --_detractor: var(--kpi-color-detractor, #cf222e);
  --_band-negative: var(--kpi-color-band-negative, #ffd8d3);
  --_band-fair: var(--kpi-color-band-fair, #fff1c2);
  --_band-good: var(--kpi-color-band-good, #d2f4d9);
  --_band-excellent: var(--kpi-color-band-excellent, #a6e3b5);
  --_error: var(--kpi-color-error, #b3261e);
  --_error-surface: var(--kpi-color-error-surface, #fdecea);
  --_skeleton: var(--kpi-color-skeleton, #eaeef2);
`;

const dark = css`
  --_text: var(--kpi-color-text, #e6edf3);
  --_muted: var(--kpi-color-muted, #9da7b3);
  --_surface: var(--kpi-color-surface, #161b22);
  --_border: var(--kpi-color-border, #30363d);
  --_track: var(--kpi-color-track, #2d333b);
  --_accent: var(--kpi-color-accent, #58a6ff);
  --_promoter: var(--kpi-color-promoter, #3fb950);
  --_passive: var(--kpi-color-passive, #d29922);
  --_detractor: var(--kpi-color-detractor, #ff7b72);
  --_band-negative: var(--kpi-color-band-negative, #5a1e1e);
  --_band-fair: var(--kpi-color-band-fair, #4d3b00);
  --_band-good: var(--kpi-color-band-good, #1b4721);
  --_band-excellent: var(--kpi-color-band-excellent, #2e6b36);
  --_error: var(--kpi-color-error, #ffa198);
  --_error-surface: var(--kpi-color-error-surface, #3d1414);
  --_skeleton: var(--kpi-color-skeleton, #2d333b);
`;

export const themeStyles = css`
  :host {
    ${light}
    --_font: var(--kpi-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--kpi-radius, 8px);
    --_gap: var(--kpi-spacing, 0.75rem);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
`;

/** Token names, for docs and tests. */
export const THEME_TOKENS = [
  '--kpi-color-text',
  '--kpi-color-muted',
  '--kpi-color-surface',
  '--kpi-color-border',
  '--kpi-color-track',
  '--kpi-color-accent',
  '--kpi-color-promoter',
  '--kpi-color-passive',
  '--kpi-color-detractor',
  '--kpi-color-band-negative',
  '--kpi-color-band-fair',
  '--kpi-color-band-good',
  '--kpi-color-band-excellent',
  '--kpi-color-error',
  '--kpi-color-error-surface',
  '--kpi-color-skeleton',
  '--kpi-font-family',
  '--kpi-radius',
  '--kpi-spacing',
] as const;
