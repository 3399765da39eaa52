/**
 * Solves `A x = b` for a small dense system by Gaussian elimination with partial
 * pivoting: exact up to floating-point rounding, no iteration cut-off. `A` is
 * `n × n`, row-major; both arrays are overwritten.
 */
export function solveLinear(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    if (a[pivot * n + col] === 0) throw new RangeError('solveLinear: the system is singular');
    if (pivot !== col) swapRows(a, b, n, pivot, col);
    const d = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col]! / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c]! -= f * a[col * n + c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r * n + c]! * x[c]!;
    x[r] = s / a[r * n + r]!;
  }
  return x;
}

function swapRows(a: Float64Array, b: Float64Array, n: number, i: number, j: number) {
  for (let c = 0; c < n; c++) {
    const t = a[i * n + c]!;
    a[i * n + c] = a[j * n + c]!;
    a[j * n + c] = t;
  }
  const t = b[i]!;
  b[i] = b[j]!;
  b[j] = t;
}
