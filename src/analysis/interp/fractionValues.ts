// The values of `fractions.Fraction` objects: Lib/fractions.py's class, with
// `__slots__ = ('_numerator', '_denominator')`, so an instance holds its two
// ints and its class (gc.get_referents, 3.11-3.13) and is tracked by the
// collector. Every constructor call and every operation makes a new instance
// (measured: `Fraction(f) is f`, `+f is f`, `abs(f) is f`, `f + 0 is f` are
// all false); `f.numerator` is the int the instance holds, so its count is
// not known. Pure computation: pureValues.ts makes the objects.

export type FractionData = { t: 'fraction'; n: bigint; d: bigint };

/** What an operation gives: a new Fraction, an int, a float, a bool. */
export type FractionAnswer = { data: FractionData } | { int: bigint } | { float: number } | { bool: boolean };

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a); b = abs(b);
  for (let i = 0; b !== 0n && i < 100_000; i++) [a, b] = [b, a % b];
  return a;
}
const floorDiv = (a: bigint, b: bigint): bigint => (a / b) - ((a % b !== 0n && (a < 0n) !== (b < 0n)) ? 1n : 0n);

/** n/d in lowest terms, the denominator positive; undefined for a zero denominator (ZeroDivisionError). */
export function fraction(n: bigint, d: bigint): FractionData | undefined {
  if (d === 0n) return undefined;
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { t: 'fraction', n: (s * n) / g, d: (s * d) / g };
}

/** A finite double's exact ratio (float.as_integer_ratio). */
export function floatRatio(x: number): [bigint, bigint] | undefined {
  if (!Number.isFinite(x)) return undefined;
  let d = 1n;
  let m = x;
  for (let i = 0; i < 1100 && !Number.isInteger(m); i++) { m *= 2; d *= 2n; }
  return Number.isInteger(m) ? [BigInt(m), d] : undefined;
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);

/**
 * A rational's double as CPython's int / int true division gives it (long_true_divide: correctly
 * rounded, ties to even); undefined when it would overflow or be subnormal (not followed here).
 */
export function ratioFloat(n: bigint, d: bigint): number | undefined {
  if (d === 0n) return undefined;
  const lim = 2n ** 53n;
  // (both parts exact doubles: one IEEE division rounds correctly)
  if (abs(n) <= lim && abs(d) <= lim) return Number(n) / Number(d);
  const neg = (n < 0n) !== (d < 0n);
  const a = abs(n);
  const b = abs(d);
  // A quotient of 55 or 56 bits, then rounded to 53 with the remainder as the sticky bit.
  const shift = 55 - (bitLength(a) - bitLength(b));
  const q = shift >= 0 ? (a << BigInt(shift)) / b : a / (b << BigInt(-shift));
  const sticky = shift >= 0 ? (a << BigInt(shift)) % b !== 0n : a % (b << BigInt(-shift)) !== 0n;
  const extra = bitLength(q) - 53;
  let mant = q >> BigInt(extra);
  const rest = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  if (rest > half || (rest === half && (sticky || (mant & 1n) === 1n))) mant += 1n;
  const exp = extra - shift;
  const v = Number(mant) * 2 ** exp;
  // (2 ** exp is exact for normal results; outside them the product may round twice)
  if (!Number.isFinite(v) || (v !== 0 && v < 2 ** -1022) || exp < -1074 || exp > 971) return undefined;
  return neg ? -v : v;
}

/** `Fraction(...)` from ints, a float, a str (`'3/4'`, `'1.25'`, `'-2e3'`) or a rational value; undefined when not known. */
export function fractionConstruct(args: (bigint | number | string | FractionData | undefined)[]): FractionData | undefined {
  if (args.length === 0) return fraction(0n, 1n);
  const [a, b] = args;
  if (args.length === 2) return typeof a === 'bigint' && typeof b === 'bigint' ? fraction(a, b) : undefined;
  if (args.length !== 1) return undefined;
  if (typeof a === 'bigint') return fraction(a, 1n);
  if (typeof a === 'number') { const r = floatRatio(a); return r && fraction(r[0], r[1]); }
  if (typeof a === 'object') return fraction(a.n, a.d);
  if (typeof a !== 'string') return undefined;
  const m = /^\s*([-+]?)(\d+)(?:\/(\d+)|(?:\.(\d*))?(?:[eE]([-+]?\d+))?)\s*$/.exec(a);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1n : 1n;
  if (m[3] !== undefined) return fraction(sign * BigInt(m[2]), BigInt(m[3]));
  const dec = m[4] ?? '';
  const exp = Number(m[5] ?? 0) - dec.length;
  if (Math.abs(exp) > 1000) return undefined;
  const n = sign * BigInt(m[2] + dec);
  return exp >= 0 ? fraction(n * 10n ** BigInt(exp), 1n) : fraction(n, 10n ** BigInt(-exp));
}

