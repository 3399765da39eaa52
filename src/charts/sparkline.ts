/**
 * A sparkline as a pure layout in pixels: the values evenly spaced along x, y
 * fitted to their range (and the target, when it is near enough to read), the
 * line broken where a period has no value, the last point marked.
 */

export interface SparklineOptions {
  width: number;
  height: number;
  /** Drawn as a faint line when it lies within the values' range widened by half of it. */
  target?: number | null;
}

export interface SparklineLayout {
  /** SVG path; one `M…L…` run per stretch without a gap; `''` under two values. */
  line: string;
  /** The points with a value, the last one marked by the element. */
  points: Array<{ x: number; y: number; index: number }>;
  targetY: number | null;
}

const PAD = 3;

export function sparklineLayout(values: readonly (number | null)[], { width, height, target = null }: SparklineOptions): SparklineLayout {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { line: '', points: [], targetY: null };
  let lo = Math.min(...known);
  let hi = Math.max(...known);
  const span = hi - lo || Math.abs(hi) || 1;
  const showTarget = target !== null && target >= lo - span / 2 && target <= hi + span / 2;
  if (showTarget) [lo, hi] = [Math.min(lo, target), Math.max(hi, target)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const x = (i: number) => (values.length === 1 ? width / 2 : PAD + ((width - 2 * PAD) * i) / (values.length - 1));
  const y = (v: number) => PAD + ((height - 2 * PAD) * (hi - v)) / (hi - lo);
  const round = (v: number) => Math.round(v * 10) / 10;
  const points: SparklineLayout['points'] = [];
  const runs: string[][] = [];
  let run: string[] | null = null;
  values.forEach((v, index) => {
    if (v === null) return void (run = null);
    const p = { x: round(x(index)), y: round(y(v)), index };
    points.push(p);
    if (!run) runs.push((run = []));
    run.push(`${p.x},${p.y}`);
  });
  const line = runs
    .filter((r) => r.length > 1)
    .map((r) => `M${r.join('L')}`)
    .join('');
  return { line, points, targetY: showTarget ? round(y(target)) : null };
}
