// statistics.median / median_low / median_high / mode of numbers whose values the model knows.
//
// CPython (Lib/statistics.py): median does `data = sorted(data)` and returns the middle item
// itself for an odd count (`data[n // 2]`), else `(data[i - 1] + data[i]) / 2`, a new float for
// ints and floats; median_low / median_high always return an item. mode counts the data in a
// Counter: each value's key is its first occurrence, and most_common(1) gives the first of the
// most common in insertion order, so the answer is that first occurrence itself. None of them
// keeps a reference to the data or its items once it returns.
//
// Only exact ints and floats with known values are ordered here (bools, subclasses and values the
// model does not know go the unknown way, which opens the items: the answer may be any of them).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { G } from './interpreter';
import type { PyObj } from './objects';

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

type Which = 'median' | 'median_low' | 'median_high' | 'mode';

/** The answer for known numbers: an index into the data, or a new float's value; undefined when not known. */
function answer(which: Which, items: PyObj[]): { item: number } | { float: number } | undefined {
  const values = items.map(numberOf);
  if (!items.length || values.some((v) => v === undefined)) return undefined;
  const vs = values as number[];
  if (which === 'mode') {
    // (Counter keys: the first occurrence of each value; ties go to the first inserted)
    const counts = new Map<number, { first: number; n: number }>();
    vs.forEach((v, i) => {
      const c = counts.get(v);
      if (c) c.n++;
      else counts.set(v, { first: i, n: 1 });
    });
    let best: { first: number; n: number } | undefined;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    return { item: best!.first };
  }
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
    return h.incref(items[a.item])!;
  } finally {
    for (const x of items) h.decref(x);
  }
}

export const STATISTICS_MEDIAN_IMPLS: [string, BuiltinImpl][] = (['median', 'median_low', 'median_high', 'mode'] as const).map(
  (w): [string, BuiltinImpl] => [`statistics.${w}`, (call) => medianImpl(call, w)],
);