type Operand = FractionData | bigint | number;

/** `l op r` with a Fraction on one side and a Fraction, int or float on the other (fractions.py's _operator_fallbacks). */
export function fractionBinop(op: string, l: Operand, r: Operand): FractionAnswer | undefined {
  const ratio = (x: Operand): [bigint, bigint] | undefined => (typeof x === 'bigint' ? [x, 1n] : typeof x === 'number' ? undefined : [x.n, x.d]);
  if (typeof l === 'number' || typeof r === 'number') {
    // With a float, the Fraction becomes a float (n / d) and the float operation runs.
    const f = (x: Operand): number | undefined => (typeof x === 'number' ? x : typeof x === 'bigint' ? ratioFloat(x, 1n) : ratioFloat(x.n, x.d));
    const a = f(l);
    const b = f(r);
    if (a === undefined || b === undefined) return undefined;
    if (op === '+') return { float: a + b };
    if (op === '-') return { float: a - b };
    if (op === '*') return { float: a * b };
    if (op === '/' && b !== 0) return { float: a / b };
    return undefined;
  }
  const x = ratio(l);
  const y = ratio(r);
  if (!x || !y) return undefined;
  const [a, b] = x;
  const [c, d] = y;
  const wrap = (v: FractionData | undefined): FractionAnswer | undefined => v && { data: v };
  switch (op) {
    case '+': return wrap(fraction(a * d + c * b, b * d));
    case '-': return wrap(fraction(a * d - c * b, b * d));
    case '*': return wrap(fraction(a * c, b * d));
    case '/': return c === 0n ? undefined : wrap(fraction(a * d, b * c));
    case '//': return c === 0n ? undefined : { int: floorDiv(a * d, b * c) };
    case '%': return c === 0n ? undefined : wrap(fraction((a * d) - floorDiv(a * d, b * c) * (b * c), b * d));
    case '**': {
      // An int exponent gives a Fraction (a negative one inverts); other exponents go through floats.
      // int ** Fraction (__rpow__) with a whole non-negative exponent is int ** int: an int, maybe a cached one.
      if (typeof l === 'bigint') return d === 1n && c >= 0n && c <= 64n ? { int: a ** c } : undefined;
      if (d !== 1n || abs(c) > 64n) return undefined;
      if (c < 0n && a === 0n) return undefined;
      return wrap(c >= 0n ? fraction(a ** c, b ** c) : fraction(b ** -c, a ** -c));
    }
    default: return undefined;
  }
}

/** Exact comparison of two rationals (a float operand by its exact value): -1, 0, 1. */
export function ratioCompare(l: [bigint, bigint], r: [bigint, bigint]): -1 | 0 | 1 {
  const x = l[0] * r[1];
  const y = r[0] * l[1];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The hash key of a rational value, shared with the int or float equal to it (hash(Fraction(1, 2)) ==
 * hash(0.5) and they compare equal), so that dict keys and `in` find each other.
 */
export function ratioKey(n: bigint, d: bigint): string {
  if (d === 1n) return `n:${n}`;
  const f = ratioFloat(n, d);
  const back = f === undefined ? undefined : floatRatio(f);
  return back && back[0] * d === n * back[1] ? `f:${f}` : `q:${n}/${d}`;
}

/**
 * Fraction.limit_denominator(max) as fractions.py computes it: the value itself when its
 * denominator fits (still a new Fraction, `Fraction(self)`), else the closer of the two best
 * continued-fraction bounds. Undefined when max < 1 (ValueError). The loop takes one step per
 * partial quotient: fewer than the bits of the denominator.
 */
export function fractionLimit(f: FractionData, max: bigint): FractionData | undefined {
  if (max < 1n) return undefined;
  if (f.d <= max) return f;
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  let [n, d] = [f.n, f.d];
  for (let step = 0; step < 100000; step++) {
    const a = floorDiv(n, d);
    const q2 = q0 + a * q1;
    if (q2 > max) break;
    [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
    [n, d] = [d, n - a * d];
  }
  const k = floorDiv(max - q0, q1);
  return 2n * d * (q0 + k * q1) <= f.d ? { t: 'fraction', n: p1, d: q1 } : { t: 'fraction', n: p0 + k * p1, d: q0 + k * q1 };
}
