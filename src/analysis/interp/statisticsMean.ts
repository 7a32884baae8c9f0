// statistics.mean / fmean of a list or tuple of numbers whose values the model knows.
//
// CPython (Lib/statistics.py, the same in 3.11-3.13): mean's _sum adds the exact ratio of each
// item (int, bool, float's as_integer_ratio, a Decimal's exact value) as Fractions, coercing the
// types (bool and int to int, with a float to float, with a Decimal to Decimal); _convert(total / n,
// T) gives int(Fraction) when T is int and the mean is whole (a new int, or a cached small one), else float(Fraction): numerator / denominator,
// correctly rounded, a new float. fmean is fsum(data) / n: the exact sum rounded once to a double,
// then one float division. A NaN or an infinity, a subclass or an unknown value: not computed here.
import { type DecimalContext, decimalBinop } from './decimalArith';
import { type DecimalData, decimalConstruct } from './decimalValues';
import { arrayNumbers } from './arrayState';
import { type FractionAnswer, floatRatio, fraction, ratioFloat } from './fractionValues';
import { type NumericItem, knownNumericItem } from './numericItems';
import { type PyObj, isPlainSequence, plainDictOfView } from './objects';

/** An item's exact value as a ratio and what it makes _sum's type; undefined when not known (or a Fraction, an infinity). */
function exactItem(v: NumericItem | undefined): { n: bigint; d: bigint; float: boolean; decimal: boolean } | undefined {
  if (!v?.ratio || v.kind === 'fraction') return undefined;
  return { n: v.ratio[0], d: v.ratio[1], float: v.kind === 'float', decimal: v.kind === 'decimal' };
}

/**
 * The items _sum reads from a known sequence: a list, tuple or deque's items, a dict view's, an array's numbers
 * (each read out as a new int / float of the stored value); undefined when not known.
 */
function dataItems(seq: PyObj): (NumericItem | undefined)[] | undefined {
  const arr = arrayNumbers(seq);
  if (arr) return arr.values?.map((x): NumericItem => (arr.float ? { kind: 'float', ratio: floatRatio(Number(x)), num: Number(x) } : { kind: 'int', ratio: [BigInt(x), 1n] }));
  if (isPlainSequence(seq) && !seq.fuzzy && !seq.cls) return (seq.items ?? []).map(knownNumericItem);
  // (a dict's values or keys view, read in the dict's order)
  const d = plainDictOfView(seq);
  return d && [...d.entries!.values()].map((e) => knownNumericItem(seq.iterKind === 'dict_values' ? e.value : e.key));
}

/** The exact sum of a known sequence's items, its count and whether a float was among them. */
function exactSum(seq: PyObj): { n: bigint; d: bigint; count: number; float: boolean; decimal: boolean; wide: boolean } | undefined {
  const items = dataItems(seq) ?? [];
  if (!items.length) return undefined;
  let n = 0n;
  let d = 1n;
  let float = false;
  let decimal = false;
  // (an int beyond 2**53: fsum converts each item to a double first, rounding it)
  let wide = false;
  for (const x of items) {
    const e = exactItem(x);
    if (!e) return undefined;
    const s = fraction(n * e.d + e.n * d, d * e.d)!;
    n = s.n;
    d = s.d;
    float ||= e.float;
    decimal ||= e.decimal;
    wide ||= !e.float && (e.n > 2n ** 53n || e.n < -(2n ** 53n));
  }
  // (_coerce refuses a Decimal with a float: TypeError, not followed)
  if (float && decimal) return undefined;
  return { n, d, count: items.length, float, decimal, wide };
}

/**
 * What statistics.mean / fmean give for `seq`, when its items are known exact numbers; undefined otherwise.
 * A mean of Decimals (ints among them) is _convert's `Decimal(numerator) / Decimal(denominator)`,
 * a division under the context (`ctx`, when known).
 */
export function knownMean(name: 'statistics.mean' | 'statistics.fmean', seq: PyObj, ctx?: DecimalContext): FractionAnswer | { data: DecimalData } | undefined {
  const s = exactSum(seq);
  if (!s) return undefined;
  if (name === 'statistics.fmean') {
    if (s.wide || s.decimal) return undefined;
    const total = ratioFloat(s.n, s.d);
    return total === undefined ? undefined : { float: total / s.count };
  }
  const m = fraction(s.n, s.d * BigInt(s.count))!;
  if (s.decimal) {
    const q = ctx ? decimalBinop('/', decimalConstruct([m.n])!, decimalConstruct([m.d])!, ctx) : undefined;
    return q && { data: q };
  }
  if (!s.float && m.d === 1n) return { int: m.n };
  const f = ratioFloat(m.n, m.d);
  return f === undefined ? undefined : { float: f };
}
