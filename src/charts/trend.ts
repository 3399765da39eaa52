/**
 * A score over periods as a pure layout in pixels: periods evenly spaced along
 * x (a period is the unit, whatever its days), the score on a y axis fitted to
 * the values, their intervals and the target, one line per series with its 95 %
 * band, and light bars of n under the plot. A period without an answer breaks
 * the line (no line is drawn across a gap); a period with fewer than `minN`
 * answers is a hollow point, off the line.
 */
import { ticks as niceTicks } from 'd3-array';
import { fitDomain } from './bars.js';

export interface TrendPoint {
  value: number | null;
  lo: number | null;
  hi: number | null;
  n: number;
}

export interface TrendSeriesInput {
  key: string;
  points: readonly TrendPoint[];
}

export interface TrendLayoutOptions {
  width: number;
  /** The metric's whole range (−100…100, 0…100, 1…scale): the axis never goes past it. */
  limits: readonly [number, number];
  target?: number | null;
  /** Periods with fewer answers are drawn hollow and left off the line. */
  minN?: number;
  /** Width of the y axis labels' column. */
  axisWidth?: number;
  /** Answers per period for the n bars (default: the first series'). */
  counts?: readonly number[];
}

export interface PlacedPoint {
  index: number;
  x: number;
  y: number;
  /** Fewer than `minN` answers: hollow, off the line. */
  thin: boolean;
}

export interface TrendLine {
  key: string;
  /** The line through the points with enough answers, broken at gaps (SVG path). */
  line: string;
  /** The 95 % band under it, one closed shape per unbroken run. */
  band: string;
  points: PlacedPoint[];
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** The n bars' baseline and their tallest height. */
  nBand: { y0: number; y1: number };
  x: (index: number) => number;
  y: (value: number) => number;
  yTicks: Array<{ value: number; y: number }>;
  /** Which periods carry a label on the x axis: about one per 64 px, always the last. */
  xLabels: number[];
  lines: TrendLine[];
  /** One bar per period, its height n / the largest n. */
  nBars: Array<{ index: number; x: number; width: number; y: number; height: number }>;
  target: { y: number } | null;
}

export const PLOT_HEIGHT = { narrow: 180, wide: 240 } as const;
const N_BAND = 28;
const X_AXIS = 22;
const TOP = 10;

const round = (v: number) => Math.round(v * 10) / 10;

/** The plot's height for a width: 180 px under 480 px, else 240. */
export const plotHeight = (width: number) => (width < 480 ? PLOT_HEIGHT.narrow : PLOT_HEIGHT.wide);

/** The element's drawn height for a width (the loading skeleton uses it too). */
export const trendHeight = (width: number) => TOP + plotHeight(width) + N_BAND + X_AXIS;

export function trendLayout(series: readonly TrendSeriesInput[], options: TrendLayoutOptions): TrendLayout {
  const { width, limits, target = null, minN = 0, axisWidth = 36 } = options;
  const count = Math.max(1, ...series.map((s) => s.points.length));
  const plotTop = TOP;
  const plotBottom = TOP + plotHeight(width);
  const x0 = axisWidth + 6;
  const x1 = width - 8;
  const step = count > 1 ? (x1 - x0) / (count - 1) : 0;
  const x = (i: number) => round(count > 1 ? x0 + i * step : (x0 + x1) / 2);

  const values: number[] = [];
  // The axis fits the values and the intervals of the periods with enough answers (a hollow
  // point's interval can span the whole scale: it would flatten every line).
  for (const s of series) for (const p of s.points) if (p.value !== null) values.push(p.value, ...(p.n < minN ? [] : [p.lo ?? p.value, p.hi ?? p.value]));
  if (target !== null && Number.isFinite(target)) values.push(target);
  if (values.length === 0) values.push(limits[0], limits[1]);
  const ticksWanted = Math.max(2, Math.round(plotHeight(width) / 45));
  const [d0, d1] = fitDomain(values, limits, ticksWanted);
  const y = (v: number) => round(plotBottom - ((Math.min(d1, Math.max(d0, v)) - d0) / (d1 - d0)) * (plotBottom - plotTop));

  const lines = series.map((s): TrendLine => {
    const points: PlacedPoint[] = [];
    const runs: PlacedPoint[][] = [];
    const bands: string[] = [];
    let run: Array<{ p: PlacedPoint; lo: number; hi: number }> = [];
    const close = () => {
      if (run.length > 0) {
        runs.push(run.map((r) => r.p));
        const upper = run.map((r) => `${r.p.x},${y(r.hi)}`);
        const lower = run.map((r) => `${r.p.x},${y(r.lo)}`).reverse();
        // One point alone gets a band a few pixels wide, so its interval shows.
        if (run.length === 1) {
          const { x: px } = run[0]!.p;
          bands.push(`M${px - 3},${y(run[0]!.hi)}H${px + 3}V${y(run[0]!.lo)}H${px - 3}Z`);
        } else bands.push(`M${upper.join('L')}L${lower.join('L')}Z`);
      }
      run = [];
    };
    s.points.forEach((p, index) => {
      if (p.value === null) return close();
      const placed = { index, x: x(index), y: y(p.value), thin: p.n < minN };
      points.push(placed);
      if (placed.thin) return close();
      run.push({ p: placed, lo: p.lo ?? p.value, hi: p.hi ?? p.value });
    });
    close();
    const line = runs
      .filter((r) => r.length > 1)
      .map((r) => `M${r.map((p) => `${p.x},${p.y}`).join('L')}`)
      .join('');
    return { key: s.key, line, band: bands.join(''), points };
  });

  const first = options.counts ?? (series[0]?.points ?? []).map((p) => p.n);
  const maxN = Math.max(1, ...first);
  const barWidth = Math.max(2, Math.min(24, round((count > 1 ? step : x1 - x0) * 0.6)));
  const nY1 = plotBottom + N_BAND;
  const nBars = first.map((n, index) => {
    const height = round(((N_BAND - 6) * n) / maxN);
    return { index, x: round(x(index) - barWidth / 2), width: barWidth, y: round(nY1 - height), height };
  });

  const every = Math.max(1, Math.ceil(64 / Math.max(step, 1)));
  const xLabels: number[] = [];
  for (let i = (count - 1) % every; i < count; i += every) xLabels.push(i);

  const yTicks = niceTicks(d0, d1, ticksWanted).map((value) => ({ value, y: y(value) }));
  return {
    width,
    height: trendHeight(width),
    plot: { x0, x1, y0: plotTop, y1: plotBottom },
    nBand: { y0: plotBottom + 6, y1: nY1 },
    x,
    y,
    yTicks,
    xLabels,
    lines,
    nBars,
    target: target !== null && Number.isFinite(target) && target >= d0 && target <= d1 ? { y: y(target) } : null,
  };
}
