// heapq.merge(*iterables): a Python generator (Lib/heapq.py) that keeps one
// [value, order, next] entry per input in a heap and yields the smallest head
// each time, ties to the earlier input; it yields the input objects themselves.
// Before it starts its frame holds the `iterables` tuple; once it has run to
// its end it holds nothing. While it is paused in between its frame and heap
// hold the current heads, the last value and the iterators: not followed, so
// any other use of it (next(), a for loop) is an unknown iterator's.
// Consumed whole by list() / tuple() / sorted() … (iterateAll) over known lists
// and tuples of values the model can order, the result is computed here; over
// other values (instances with their own __lt__ / __eq__) heapq.py's loop is
// run with its comparisons (mergeCompared).
import type { Builtins } from './builtins';
import { compareKeys, sortKey, SortKey } from './builtinCalls';
import type { Frame } from './frame';
import { lessThan, siftUp, Unordered } from './heapqBisect';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { richEqual } from './operators';

// (a literal in MODULE_FUNCTION_IMPLS too: that table is built while this module may still be loading)
export const HEAPQ_MERGE = 'heapq.merge';

/**
 * heapq.merge(a, b, …, key=None, reverse=False): the generator object, holding its argument tuple and
 * a key function other than None (its frame's `key`); undefined when not followed (reverse=True).
 */
export function makeMerge(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], pos: { line: number; col: number }): PyObj | undefined {
  if (kwargs.some(([k, v]) => !(k === 'key') && !(k === 'reverse' && v === b.falseObj))) return undefined;
  const key = kwargs.find(([k]) => k === 'key')?.[1];
  const h = b.it.heap;
  const g = h.alloc('unknown', 'generator', h.site(pos.line, pos.col, 'generator', 'heapq.merge(…)'));
  g.builtinName = HEAPQ_MERGE;
  g.items = [b.newSeq('tuple', args.map((a) => h.incref(a)!), pos)];
  if (key && key !== b.none) g.items.push(h.incref(key)!);
  g.tracked = true;
  return g;
}

/**
 * Running a merge generator to its end at once: the values in merge order (new references), its
 * argument tuple released (the finished frame holds nothing); [] once finished. Undefined (nothing
 * done) unless every input is a known list or tuple whose values order here (numbers, strs, tuples of them).
 */
export function mergeAll(b: Builtins, g: PyObj): PyObj[] | undefined {
  const inputs = knownInputs(g, false);
  if (!inputs) return inputs;
  if (!g.items!.length) return [];
  const keys: SortKey[][] = [];
  for (const x of inputs) {
    const k = x.items!.map((v) => sortKey(v));
    if (k.some((v) => v === undefined)) return undefined;
    keys.push(k as SortKey[]);
  }
  // The smallest head each step (heap entries compare by value, then input order): at most one step per item.
  const next = inputs.map(() => 0);
  const out: PyObj[] = [];
  const total = inputs.reduce((n, x) => n + x.items!.length, 0);
  for (let step = 0; step < total; step++) {
    let best = -1;
    for (let i = 0; i < inputs.length; i++) {
      if (next[i] >= keys[i].length) continue;
      if (best < 0) { best = i; continue; }
      const c = compareKeys(keys[i][next[i]], keys[best][next[best]]);
      if (c === undefined) return undefined;
      if (c < 0) best = i;
    }
    out.push(inputs[best].items![next[best]++]);
  }
  return finish(b, g, out);
}

/**
 * A merge generator's inputs when each is a known list or tuple ([] once it has finished) and it has a
 * key function or not as `keyed` asks; undefined otherwise.
 */
function knownInputs(g: PyObj, keyed: boolean): PyObj[] | undefined {
  if (g.builtinName !== HEAPQ_MERGE || g.fuzzy || !g.items) return undefined;
  if (!g.items.length) return [];
  if ((g.items.length > 1) !== keyed) return undefined;
  const inputs = g.items[0].items ?? [];
  return inputs.every((x) => (x.kind === 'list' || x.kind === 'tuple') && x.type === x.kind && !x.fuzzy && x.items) ? inputs : undefined;
}

/** The merge has run to its end: the values it gave (new references); its argument tuple (and key) let go. */
function finish(b: Builtins, g: PyObj, out: PyObj[]): PyObj[] {
  const h = b.it.heap;
  const held = g.items!.splice(0);
  for (const x of out) h.incref(x);
  for (const x of held) h.decref(x);
  return out;
}

/** One `[value, order, next]` entry of heapq.py's merge heap: the input and the position of its head. */
type Entry = { value: PyObj; order: number; at: number };

