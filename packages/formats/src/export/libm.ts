/**
 * Correctly rounded sin, cos and atan. Rotated boxes in COCO and YOLO OBB go through these, and
 * V8's Math.sin/cos/atan (fdlibm) differ from the C library Python uses in the last bit about 3%
 * (atan 7%) of the time, which changed about one rotated COCO box in ten. glibc is correctly
 * rounded nearly always, so evaluating in double-double precision (about 100 bits) and rounding
 * once matches it in all but rare cases.
 */

type DD = [hi: number, lo: number];

const SPLITTER = 134217729;

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, al * bl - (p - ah * bh - al * bh - ah * bl)];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [u, g] = twoSum(s, e + t);
  return twoSum(u, g + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}

function divD(a: DD, b: number): DD {
  const q1 = a[0] / b;
  const [p, e] = twoProd(q1, b);
  const r = a[0] - p - e + a[1];
  return twoSum(q1, r / b);
}

const neg = (a: DD): DD => [-a[0], -a[1]];

// π/2 split into three doubles (about 160 bits), for reducing arguments exactly enough.
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const TWO_OVER_PI = 0.6366197723675814;

// 1/n! in double-double, for the Taylor series on [-π/4, π/4] (terms up to 1/29! reach 2^-110).
const INV_FACT: DD[] = [[1, 0]];
for (let n = 1; n <= 30; n++) INV_FACT.push(divD(INV_FACT[n - 1], n));

/** sin(r) and cos(r) for |r| ≲ π/4, in double-double. */
function sinCosReduced(r: DD): { sin: DD; cos: DD } {
  const r2 = mul(r, r);
  let s: DD = INV_FACT[29];
  for (let n = 27; n >= 1; n -= 2) s = add(mul(s, r2), n % 4 === 1 ? INV_FACT[n] : neg(INV_FACT[n]));
  // Horner from the highest term: sin r / r has +1/29! there, cos r has −1/30!.
  let c: DD = neg(INV_FACT[30]);
  for (let n = 28; n >= 0; n -= 2) c = add(mul(c, r2), n % 4 === 0 ? INV_FACT[n] : neg(INV_FACT[n]));
  return { sin: mul(s, r), cos: c };
}

/** x reduced by the nearest multiple k·π/2: r = x − k·π/2 in double-double, and k mod 4. */
function reduce(x: number): { r: DD; quadrant: number } {
  const k = Math.round(x * TWO_OVER_PI);
  const [ph, pl] = twoProd(k, PIO2_1);
  let r = twoSum(x, -ph);
  r = add(r, [-pl, 0]);
  r = add(r, neg(twoProd(k, PIO2_2)));
  r = add(r, [-k * PIO2_3, 0]);
  return { r, quadrant: ((k % 4) + 4) % 4 };
}

function sinCosDD(x: number): { sin: DD; cos: DD } {
  const { r, quadrant } = reduce(x);
  const { sin, cos } = sinCosReduced(r);
  switch (quadrant) {
    case 0:
      return { sin, cos };
    case 1:
      return { sin: cos, cos: neg(sin) };
    case 2:
      return { sin: neg(sin), cos: neg(cos) };
    default:
      return { sin: neg(cos), cos: sin };
  }
}

const round = (a: DD) => a[0] + a[1];

// Beyond this, reduction by a three-part π/2 loses the bits we need; no image angle gets there.
const LIMIT = 1e9;

/** sin(x), correctly rounded (up to cases within 2^-100 of a rounding boundary). */
export function sin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > LIMIT || x === 0) return Math.sin(x);
  return round(sinCosDD(x).sin);
}

/** cos(x), correctly rounded (up to cases within 2^-100 of a rounding boundary). */
export function cos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > LIMIT) return Math.cos(x);
  return round(sinCosDD(x).cos);
}

/** sin(x) and cos(x) together (one reduction and one series evaluation for both). */
export function sinCos(x: number): { sin: number; cos: number } {
  if (!Number.isFinite(x) || Math.abs(x) > LIMIT || x === 0) return { sin: Math.sin(x), cos: Math.cos(x) };
  const both = sinCosDD(x);
  return { sin: round(both.sin), cos: round(both.cos) };
}

/**
 * atan(x), correctly rounded: one Newton step on sin(y) − x·cos(y) = 0 from Math.atan's answer,
 * which is within an ulp, gives about 100 bits.
 */
export function atan(x: number): number {
  const y = Math.atan(x);
  if (!Number.isFinite(x) || x === 0 || Math.abs(x) > 1e300) return y;
  const { sin: s, cos: c } = sinCosDD(y);
  const g = add(s, neg(mulD(c, x)));
  const slope = c[0] + x * s[0];
  return y - round(g) / slope;
}
