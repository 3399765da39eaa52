/** z for a two-sided 95 % interval, rounded to 1.96 as in DESIGN.md §4 and the usual published tables. */
export const Z95 = 1.96;

/**
 * Wilson score interval for a proportion `k / n`, as fractions.
 * Wilson (1927); stays inside [0, 1] and behaves at p = 0 or 1, unlike the normal approximation.
 */
export function wilsonInterval(k: number, n: number, z = Z95): [number, number] {
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
