/**
 * Horizontal bars, one row per group, as a pure layout in pixels. Two forms:
 * - `columns` (wide): a label column, the plot (bar from the baseline to the
 *   value, the interval as a whisker, the target as a vertical line, ticks) and a
 *   side column (value and n on one line, the target status under them);
 * - `list` (under `COLUMNS_FROM` px, or when the columns leave the plot under
 *   `MIN_PLOT`): a ranked list, each row a line of text (swatch, label …
 *   value, n), the bar full-width under it, then the status note.
 * The axis is fitted to the data, the baseline, the intervals and the target,
 * with round ends and ticks that do not crowd their labels. Rows keep the order
 * given. The element measures its texts; this module only does arithmetic.
 */
import { nice, ticks as niceTicks } from 'd3-array';

export interface BarDatum {
  key: string;
  value: number;
  /** The 95 % interval, when there is one. */
  lo: number | null;
  hi: number | null;
}

/** Widths in px of the widest texts the layout makes room for (the element measures them). */
export interface BarsText {
  /** The widest group name (without its swatch). */
  label: number;
  /** The widest value ("91,2 %"). */
  value: number;
  /** The widest "n = 1 204". */
  n: number;
  /** The widest status note, long and short forms; 0 without one. */
  status: number;
  statusShort: number;
  /** The widest tick label. */
  tick: number;
}

export interface BarsOptions {
  width: number;
  /** The metric's whole range (−100…100 for NPS): the fitted axis never goes past it. */
  limits: readonly [number, number];
  /** Where bars start: 0 for CSAT and NPS (NPS bars go left when negative), the scale's low end for CES. */
  baseline: number;
  target?: number | null;
  text: BarsText;
  /** Rows carry a status note (there is a target): one more line per row. */
  status?: boolean;
  /** Rows start with a channel swatch. */
  swatch?: boolean;
}

/** A text's anchor point; `max` is the room it has (cut it to fit). */
export interface TextBox {
  x: number;
  y: number;
  max: number;
}

export interface BarRow<T extends BarDatum> {
  datum: T;
  /** Top of the row. */
  y: number;
  swatch: { x: number; y: number; size: number } | null;
  label: TextBox;
  /** `value` is anchored at its end (numbers line up), `n` at its start. */
  value: { x: number; y: number };
  n: { x: number; y: number };
  /** The status note (under the value in columns, under the bar in a list). */
  status: TextBox;
  /** Where the "too few answers" note goes instead of the bar. */
  note: TextBox;
  bar: { x: number; width: number; y: number; height: number };
  whisker: { x1: number; x2: number; y: number } | null;
}

export interface BarsLayout<T extends BarDatum> {
  mode: 'columns' | 'list';
  width: number;
  height: number;
  /** Columns: the short status forms are used (the long ones would leave the plot under `MIN_PLOT`). */
  short: boolean;
  domain: [number, number];
  plotX0: number;
  plotX1: number;
  rows: BarRow<T>[];
  target: { x: number } | null;
  /** Tick labels are centred on their tick, except at an edge (`start` / `end`). */
  ticks: Array<{ value: number; x: number; anchor: 'start' | 'middle' | 'end' }>;
  /** Top and bottom of the tick and target lines. */
  axis: { y: number; y1: number; y2: number };
  /** Maps a value to its x, clamped to the domain. */
  x: (value: number) => number;
}

