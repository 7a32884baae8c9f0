// statistics.mean / fmean of a list or tuple of numbers whose values the model knows.
//
// CPython (Lib/statistics.py, the same in 3.11-3.13): mean's _sum adds the exact ratio of each
// item (int, bool, float's as_integer_ratio) as Fractions, coercing the types (bool and int to int,
// with a float to float); _convert(total / n, T) gives int(Fraction) when T is int and the mean
// is whole (a new int, or a cached small one), else float(Fraction): numerator / denominator,
// correctly rounded, a new float. fmean is fsum(data) / n: the exact sum rounded once to a double,
// then one float division. A NaN or an infinity, a subclass or an unknown value: not computed here.
import { type FractionAnswer, floatRatio, fraction, ratioFloat } from './fractionValues';
import type { PyObj } from './objects';

/** An item's exact value as a ratio and whether it makes _sum's type float; undefined when not known. */
function exactItem(x: PyObj): { n: bigint; d: bigint; float: boolean } | undefined {
  if (x.fromId || x.cls || x.type !== x.kind) return undefined;
  if (x.kind === 'int' && typeof x.value === 'bigint') return { n: x.value, d: 1n, float: false };
  if (x.kind === 'bool' && typeof x.value === 'boolean') return { n: x.value ? 1n : 0n, d: 1n, float: false };
  if (x.kind === 'float' && typeof x.value === 'number') {
    const r = floatRatio(x.value);
    return r && { n: r[0], d: r[1], float: true };
  }
  return undefined;
}

/** The exact sum of a known sequence's items, its count and whether a float was among them. */
function exactSum(seq: PyObj): { n: bigint; d: bigint; count: number; float: boolean; wide: boolean } | undefined {
  const listLike = (seq.kind === 'list' || seq.kind === 'tuple') && seq.type === seq.kind && !seq.fuzzy && !seq.cls;
  const items = listLike ? seq.items ?? [] : [];
  if (!items.length) return undefined;
  let n = 0n;
  let d = 1n;
  let float = false;
  // (an int beyond 2**53: fsum converts each item to a double first, rounding it)
  let wide = false;
  for (const x of items) {
    const e = exactItem(x);
    if (!e) return undefined;
    const s = fraction(n * e.d + e.n * d, d * e.d)!;
    n = s.n;
    d = s.d;
    float ||= e.float;
    wide ||= !e.float && (e.n > 2n ** 53n || e.n < -(2n ** 53n));
  }
  return { n, d, count: items.length, float, wide };
}

/** What statistics.mean / fmean give for `seq`, when its items are known exact numbers; undefined otherwise. */
export function knownMean(name: 'statistics.mean' | 'statistics.fmean', seq: PyObj): FractionAnswer | undefined {
  const s = exactSum(seq);
  if (!s) return undefined;
  if (name === 'statistics.fmean') {
    if (s.wide) return undefined;
    const total = ratioFloat(s.n, s.d);
    return total === undefined ? undefined : { float: total / s.count };
  }
  const m = fraction(s.n, s.d * BigInt(s.count))!;
  if (!s.float && m.d === 1n) return { int: m.n };
  const f = ratioFloat(m.n, m.d);
  return f === undefined ? undefined : { float: f };
}
