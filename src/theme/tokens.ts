/**
 * Theme tokens of the data displays: the core ones (core.ts) plus the chart
 * colours (gauge bands, promoter / passive / detractor, track, skeleton).
 */
import { css } from 'lit';
import { darkCore, lightCore, theme } from './core.js';

const lightChart = css`
  --_track: var(--kpi-color-track, #eaeef2);
  --_promoter: var(--kpi-color-promoter, #1a7f37);
  --_passive: var(--kpi-color-passive, #9a6700);
  --_detractor: var(--kpi-color-detractor, #cf222e);
  --_band-negative: var(--kpi-color-band-negative, #ffd8d3);
  --_band-fair: var(--kpi-color-band-fair, #fff1c2);
  --_band-good: var(--kpi-color-band-good, #d2f4d9);
  --_band-excellent: var(--kpi-color-band-excellent, #a6e3b5);
  --_skeleton: var(--kpi-color-skeleton, #eaeef2);
`;

const darkChart = css`
  --_track: var(--kpi-color-track, #2d333b);
  --_promoter: var(--kpi-color-promoter, #3fb950);
  --_passive: var(--kpi-color-passive, #d29922);
  --_detractor: var(--kpi-color-detractor, #ff7b72);
  --_band-negative: var(--kpi-color-band-negative, #5a1e1e);
  --_band-fair: var(--kpi-color-band-fair, #4d3b00);
  --_band-good: var(--kpi-color-band-good, #1b4721);
  --_band-excellent: var(--kpi-color-band-excellent, #2e6b36);
  --_skeleton: var(--kpi-color-skeleton, #2d333b);
`;

export const themeStyles = theme(css`${lightCore}${lightChart}`, css`${darkCore}${darkChart}`);

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