/** Narrower than this, the rows are a list (the loading ghost follows the same rule, whatever the texts). */
export const COLUMNS_FROM = 480;
/** Narrowest plot the columns form accepts; narrower (long names, long notes), a list even from `COLUMNS_FROM`. */
export const MIN_PLOT = 200;
/** Room between texts and columns. */
export const GAP = 8;
/** The swatch's side and the room it takes before a label. */
export const SWATCH = 10;
const SWATCH_ROOM = SWATCH + 6;
/** Height of the tick labels' band above the rows. */
export const AXIS = 20;
/** Row heights: columns 32 px (40 with a status line), list 42 px (56 with a status line). */
export const ROW = { columns: [32, 40], list: [42, 56] } as const;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The axis for `values` (data, interval ends, baseline, target), within
 * `limits`, with round ends for about `count` ticks (d3-array's `nice`).
 * All values equal: one unit either side.
 */
export function fitDomain(values: readonly number[], limits: readonly [number, number], count: number): [number, number] {
  const finite = values.filter(Number.isFinite);
  let lo = Math.max(limits[0], Math.min(...finite));
  let hi = Math.min(limits[1], Math.max(...finite));
  if (!(hi > lo)) [lo, hi] = [Math.max(limits[0], lo - 1), Math.min(limits[1], hi + 1)];
  const [d0, d1] = nice(lo, hi, count);
  return [Math.max(limits[0], d0), Math.min(limits[1], d1)];
}

/** The columns form's label column and side column widths, or null when the plot would be under `MIN_PLOT`. */
function columns(width: number, text: BarsText, swatch: number, status: number) {
  const label = Math.min(Math.ceil(text.label) + swatch, Math.round(width * 0.3));
  const side = Math.ceil(Math.max(text.value + GAP + text.n, status));
  const plotX0 = label + GAP;
  const plotX1 = width - side - GAP;
  return plotX1 - plotX0 >= MIN_PLOT ? { label, plotX0, plotX1 } : null;
}

export function barsLayout<T extends BarDatum>(data: readonly T[], options: BarsOptions): BarsLayout<T> {
  const { width, limits, baseline, target = null, text, status = false, swatch: withSwatch = false } = options;
  const swatch = withSwatch ? SWATCH_ROOM : 0;
  const long = width < COLUMNS_FROM ? null : columns(width, text, swatch, status ? text.status : 0);
  const cols = long ?? (status && width >= COLUMNS_FROM ? columns(width, text, swatch, text.statusShort) : null);
  const mode = cols ? 'columns' : 'list';
  // A list's plot is the whole width, 1 px in so a whisker's cap at an end is whole.
  const plotX0 = cols ? cols.plotX0 : 1;
  const plotX1 = cols ? cols.plotX1 : width - 1;
  const plot = plotX1 - plotX0;

  // Ticks about one per 70 px, fewer when their labels would touch; the ends are ticks.
  const hasTarget = target !== null && Number.isFinite(target);
  const values = [baseline, ...(hasTarget ? [target] : [])];
  for (const d of data) values.push(d.value, d.lo ?? d.value, d.hi ?? d.value);
  let count = Math.max(1, Math.floor(plot / Math.max(70, text.tick + 16)));
  let domain: [number, number];
  let ticks: number[];
  for (;;) {
    domain = fitDomain(values, limits, count);
    ticks = niceTicks(domain[0], domain[1], count);
    const spacing = ticks.length > 1 ? (plot * (ticks[1]! - ticks[0]!)) / (domain[1] - domain[0]) : plot;
    if (count === 1 || spacing >= text.tick + GAP) break;
    count--;
  }
  const [d0, d1] = domain;
  const x = (v: number) => round(plotX0 + ((Math.min(d1, Math.max(d0, v)) - d0) / (d1 - d0)) * plot);

  const rowHeight = ROW[mode][status ? 1 : 0];
  const rows = data.map((datum, i): BarRow<T> => {
    const y = AXIS + i * rowHeight;
    // Columns: everything centred on the row's middle (value and n above the status when there is one).
    // List: text line, bar, status line.
    const mid = cols ? y + rowHeight / 2 : y + 26;
    const barHeight = cols ? 16 : 12;
    const line = cols ? (status ? y + 16 : mid + 4) : y + 13;
    const valueX = cols ? cols.plotX1 + GAP + text.value : width - text.n - GAP;
    const from = x(baseline);
    const to = x(datum.value);
    return {
      datum,
      y,
      swatch: withSwatch ? { x: 0, y: round((cols ? mid : line - 4) - SWATCH / 2), size: SWATCH } : null,
      label: { x: swatch, y: cols ? mid + 4 : line, max: cols ? cols.label - swatch : Math.max(0, valueX - text.value - GAP - swatch) },
      value: { x: valueX, y: line },
      n: { x: valueX + GAP, y: line },
      status: cols ? { x: cols.plotX1 + GAP, y: y + 32, max: width - cols.plotX1 - GAP } : { x: 0, y: y + 48, max: width },
      note: cols ? { x: plotX0, y: mid + 4, max: plot } : { x: 0, y: mid + 4, max: width },
      bar: { x: Math.min(from, to), width: round(Math.abs(to - from)), y: round(mid - barHeight / 2), height: barHeight },
      whisker: datum.lo !== null && datum.hi !== null ? { x1: x(datum.lo), x2: x(datum.hi), y: round(mid) } : null,
    };
  });

  const half = text.tick / 2;
  return {
    mode,
    width,
    height: AXIS + data.length * rowHeight,
    short: cols !== null && long === null,
    domain,
    plotX0,
    plotX1,
    rows,
    target: hasTarget ? { x: x(target) } : null,
    ticks: ticks.map((value) => {
      const tx = x(value);
      return { value, x: tx, anchor: tx - half < 0 ? 'start' : tx + half > width ? 'end' : 'middle' };
    }),
    axis: { y: 12, y1: 16, y2: AXIS + data.length * rowHeight },
    x,
  };
}

/** `text`, or its start with "…", as long as fits in `max` px by `measure` (by code point: never half a surrogate pair). */
export function fitText(text: string, max: number, measure: (text: string) => number): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  const fits = (n: number) => measure(chars.slice(0, n).join('') + '…') <= max;
  // Binary search: a prefix only widens as it grows, and a 10 000-character name must not cost 10 000 measures.
  let low = 1;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('') + '…';
}
