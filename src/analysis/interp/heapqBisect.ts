// heapq and bisect: C functions that keep a list ordered by running `<` on
// its items (tuples item by item, a class's own __lt__), as _heapqmodule.c
// and _bisectmodule.c do. The list holds the same references in a new order;
// where a comparison's answer is unknown the list's order is too, and it is
// escaped (its reads become unknown) instead of guessed.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import { type CallSite, type G, type Interpreter, PyException } from './interpreter';
import { keepInTraceback } from './jsonFrames';
import type { PyObj } from './objects';
import { exactBuiltin } from './typeErrors';

export const HEAPQ_FUNCS = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'nsmallest', 'nlargest'];
export const BISECT_FUNCS = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right'];

/** `a < b` decided, or undefined when the analysis cannot tell. */
export function* lessThan(b: Builtins, x: PyObj, y: PyObj, frame: Frame, site: CallSite): G<boolean | undefined> {
  return yield* b.it.truthOf(yield* b.compare('<', x, y, frame, { line: site.line, col: site.col }), frame);
}

/** Thrown by a comparison whose answer the analysis cannot tell. */
export class Unordered extends Error {}

function* lt(b: Builtins, x: PyObj, y: PyObj, frame: Frame, site: CallSite): G<boolean> {
  const t = yield* lessThan(b, x, y, frame, site);
  if (t === undefined) throw new Unordered();
  return t;
}

/** `x < y` for the sifts: a thrown Unordered when it cannot be told. */
export type Less<T> = (x: T, y: T) => G<boolean>;

export function* siftDown<T>(heap: T[], start: number, pos: number, less: Less<T>): G<void> {
  const item = heap[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (!(yield* less(item, heap[parent]))) break;
    heap[pos] = heap[parent];
    pos = parent;
  }
  heap[pos] = item;
}

/** _siftup then _siftdown (Modules/_heapqmodule.c): the smaller child rises to the leaves, then `pos`'s item sinks back. */
export function* siftUp<T>(heap: T[], pos: number, less: Less<T>): G<void> {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !(yield* less(heap[child], heap[right]))) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  yield* siftDown(heap, start, pos, less);
}

/**
 * A comparison (or key) raised inside heapq.nsmallest / nlargest (owned `items` from the
 * iteration; measured on 3.11-3.13, whose heapq.py is the same). The C parts — min() / max() for
 * n == 1, sorted() when n >= len(iterable), the heap functions — let go of the items they held
 * (the new list is freed, as sorted() frees its own), but the exception's traceback keeps
 * heapq.py's frame while it lives: its arguments, and for n == 1 `it = iter(iterable)` (a list /
 * tuple iterator holding the iterable). In the heap path (1 < n < len) the frame's decorated
 * `result` list holds an unknown part of the items as (elem, i) tuples: they are kept there with
 * open counts.
 */
function* keepNsmallestFrame(b: Builtins, exc: PyObj, n: bigint, iterable: PyObj, items: PyObj[], kwargs: [string, PyObj][], frame: Frame, pos: { line: number; col: number }): G<void> {
  const h = b.it.heap;
  const kept = [iterable, ...kwargs.map(([, v]) => v)].map((x) => h.incref(x)!);
  const sized = (iterable.kind === 'list' || iterable.kind === 'tuple') && exactBuiltin(iterable) && !iterable.fuzzy && iterable.items;
  if (sized && n === 1n) {
    // (iter() of an exact list / tuple: a new iterator, not exhausted when min() raised)
    kept.push(yield* b.getIter(iterable, frame));
  } else if (!sized || n < BigInt(items.length)) {
    for (const x of items) h.escape(x);
    h.escape(iterable);
    kept.push(...items.map((x) => h.incref(x)!));
  }
  for (const x of items) h.decref(x);
  keepInTraceback(b, exc, kept, pos, "heapq's frame");
}

