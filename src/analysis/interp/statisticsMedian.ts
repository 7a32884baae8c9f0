// statistics.median / median_low / median_high / mode of numbers whose values the model knows.
//
// CPython (Lib/statistics.py): median does `data = sorted(data)` and returns the middle item
// itself for an odd count (`data[n // 2]`), else `(data[i - 1] + data[i]) / 2`, a new float for
// ints and floats; median_low / median_high always return an item. mode counts the data in a
// Counter: each value's key is its first occurrence, and most_common(1) gives the first of the
// most common in insertion order, so the answer is that first occurrence itself. None of them
// keeps a reference to the data or its items once it returns.
//
// Only exact ints and floats, or Decimals, with known values are ordered here (bools, subclasses,
// a mix of Decimals and other numbers and values the model does not know go the unknown way, which
// opens the items: the answer may be any of them). An even median of Decimals is `(lo + hi) / 2`:
// a new Decimal whose value is not followed (its arithmetic rounds to the context).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { decimalRatio } from './decimalValues';
import { ratioCompare } from './fractionValues';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { newDecimal } from './pureValues';

/** A known int or float's value as a JS number, when exact (|int| within 2**53). */
function numberOf(o: PyObj): number | undefined {
  if (o.fromId || o.cls) return undefined;
  if (o.kind === 'int' && o.type === 'int' && typeof o.value === 'bigint') {
    const n = Number(o.value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (o.kind === 'float' && o.type === 'float' && typeof o.value === 'number' && !Number.isNaN(o.value)) return o.value;
  return undefined;
}

type Which = 'median' | 'median_low' | 'median_high' | 'mode' | 'multimode';
type Answer = { item: number } | { items: number[] } | { float: number } | { decimal: true };

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

/** A known Decimal's exact value as a JS-comparable pair: its ratio. */
function decimalOf(o: PyObj): [bigint, bigint] | undefined {
  return o.pureData?.t === 'decimal' ? decimalRatio(o.pureData) : undefined;
}

/** The answer for Decimals: an index into the data, or a new Decimal; undefined when not known. */
function decimalAnswer(which: Which, items: PyObj[]): Answer | undefined {
  const rs = items.map(decimalOf);
  if (!items.length || rs.some((v) => v === undefined)) return undefined;
  const vs = rs as [bigint, bigint][];
  // (equal Decimals share a Counter key)
  // (ratios in lowest terms: equal values, equal texts)
  if (which === 'mode' || which === 'multimode') return modeAnswer(which, vs.map(([n, d]) => `${n}/${d}`));
  const order = vs.map((_, i) => i).sort((a, b) => ratioCompare(vs[a], vs[b]) || a - b);
  const n = order.length;
  if (which === 'median_low') return { item: order[n % 2 ? (n >> 1) : (n >> 1) - 1] };
  if (which === 'median_high' || n % 2) return { item: order[n >> 1] };
  return { decimal: true };
}

/** The answer for known numbers: an index into the data, or a new float's value; undefined when not known. */
function answer(which: Which, items: PyObj[]): Answer | undefined {
  const values = items.map(numberOf);
  if (!items.length) return undefined;
  if (values.some((v) => v === undefined)) return decimalAnswer(which, items);
  const vs = values as number[];
  // (1 and 1.0 are one JS number, one key; String(-0) is '0', as -0.0 == 0)
  if (which === 'mode' || which === 'multimode') return modeAnswer(which, vs.map(String));
  // sorted() is stable: equal values keep their order.
  const order = vs.map((_, i) => i).sort((a, b) => vs[a] - vs[b] || a - b);
  const n = order.length;
  if (which === 'median_low') return { item: order[n % 2 ? (n >> 1) : (n >> 1) - 1] };
  if (which === 'median_high' || n % 2) return { item: order[n >> 1] };
  // (an int plus an int is an int, its true division by 2 a float; with a float, float arithmetic)
  const lo = vs[order[(n >> 1) - 1]];
  const hi = vs[order[n >> 1]];
  return { float: (lo + hi) / 2 };
}

function* medianImpl(call: BuiltinCall, which: Which): G<PyObj> {
  const { b, h, args, kwargs, frame, pos } = call;
  const data = args[0];
  if (args.length !== 1 || kwargs.length || !data || data.fuzzy || data.cls) return call.unknownCall();
  const listLike = (data.kind === 'list' || data.kind === 'tuple') && data.type === data.kind;
  const iterator = data.kind === 'generator' || data.kind === 'iterator';
  if (!listLike && !iterator) return call.unknownCall();
  const before = b.standIns;
  // (sorted(data) / Counter(iter(data)): an iterator is read to its end first)
  const items = yield* b.iterateAll(data, frame);
  try {
    const a = b.standIns === before ? answer(which, items) : undefined;
    if (!a) {
      for (const x of items) h.escape(x);
      return call.unknownCall();
    }
    if ('float' in a) return b.newFloat(a.float, pos);
    if ('decimal' in a) return newDecimal(b, pos);
    if ('items' in a) return b.newSeq('list', a.items.map((i) => h.incref(items[i])!), pos);
    return h.incref(items[a.item])!;
  } finally {
    for (const x of items) h.decref(x);
  }
}

export const STATISTICS_MEDIAN_IMPLS: [string, BuiltinImpl][] = (['median', 'median_low', 'median_high', 'mode', 'multimode'] as const).map(
  (w): [string, BuiltinImpl] => [`statistics.${w}`, (call) => medianImpl(call, w)],
);
