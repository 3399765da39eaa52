/**
 * Horizontal bars, one row per group, as a pure layout in pixels: a label column,
 * the plot (bar from the baseline to the value, the interval as a whisker, the
 * target as a vertical line, ticks) and a value column. Rows keep the order given.
 */
import { ticks as niceTicks } from 'd3-array';

export interface BarDatum {
  key: string;
  value: number;
  /** The 95 % interval, when there is one. */
  lo: number | null;
  hi: number | null;
}

export interface BarsOptions {
  width: number;
  domain: readonly [number, number];
  /** Where bars start: 0 for CSAT and NPS (NPS bars go left when negative), the scale's low end for CES. */
  baseline: number;
  target?: number | null;
  rowHeight?: number;
  /** Room above the rows for tick labels. */
  axisHeight?: number;
}

export interface BarRow<T extends BarDatum> {
  datum: T;
  /** Top of the row. */
  y: number;
  bar: { x: number; width: number; y: number; height: number };
  whisker: { x1: number; x2: number; y: number } | null;
}

export interface BarsLayout<T extends BarDatum> {
  width: number;
  height: number;
  /** The label column is 0…labelWidth, the plot plotX0…plotX1, the value column after it. */
  labelWidth: number;
  plotX0: number;
  plotX1: number;
  valueX: number;
  rows: BarRow<T>[];
  target: { x: number } | null;
  ticks: Array<{ value: number; x: number }>;
  /** Maps a value to its x, clamped to the domain. */
  x: (value: number) => number;
}

const round = (v: number) => Math.round(v * 100) / 100;

export function barsLayout<T extends BarDatum>(data: readonly T[], options: BarsOptions): BarsLayout<T> {
  const { width, domain, baseline, target = null, rowHeight = 36, axisHeight = 18 } = options;
  // Narrow screens (320 px) still get a readable plot: the label column shrinks first.
  const labelWidth = Math.round(Math.min(140, Math.max(72, width * 0.28)));
  const valueWidth = Math.round(Math.min(96, Math.max(64, width * 0.2)));
  const plotX0 = labelWidth + 8;
  const plotX1 = Math.max(plotX0 + 40, width - valueWidth - 8);
  const [d0, d1] = domain;
  const x = (v: number) => round(plotX0 + ((Math.min(d1, Math.max(d0, v)) - d0) / (d1 - d0)) * (plotX1 - plotX0));
  const barHeight = Math.round(rowHeight * 0.5);

  const rows = data.map((datum, i): BarRow<T> => {
    const y = axisHeight + i * rowHeight;
    const from = x(baseline);
    const to = x(datum.value);
    const mid = y + rowHeight / 2;
    return {
      datum,
      y,
      bar: { x: Math.min(from, to), width: round(Math.abs(to - from)), y: round(mid - barHeight / 2), height: barHeight },
      whisker: datum.lo !== null && datum.hi !== null ? { x1: x(datum.lo), x2: x(datum.hi), y: round(mid) } : null,
    };
  });

  const count = Math.max(2, Math.floor((plotX1 - plotX0) / 70));
  return {
    width,
    height: axisHeight + data.length * rowHeight,
    labelWidth,
    plotX0,
    plotX1,
    valueX: plotX1 + 8,
    rows,
    target: target !== null && Number.isFinite(target) ? { x: x(target) } : null,
    ticks: niceTicks(d0, d1, count).map((value) => ({ value, x: x(value) })),
    x,
  };
}