/** heapq.<name>(args): the result (owned), or undefined when the call is not one modelled here. */
export function* heapqCall(b: Builtins, it: Interpreter, name: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite,
  sortInPlace: (items: PyObj[], kw: Map<string, PyObj>) => G<void>): G<PyObj | undefined> {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  if (name === 'nsmallest' || name === 'nlargest') {
    // heapq.py: the result equals sorted(iterable, key=key[, reverse=True])[:n], ties in input order.
    const n = args[0]?.value;
    if (args.length !== 2 || typeof n !== 'bigint' || kwargs.some(([k]) => k !== 'key')) return undefined;
    const before = b.standIns;
    const items = yield* b.iterateAll(args[1], frame);
    // (an iteration of unknown length: how many items come back, and which, is not known)
    if (b.standIns !== before) {
      for (const x of items) { h.escape(x); h.decref(x); }
      const out = b.newSeq('list', [], pos);
      b.fuzzContent(out);
      return out;
    }
    // n <= 0 (and more than 0 items): the decorated list is empty, returned before any comparison.
    if (n <= 0n) {
      for (const x of items) h.decref(x);
      return b.newSeq('list', [], pos);
    }
    const kw = new Map(kwargs);
    if (name === 'nlargest') kw.set('reverse', b.trueObj);
    try {
      yield* sortInPlace(items, kw);
    } catch (err) {
      if (err instanceof PyException) yield* keepNsmallestFrame(b, err.exc, n, args[1], items, kwargs, frame, pos);
      else for (const x of items) h.decref(x);
      throw err;
    }
    const keep = items.slice(0, Math.max(0, Number(n)));
    for (const x of items.slice(keep.length)) h.decref(x);
    return b.newSeq('list', keep, pos);
  }
  const list = args[0];
  if (!list || list.kind !== 'list' || list.type !== 'list' || !list.items || list.fuzzy || kwargs.length) return undefined;
  const item = args[1];
  if (args.length !== (name === 'heappush' || name === 'heapreplace' || name === 'heappushpop' ? 2 : 1)) return undefined;
  // The sifts run on a copy: if an order is unknown the call is left to the unknown-call path, the list untouched.
  const heap = [...list.items];
  // _heapqmodule.c's sifts hold both operands of each comparison (Py_INCREF(newitem), Py_INCREF(parent)
  // in siftdown; Py_INCREF(a), Py_INCREF(b) in siftup), so a program's __lt__ sees each one more
  // (measured 3.11-3.13: heappush's new item at 6 in __lt__: local, stack, list, sift, frame, local).
  const held = (...xs: PyObj[]) => function* <R>(run: G<R>): G<R> {
    for (const x of xs) h.incref(x);
    try { return yield* run; } finally { for (const x of xs) h.decref(x); }
  };
  const less = (x: PyObj, y: PyObj): G<boolean> => held(x, y)(lt(b, x, y, frame, site));
  let result: PyObj | undefined;
  let pushed = false;
  try {
    switch (name) {
      case 'heappush':
        heap.push(item);
        // (PyList_Append first: the list holds the new item while it sinks)
        h.incref(item);
        pushed = true;
        yield* siftDown(heap, 0, heap.length - 1, less);
        pushed = false;
        b.noteStore(list, item);
        result = b.none;
        break;
      case 'heappop': {
        if (!heap.length) throw it.raiseObj(b.cError('IndexError', pos), frame, true);
        const last = heap.pop()!;
        result = last;
        if (heap.length) {
          result = heap[0];
          heap[0] = last;
          yield* siftUp(heap, 0, less);
        }
        break;
      }
      case 'heapreplace': case 'heappushpop': {
        // (heappushpop holds the top alone while comparing it with the item)
        if (name === 'heappushpop' && (!heap.length || !(yield* held(heap[0])(lt(b, heap[0], item, frame, site))))) return h.incref(item)!;
        if (!heap.length) throw it.raiseObj(b.cError('IndexError', pos), frame, true);
        result = heap[0];
        heap[0] = item;
        // (the list holds the item in the top's place while it sinks)
        h.incref(item);
        pushed = true;
        yield* siftUp(heap, 0, less);
        pushed = false;
        b.noteStore(list, item);
        break;
      }
      case 'heapify':
        for (let i = (heap.length >> 1) - 1; i >= 0; i--) yield* siftUp(heap, i, less);
        result = b.none;
        break;
      default: return undefined;
    }
  } catch (err) {
    // (the model's list is left as it was: so is its reference to a pushed item)
    if (pushed) h.decref(item);
    if (err instanceof Unordered) return undefined;
    throw err;
  }
  // The list's reference to a popped or replaced item passes to the caller.
  list.items.splice(0, list.items.length, ...heap);
  it.recorder.noteStore();
  return result;
}

/** bisect.<name>(a, x[, lo[, hi]]): the index (insort: the list grows) or undefined when not modelled. */
export function* bisectCall(b: Builtins, it: Interpreter, name: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  const [list, x] = args;
  if (args.length !== 2 || kwargs.some(([k]) => k !== 'key') || !list || list.kind !== 'list' || list.type !== 'list' || !list.items || list.fuzzy) return undefined;
  const keyFn = kwargs.find(([k]) => k === 'key')?.[1];
  const key = keyFn && keyFn.kind !== 'none' ? keyFn : undefined;
  const a = list.items;
  const left = name.endsWith('_left');
  let lo = 0;
  let hi = a.length;
  // With key= (3.10+), bisect compares x with key(a[mid]) (PySequence_GetItem holds the item during
  // the call); insort bisects with key(x) and inserts x.
  const keyOf = function* (item: PyObj): G<PyObj> {
    h.incref(item);
    try {
      return yield* it.callFromC(key!, [item], frame, site);
    } finally {
      h.decref(item);
    }
  };
  // (internal_bisect_left / _right compare the item the caller passed, borrowed: only insort's key(x) is new)
  const ownsProbe = !!key && name.startsWith('insort');
  const probe = ownsProbe ? yield* it.callFromC(key!, [x], frame, site) : x;
  try {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = key ? yield* keyOf(a[mid]) : h.incref(a[mid])!;
      try {
        // bisect_right: x < a[mid] goes left; bisect_left: a[mid] < x goes right.
        if (left ? yield* lt(b, m, probe, frame, site) : !(yield* lt(b, probe, m, frame, site))) lo = mid + 1;
        else hi = mid;
      } finally {
        h.decref(m);
      }
    }
  } catch (err) {
    if (err instanceof Unordered) return undefined;
    throw err;
  } finally {
    if (ownsProbe) h.decref(probe);
  }
  if (!name.startsWith('insort')) return b.newInt(BigInt(lo), { line: site.line, col: site.col });
  a.splice(lo, 0, h.incref(x)!);
  b.noteStore(list, x);
  return b.none;
}
