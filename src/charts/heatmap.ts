/**
 * A heatmap as a pure layout: each cell's tone on a diverging scale, the cells
 * ranked from worst to best, and the orders of rows and columns once sorted.
 *
 * The scale: `centre` (the target, else the metric's neutral point) is neutral;
 * the farthest ranked cell from it, on either side, sets the span `d`, so the
 * colours use their whole range whatever the spread of the figures, and equal
 * distances from the centre get equal strength on both sides. A cell's tone is
 * `sign · ⌈5 · |v − centre| / d⌉`, −5…+5, positive on the good side (higher is
 * better, or lower for a CES where low means easy). Five steps a side, as CSS
 * classes (`g1`…`g5`, `b1`…`b5`, `c0`): no inline style, which a strict
 * Content-Security-Policy refuses.
 */

export interface HeatInput {
  /** The cell's score; `null` without an answer. */
  value: number | null;
  n: number;
}

export interface HeatmapLayoutOptions {
  centre: number;
  minN: number;
  higherIsBetter: boolean;
}

export interface HeatmapLayout {
  /** Per cell (same order as the input): −5…+5, or `null` for a cell without an answer or under `minN` (greyed, hatched). */
  tones: Array<number | null>;
  /** Indexes of the ranked cells (n ≥ minN), worst first; ties by input order. */
  ranked: number[];
  /** Cells with answers but fewer than `minN`. */
  thin: number;
}

export const TONE_STEPS = 5;

export function heatmapLayout(cells: readonly HeatInput[], { centre, minN, higherIsBetter }: HeatmapLayoutOptions): HeatmapLayout {
  const sign = higherIsBetter ? 1 : -1;
  const ranked: number[] = [];
  let thin = 0;
  let span = 0;
  cells.forEach((c, i) => {
    if (c.value === null || c.n === 0) return;
    if (c.n < minN) return void thin++;
    ranked.push(i);
    span = Math.max(span, Math.abs(c.value - centre));
  });
  const tones = cells.map((c) => {
    if (c.value === null || c.n < minN || c.n === 0) return null;
    if (span === 0) return 0;
    const distance = sign * (c.value - centre);
    // Less a hair: 5 · 60 / 100 is 3.0000000000000004 in binary, and a step is a step.
    return Math.sign(distance) * Math.ceil((TONE_STEPS * Math.abs(distance)) / span - 1e-9);
  });
  ranked.sort((a, b) => sign * (cells[a]!.value! - cells[b]!.value!) || a - b);
  return { tones, ranked, thin };
}

/** CSS class of a tone: `g3` three steps good, `b2` two steps bad, `c0` on the centre, `thin` for none. */
export const toneClass = (tone: number | null): string => (tone === null ? 'thin' : tone > 0 ? `g${tone}` : tone < 0 ? `b${-tone}` : 'c0');

/**
 * The order of `count` keys sorted by `valueOf(i)`: descending or ascending, keys
 * without a value (`null`) last whatever the direction, ties in their own order.
 */
export function sortedOrder(count: number, valueOf: (i: number) => number | null, direction: 'ascending' | 'descending'): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const sign = direction === 'ascending' ? 1 : -1;
  return order.sort((a, b) => {
    const [va, vb] = [valueOf(a), valueOf(b)];
    if (va === null || vb === null) return va === null && vb === null ? a - b : va === null ? 1 : -1;
    return sign * (va - vb) || a - b;
  });
}
