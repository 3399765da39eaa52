/**
 * Theme tokens of the data displays: the core ones (core.ts) plus the chart
 * colours (gauge bands, promoter / passive / detractor, track, skeleton, and
 * the ten channel colours of channel-palette.ts).
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
  --_channel-0: var(--kpi-color-channel-1, #0072b2);
  --_channel-1: var(--kpi-color-channel-2, #e69f00);
  --_channel-2: var(--kpi-color-channel-3, #009e73);
  --_channel-3: var(--kpi-color-channel-4, #d55e00);
  --_channel-4: var(--kpi-color-channel-5, #cc79a7);
  --_channel-5: var(--kpi-color-channel-6, #56b4e9);
  --_channel-6: var(--kpi-color-channel-7, #882255);
  --_channel-7: var(--kpi-color-channel-8, #44aa99);
  --_channel-8: var(--kpi-color-channel-9, #999933);
  --_channel-9: var(--kpi-color-channel-10, #332288);
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
  --_channel-0: var(--kpi-color-channel-1, #4ea8e8);
  --_channel-1: var(--kpi-color-channel-2, #f0b43c);
  --_channel-2: var(--kpi-color-channel-3, #2ec29a);
  --_channel-3: var(--kpi-color-channel-4, #f07a3c);
  --_channel-4: var(--kpi-color-channel-5, #e59ccb);
  --_channel-5: var(--kpi-color-channel-6, #8fd0f5);
  --_channel-6: var(--kpi-color-channel-7, #d46a9a);
  --_channel-7: var(--kpi-color-channel-8, #5fc4b2);
  --_channel-8: var(--kpi-color-channel-9, #c8c84a);
  --_channel-9: var(--kpi-color-channel-10, #9a8ff0);
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
  '--kpi-color-channel-1',
  '--kpi-color-channel-2',
  '--kpi-color-channel-3',
  '--kpi-color-channel-4',
  '--kpi-color-channel-5',
  '--kpi-color-channel-6',
  '--kpi-color-channel-7',
  '--kpi-color-channel-8',
  '--kpi-color-channel-9',
  '--kpi-color-channel-10',
  '--kpi-font-family',
  '--kpi-radius',
  '--kpi-spacing',
] as const;
