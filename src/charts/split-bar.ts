/** A 100 % stacked bar as a pure layout: each part's offset and width in `width` units. */
export interface SplitPart<K extends string = string> {
  key: K;
  count: number;
}

export interface SplitSegment<K extends string = string> extends SplitPart<K> {
  /** Fraction 0–1 of the total. */
  share: number;
  x: number;
  width: number;
}

export function splitBarLayout<K extends string>(parts: readonly SplitPart<K>[], width = 100): SplitSegment<K>[] {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  let x = 0;
  return parts.map((p) => {
    const share = total > 0 ? p.count / total : 0;
    const segment = { ...p, share, x, width: share * width };
    x += segment.width;
    return segment;
  });
}
