// The values of `decimal.Decimal` objects made from known ints, floats and texts (_decimal:
// sign, coefficient digits and exponent, `Decimal('42.00')` keeping its two places). Making one
// needs no context (the constructor never rounds), nor do comparisons, hashes, truth and str();
// arithmetic rounds to the thread's context: decimalArith.ts, while decimalContext.ts knows it.
// Pure computation: pureValues.ts makes the objects.

import { fraction } from './fractionValues';

export type DecimalData = { t: 'decimal'; neg: boolean; c: bigint; e: number };

/** `Decimal(x)` of a known int, float or text; undefined for NaN / Infinity, a bad text (InvalidOperation) or another argument. */
export function decimalConstruct(args: (bigint | number | string | undefined)[]): DecimalData | undefined {
  if (args.length === 0) return { t: 'decimal', neg: false, c: 0n, e: 0 };
  if (args.length !== 1) return undefined;
  const [a] = args;
  if (typeof a === 'bigint') return { t: 'decimal', neg: a < 0n, c: a < 0n ? -a : a, e: 0 };
  if (typeof a === 'number') {
    // A float's exact binary value: m / 2**k is m * 5**k / 10**k.
    if (!Number.isFinite(a)) return undefined;
    const neg = a < 0 || Object.is(a, -0);
    let m = Math.abs(a);
    let k = 0;
    for (; !Number.isInteger(m) && k < 1100; k++) m *= 2;
    return Number.isInteger(m) ? { t: 'decimal', neg, c: BigInt(m) * 5n ** BigInt(k), e: -k } : undefined;
  }
  if (typeof a !== 'string') return undefined;
  // (surrounding whitespace and underscores between digits are allowed, as for int and float texts)
  const m = /^\s*([-+]?)((?:\d(?:_?\d)*)?)(?:\.((?:\d(?:_?\d)*)?))?(?:[eE]([-+]?\d(?:_?\d)*))?\s*$/.exec(a);
  if (!m || (!m[2] && !m[3])) return undefined;
  const int = m[2].replace(/_/g, '');
  const frac = (m[3] ?? '').replace(/_/g, '');
  const exp = Number((m[4] ?? '0').replace(/_/g, '')) - frac.length;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 999_999) return undefined;
  return { t: 'decimal', neg: m[1] === '-', c: BigInt(int + frac || '0'), e: exp };
}

/** A Decimal's exact value as a ratio n / d in lowest terms (hash keys are shared with equal ints, floats and Fractions). */
export function decimalRatio(v: DecimalData): [bigint, bigint] | undefined {
  // (exponents far from zero make huge numbers: not followed)
  if (Math.abs(v.e) > 4000) return undefined;
  const n = v.neg ? -v.c : v.c;
  const f = v.e >= 0 ? fraction(n * 10n ** BigInt(v.e), 1n) : fraction(n, 10n ** BigInt(-v.e));
  return f && [f.n, f.d];
}

/** str(d): the scientific string of the decimal specification (plain digits while the exponent is ≤ 0 and the adjusted one ≥ -6). */
export function decimalText(v: DecimalData): string {
  const s = v.c.toString();
  const adjusted = v.e + s.length - 1;
  const sign = v.neg ? '-' : '';
  if (v.e <= 0 && adjusted >= -6) {
    if (v.e === 0) return sign + s;
    const point = s.length + v.e;
    return sign + (point > 0 ? `${s.slice(0, point)}.${s.slice(point)}` : `0.${'0'.repeat(-point)}${s}`);
  }
  return `${sign}${s[0]}${s.length > 1 ? `.${s.slice(1)}` : ''}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}
