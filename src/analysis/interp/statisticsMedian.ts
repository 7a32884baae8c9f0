// statistics.median / median_low / median_high / mode of numbers whose values the model knows.
//
// CPython (Lib/statistics.py): median does `data = sorted(data)` and returns the middle item
// itself for an odd count (`data[n // 2]`), else `(data[i - 1] + data[i]) / 2`, a new float for
// ints and floats; median_low / median_high always return an item. mode counts the data in a
// Counter: each value's key is its first occurrence, and most_common(1) gives the first of the
// most common in insertion order, so the answer is that first occurrence itself. None of them
// keeps a reference to the data or its items once it returns.
//
// Exact ints and floats, Decimals and Fractions of known value are ordered here, mixed as sorted()
// compares them (numericItems.ts; bools, subclasses and values the model does not know go the
// unknown way, which opens the items: the answer may be any of them). An even median of a Decimal
// and a Decimal or int is `(lo + hi) / 2`: a new Decimal, its value computed under the known
// context (decimalArith.ts), else not followed.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { isArray } from './arrayState';
import { decimalBinop } from './decimalArith';
import { decimalContext } from './decimalContext';
import { type DecimalData, decimalConstruct } from './decimalValues';
import { ratioCompare } from './fractionValues';
import type { G } from './interpreter';
import { type NumericItem, knownNumericItems } from './numericItems';
import { type PyObj, isPlainSequence, plainDictOfView } from './objects';
import { decimalResult } from './pureValues';

type Which = 'median' | 'median_low' | 'median_high' | 'mode' | 'multimode';
type Answer = { item: number } | { items: number[] } | { float: number } | { decimalPair: [PyObj, PyObj] };

/**
 * mode / multimode: a Counter over the data, each value's key its first occurrence, kept in
 * insertion order (most_common sorts stably); mode gives the first of the most common, multimode
 * (3.11: most_common(), 3.12+: max of the counts) a new list of every most common one in that order.
 */
function modeAnswer(which: 'mode' | 'multimode', keys: string[]): Answer {
  // (a Map keeps insertion order: equal values share the key of their first occurrence)
  const counts = new Map<string, { first: number; n: number }>();
  keys.forEach((k, i) => {
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { first: i, n: 1 });
  });
  const firsts = [...counts.values()];
  const most = firsts.reduce((m, f) => Math.max(m, f.n), 0);
  const top = firsts.filter((f) => f.n === most).map((f) => f.first);
  return which === 'mode' ? { item: top[0] } : { items: top };
}

/** The answer for known numbers: an index into the data, a new float's value, or the two Decimals / ints to average; undefined when not known. */
function answer(which: Which, items: PyObj[]): Answer | undefined {
  const known = knownNumericItems(items);
  // (bools are not taken here)
  if (!items.length || !known || known.some((v) => v.kind === 'bool')) return undefined;
  // Compared as doubles while every item is one exactly (infinities too), else as exact ratios.
  const byNum = known.every((v) => v.num !== undefined);
  if (!byNum && known.some((v) => !v.ratio)) return undefined;
  // (equal values share a Counter key: 1, 1.0, Decimal('1.00') and Fraction(1) are one; -0.0 == 0)
  if (which === 'mode' || which === 'multimode') return modeAnswer(which, known.map((v) => (v.ratio ? `${v.ratio[0]}/${v.ratio[1]}` : `x:${v.num}`)));
  const cmp = (a: NumericItem, b: NumericItem): number => (byNum ? a.num! - b.num! : ratioCompare(a.ratio!, b.ratio!) as number);
  // sorted() is stable: equal values keep their order.
  const order = known.map((_, i) => i).sort((a, b) => cmp(known[a], known[b]) || a - b);
  const n = order.length;
  if (which === 'median_low') return { item: order[n % 2 ? (n >> 1) : (n >> 1) - 1] };
  if (which === 'median_high' || n % 2) return { item: order[n >> 1] };
  const [lo, hi] = [order[(n >> 1) - 1], order[n >> 1]];
  const [kl, kh] = [known[lo].kind, known[hi].kind];
  // (an int plus an int is an int, its true division by 2 a float; with a float, float arithmetic)
  if ((kl === 'int' || kl === 'float') && (kh === 'int' || kh === 'float') && known[lo].num !== undefined && known[hi].num !== undefined) return { float: (known[lo].num! + known[hi].num!) / 2 };
  // (a Decimal with an int or a Decimal: Decimal arithmetic; with a float or a Fraction a TypeError, not followed)
  if ((kl === 'decimal' || kl === 'int') && (kh === 'decimal' || kh === 'int') && (kl === 'decimal' || kh === 'decimal')) return { decimalPair: [items[lo], items[hi]] };
  return undefined;
}

/** `(lo + hi) / 2` of a Decimal and a Decimal or int under the known context; undefined when not known. */
function decimalMidpoint(call: BuiltinCall, lo: PyObj, hi: PyObj): DecimalData | undefined {
  const ctx = decimalContext(call.b);
  const asDecimal = (o: PyObj): DecimalData | undefined => (o.pureData?.t === 'decimal' ? o.pureData : typeof o.value === 'bigint' ? decimalConstruct([o.value]) : undefined);
  const [x, y] = [asDecimal(lo), asDecimal(hi)];
  const sum = ctx && x && y ? decimalBinop('+', x, y, ctx) : undefined;
  return sum && ctx && decimalBinop('/', sum, decimalConstruct([2n])!, ctx);
}

function* medianImpl(call: BuiltinCall, which: Which): G<PyObj> {
  const { b, h, args, kwargs, frame, pos } = call;
  const data = args[0];
  if (args.length !== 1 || kwargs.length || !data || data.fuzzy || data.cls) return call.unknownCall();
  // (a deque is read like a list; an array gives new numbers of its stored values: neither runs code)
  const iterator = data.kind === 'generator' || data.kind === 'iterator';
  // (a dict's keys / values view: read in the dict's order, no code run)
  if (!isPlainSequence(data) && !iterator && !plainDictOfView(data) && !isArray(data)) return call.unknownCall();
  // (the items read are all of them only when no step made one up, took a branch of unknown
  // direction or may have raised: a generator looping over an opened dict yields what is known)
  const before = [b.standIns, b.it.fuzzyEvents, b.it.mayRaiseEvents];
  // (sorted(data) / Counter(iter(data)): an iterator is read to its end first)
  const items = yield* b.iterateAll(data, frame);
  try {
    const sure = [b.standIns, b.it.fuzzyEvents, b.it.mayRaiseEvents].every((n, k) => n === before[k]) && !data.fuzzyIter && !data.fuzzy;
    const a = sure ? answer(which, items) : undefined;
    if (!a) {
      for (const x of items) h.escape(x);
      return call.unknownCall();
    }
    if ('float' in a) return b.newFloat(a.float, pos);
    if ('decimalPair' in a) return decimalResult(b, decimalMidpoint(call, ...a.decimalPair), pos);
    if ('items' in a) return b.newSeq('list', a.items.map((i) => h.incref(items[i])!), pos);
    return h.incref(items[a.item])!;
  } finally {
    for (const x of items) h.decref(x);
  }
}

export const STATISTICS_MEDIAN_IMPLS: [string, BuiltinImpl][] = (['median', 'median_low', 'median_high', 'mode', 'multimode'] as const).map(
  (w): [string, BuiltinImpl] => [`statistics.${w}`, (call) => medianImpl(call, w)],
);
