/**
 * The conditions of the accessibility matrix, and a covering design over them.
 *
 * The full product (every state × 3 theme attributes × 2 OS colour schemes × 2
 * languages × forced colours on / off × reduced motion on / off × 2 widths) is
 * 19 × 96 = 1 824 axe runs: too slow for `npm test`. Instead each state gets
 * RUNS_PER_STATE = 3 runs, chosen so that
 *   1. every state meets every level of every condition at least once
 *      (3 runs is the least that can: the theme attribute has 3 levels), and
 *   2. across the states of one element, every pair of condition levels
 *      (dark OS × forced colours, French × 320 px, …) is met at least once,
 * which also covers every pair over the whole matrix. `uncovered()` checks both.
 */

export const FACTORS = {
  /** The `theme` attribute; `none` follows the OS. */
  theme: ['none', 'light', 'dark'],
  /** `prefers-color-scheme`, through emulateMedia. */
  os: ['light', 'dark'],
  lang: ['en', 'fr'],
  /** `forced-colors: active`, through the config's `forced-colors` server command. */
  forced: ['none', 'active'],
  /** `prefers-reduced-motion`. */
  motion: ['no-preference', 'reduce'],
  /** Viewport width in px (height 640). */
  width: ['800', '320'],
} as const;

export type Factor = keyof typeof FACTORS;
export type Conditions = { [F in Factor]: (typeof FACTORS)[F][number] };

const NAMES = Object.keys(FACTORS) as Factor[];
const LEVELS = NAMES.map((f) => FACTORS[f] as readonly string[]);

export const RUNS_PER_STATE = 3;

/** Every combination of the conditions, in a fixed order (the first factor varies slowest). */
function allConditions(): string[][] {
  let rows: string[][] = [[]];
  for (const levels of LEVELS) rows = rows.flatMap((r) => levels.map((l) => [...r, l]));
  return rows;
}

/** The level pairs a set of runs meets, as `i=a|j=b` keys. */
function pairsOf(rows: readonly string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const r of rows) for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) pairs.add(`${NAMES[i]}=${r[i]}|${NAMES[j]}=${r[j]}`);
  return pairs;
}

function allPairs(): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < NAMES.length; i++)
    for (let j = i + 1; j < NAMES.length; j++) for (const a of LEVELS[i]!) for (const b of LEVELS[j]!) pairs.push(`${NAMES[i]}=${a}|${NAMES[j]}=${b}`);
  return pairs;
}

/** Whether these runs give every factor all its levels. */
function coversEveryLevel(rows: readonly string[][]): boolean {
  return LEVELS.every((levels, i) => levels.every((l) => rows.some((r) => r[i] === l)));
}

const toConditions = (row: string[]) => Object.fromEntries(NAMES.map((f, i) => [f, row[i]])) as Conditions;
const toRow = (c: Conditions) => NAMES.map((f) => c[f]);

/**
 * A greedy covering design: for each element, state after state, the triple of
 * runs (one per theme attribute, together meeting every level) that meets the
 * most condition pairs the element has not met yet; once it has met them all,
 * a new round starts, so later states get other runs. Deterministic: ties go to
 * the first triple in a fixed order.
 */
export function design(statesPerElement: Record<string, number>): Record<string, Conditions[][]> {
  const all = allConditions();
  // Each run's level pairs as small integers, for a fast count.
  const keys = new Map<string, number>();
  const pairIds = all.map((r) => [...pairsOf([r])].map((p) => keys.get(p) ?? keys.set(p, keys.size).get(p)!));
  const byTheme = FACTORS.theme.map((t) => all.map((r, i) => (r[0] === t ? i : -1)).filter((i) => i >= 0));
  const triples: number[][] = [];
  for (const a of byTheme[0]!) for (const b of byTheme[1]!) for (const c of byTheme[2]!) if (coversEveryLevel([all[a]!, all[b]!, all[c]!])) triples.push([a, b, c]);
  const out: Record<string, Conditions[][]> = {};
  const seen = new Uint32Array(keys.size);
  let stamp = 0;
  for (const [element, count] of Object.entries(statesPerElement)) {
    let met = new Uint8Array(keys.size);
    const used = new Uint8Array(all.length);
    out[element] = [];
    for (let s = 0; s < count; s++) {
      // New pairs first; among equals, runs this element has not had yet.
      const score = (t: number[]) => {
        let g = 0;
        stamp++;
        for (const r of t) for (const p of pairIds[r]!) if (!met[p] && seen[p] !== stamp) (seen[p] = stamp), g++;
        return g * 4 + t.filter((r) => !used[r]).length;
      };
      let best = triples[0]!;
      let top = -1;
      for (const t of triples) {
        const v = score(t);
        if (v > top) [best, top] = [t, v];
      }
      if (top < 4) {
        met = new Uint8Array(keys.size); // every pair met: a new round
        s--;
        continue;
      }
      for (const r of best) {
        used[r] = 1;
        for (const p of pairIds[r]!) met[p] = 1;
      }
      out[element]!.push(best.map((r) => toConditions(all[r]!)));
    }
  }
  return out;
}

/** What a design misses: levels some state never meets, and pairs some element never meets (empty when it covers). */
export function uncovered(runs: Record<string, Conditions[][]>): string[] {
  const missing: string[] = [];
  for (const [element, states] of Object.entries(runs)) {
    states.forEach((rows, s) => {
      if (!coversEveryLevel(rows.map(toRow))) missing.push(`${element} state ${s}: some level never met`);
    });
    const met = pairsOf(states.flat().map(toRow));
    for (const p of allPairs()) if (!met.has(p)) missing.push(`${element}: ${p}`);
  }
  return missing;
}
