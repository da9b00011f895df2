/**
 * Floating-point sums the way NumPy computes them, so that COCO polygon areas match Label Studio's
 * to the last bit. `np.dot` hands float64 vectors to OpenBLAS, whose kernels accumulate with fused
 * multiply-adds in several vector lanes; a plain JavaScript loop rounds differently about a third
 * of the time. JavaScript has no FMA, so `fma` emulates one exactly.
 */

const SPLITTER = 134217729; // 2^27 + 1, Dekker's split of a double into two 26-bit halves

function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, al * bl - (p - ah * bh - al * bh - ah * bl)];
}

const view = new DataView(new ArrayBuffer(8));

/** The neighbouring double of x (x ≠ 0, finite) one unit in the last place towards `dir`. */
function nextToward(x: number, dir: number): number {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const awayFromZero = dir > 0 === x > 0;
  view.setBigUint64(0, awayFromZero ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

function isOddMantissa(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint32(4) & 1) === 1;
}

/** x + y rounded to odd: exact if representable, otherwise the neighbour with an odd last bit. */
function addRoundToOdd(x: number, y: number): number {
  const [s, e] = twoSum(x, y);
  if (e === 0 || s === 0 || isOddMantissa(s)) return s;
  return nextToward(s, e);
}

/**
 * Correctly rounded a·b + c (C's `fma`), by Boldo and Melquiond's emulation with rounding to odd.
 * Valid away from overflow and the subnormal range, which image coordinates never approach.
 */
export function fma(a: number, b: number, c: number): number {
  const [ph, pl] = twoProduct(a, b);
  if (!Number.isFinite(ph)) return a * b + c;
  const [sh, sl] = twoSum(c, ph);
  return sh + addRoundToOdd(sl, pl);
}

/**
 * `np.dot(x, y)` for two float64 vectors as OpenBLAS computes it on x86-64 CPUs with AVX-512
 * (its SkylakeX kernel: blocks of 32 in four 8-lane FMA accumulators, then blocks of 16 in four
 * 4-lane ones, a fixed reduction order, then a scalar FMA tail). Vectors shorter than 16 take
 * only the tail, which every FMA-capable CPU computes the same way.
 */
export function numpyDot(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const n16 = n & -16;
  let dot = 0;
  if (n16 > 0) {
    const n32 = n16 & -32;
    const wide = Array.from({ length: 4 }, () => new Array<number>(8).fill(0));
    let i = 0;
    for (; i < n32; i += 32) {
      for (let k = 0; k < 4; k++) for (let l = 0; l < 8; l++) wide[k][l] = fma(x[i + 8 * k + l], y[i + 8 * k + l], wide[k][l]);
    }
    const acc = wide.map((w) => [w[0] + w[4], w[1] + w[5], w[2] + w[6], w[3] + w[7]]);
    for (; i < n16; i += 16) {
      for (let k = 0; k < 4; k++) for (let l = 0; l < 4; l++) acc[k][l] = fma(x[i + 4 * k + l], y[i + 4 * k + l], acc[k][l]);
    }
    const lanes = [0, 1, 2, 3].map((l) => acc[0][l] + acc[1][l] + acc[2][l] + acc[3][l]);
    dot = lanes[0] + lanes[2] + (lanes[1] + lanes[3]);
  }
  for (let i = n16; i < n; i++) dot = fma(y[i], x[i], dot);
  return dot;
}