/**
 * mergeAll for values the model orders only by running their comparisons: heapq.py's loop step by
 * step (heapify, then heapreplace / heappop on the head entry, the last input yielded as it is). Its
 * entries are lists, so list_richcompare first asks whether the values are equal (the same object is,
 * else `==`), then compares the values with `<` (or the orders when equal). Undefined when an answer
 * is unknown (the generator is then an unknown iterator).
 */
export function* mergeCompared(b: Builtins, g: PyObj, frame: Frame): G<PyObj[] | undefined> {
  const inputs = knownInputs(g, false);
  if (!inputs?.length) return undefined;
  const pos = { line: frame.line, col: 0 };
  const site = { ...pos, key: 'heapq.merge' };
  const less = function* (x: Entry, y: Entry): G<boolean> {
    const same = x.value === y.value || (yield* richEqual(b, x.value, y.value, frame, pos));
    if (same === undefined) throw new Unordered();
    if (same) return x.order < y.order;
    const t = yield* lessThan(b, x.value, y.value, frame, site);
    if (t === undefined) throw new Unordered();
    return t;
  };
  const heap: Entry[] = [];
  inputs.forEach((x, order) => { if (x.items!.length) heap.push({ value: x.items![0], order, at: 0 }); });
  const out: PyObj[] = [];
  try {
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) yield* siftUp(heap, i, less);
    // At most one step per item, each one giving the head entry's value.
    for (let step = 0; heap.length > 1 && step < 100000; step++) {
      const s = heap[0];
      out.push(s.value);
      const items = inputs[s.order].items!;
      if (++s.at < items.length) s.value = items[s.at];
      else {
        const last = heap.pop()!;
        if (!heap.length) break;
        heap[0] = last;
      }
      yield* siftUp(heap, 0, less);
    }
  } catch (err) {
    if (err instanceof Unordered) return undefined;
    throw err;
  }
  if (heap.length) out.push(...inputs[heap[0].order].items!.slice(heap[0].at));
  return finish(b, g, out);
}

/**
 * mergeAll with a key function, as heapq.py's keyed loop runs it: `key(head)` of each non-empty input
 * in order, then each step yields the smallest `[key, order, value, next]` entry's value (entries
 * compare by key, then input order: values are never compared) and calls `key` on that input's next
 * value; once one input is left, its head and the rest of it are yielded without more key calls.
 * The key results are held by the entries until replaced. Undefined before any call unless every
 * input is a known list or tuple; once keys do not order here (not numbers, strs or tuples of them,
 * or NaN), the keys are let go and the generator is left to the unknown way (undefined).
 */
export function* mergeKeyed(b: Builtins, g: PyObj, frame: Frame): G<PyObj[] | undefined> {
  const inputs = knownInputs(g, true);
  if (!inputs?.length) return undefined;
  const h = b.it.heap;
  const key = g.items![1];
  const site = { line: frame.line, col: 0, key: 'heapq.merge.key' };
  type Keyed = { order: number; at: number; key: PyObj | undefined };
  const live: Keyed[] = [];
  const sortable = (k: PyObj): SortKey | undefined => {
    const v = sortKey(k);
    return typeof v === 'number' && Number.isNaN(v) ? undefined : v;
  };
  const out: PyObj[] = [];
  try {
    for (const [order, x] of inputs.entries()) {
      if (x.items!.length) live.push({ order, at: 0, key: yield* b.it.callFromC(key, [x.items![0]], frame, site) });
    }
    for (let step = 0; live.length > 1 && step < 100000; step++) {
      let best = 0;
      for (let i = 1; i < live.length; i++) {
        const [x, y] = [sortable(live[i].key!), sortable(live[best].key!)];
        const c = x === undefined || y === undefined ? undefined : compareKeys(x, y);
        if (c === undefined) return undefined;
        if (c < 0 || (c === 0 && live[i].order < live[best].order)) best = i;
      }
      const e = live[best];
      const items = inputs[e.order].items!;
      out.push(items[e.at]);
      h.decref(e.key);
      e.key = undefined;
      if (++e.at < items.length) e.key = yield* b.it.callFromC(key, [items[e.at]], frame, site);
      else live.splice(best, 1);
    }
    if (live.length) out.push(...inputs[live[0].order].items!.slice(live[0].at));
  } finally {
    for (const e of live) h.decref(e.key);
  }
  return finish(b, g, out);
}

/** A merge generator that has run to its end (mergeAll): what it yielded was known, though it is an unknown-kind object. */
export function mergeFinished(o: PyObj): boolean {
  return o.builtinName === HEAPQ_MERGE && !o.fuzzy && o.items?.length === 0;
}
