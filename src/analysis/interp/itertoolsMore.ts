// itertools.islice, count, repeat, zip_longest, accumulate, product, groupby,
// combinations, combinations_with_replacement and permutations (tee and starmap:
// itertoolsTee.ts; takewhile, dropwhile and batched: itertoolsWhile.ts)
// (Modules/itertoolsmodule.c): what each object holds while it is alive.
//
// - islice holds an iterator over its iterable until it has given its last
//   item (then it drops it, as islice_next does);
// - count with step 1 holds no object (the count lives in a C integer);
//   with another step it holds its current value object and the step, and
//   gives that very object, holding the sum in its place (count_nextlong);
// - repeat holds its element for as long as it lives;
// - zip_longest holds a tuple of iterators (an exhausted one is dropped from
//   it), its fillvalue and its reusable result tuple, as zip does;
// - accumulate holds its iterator, its function and the running total (an
//   `initial=` object until the first step, which gives that object itself);
// - product reads every iterable into a tuple when it is made (a tuple
//   argument is used as it is) and holds those pools and its result tuple.
// - groupby holds its iterator, key function, target key, current key and
//   value; each group (_grouper) holds the groupby and its key, and reads
//   only while it is the groupby's current group.
// - combinations (with or without replacement) and permutations read their
//   iterable into a pool tuple (an exact tuple is used as it is) and hold it
//   and their result tuple; once exhausted they keep the last result (a copy
//   when someone else holds it).
// - cycle holds an iterator over its iterable until that ends (then drops
//   it) and a list of every item it gave on the first pass, which it then
//   gives again in turn.
// - pairwise holds its iterator and the last item it read (the first of the
//   next pair); both go at its end. From 3.13 it also holds a result tuple,
//   reused as zip's is.
// The result-tuple reuse is modelled as in zip: a new tuple each step, the
// last one kept by the iterator.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { FILTERFALSE, getIters, reuseResult } from './iteration';
import { knownInt, richEqual } from './operators';
import { makeTeeOrStarmap, teeOrStarmapNext, TEE_KINDS } from './itertoolsTee';
import { makeWhile, whileNext, WHILE_KINDS } from './itertoolsWhile';

type Pos = { line: number; col: number };

const CWR = 'combinations_with_replacement';

/** The iterKind of each object made here; iteration.ts hands their `next` to itertoolsNext. */
/** PY_SSIZE_T_MAX on the 64-bit builds the model follows. */
const SSIZE_MAX = 2n ** 63n - 1n;

export const MORE_KINDS: ReadonlySet<string> = new Set(['islice', 'count', 'repeat', 'zip_longest', 'accumulate', 'product', 'groupby', '_grouper', 'combinations', 'permutations', CWR, 'cycle', 'pairwise', 'compress', ...TEE_KINDS, ...WHILE_KINDS]);

function newIterator(b: Builtins, kind: string, pos: Pos): PyObj {
  const h = b.it.heap;
  const o = h.alloc('iterator', `itertools.${kind}`, h.site(pos.line, pos.col, `itertools.${kind}`, `${kind}(…)`));
  o.iterKind = kind;
  o.iterIndex = 0;
  o.tracked = kind !== 'count';
  return o;
}


/**
 * Makes one of the objects above from the call's (borrowed) arguments, or
 * returns undefined when the call is one the model does not follow (the caller
 * then treats it as an unknown call).
 */
export function* makeItertool(b: Builtins, kind: string, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, pos: Pos): G<PyObj | undefined> {
  const h = b.it.heap;
  if (TEE_KINDS.includes(kind)) return yield* makeTeeOrStarmap(b, kind, args, kw, frame, pos);
  if (WHILE_KINDS.includes(kind)) return yield* makeWhile(b, kind, args, kw, frame, pos);
  switch (kind) {
    case 'islice': {
      // islice(it, stop) / islice(it, start, stop[, step]); None means "from 0" / "to the end" / 1.
      if (args.length < 2 || args.length > 4 || kw.size) return undefined;
      const num = (o: PyObj | undefined, dflt: number): number | undefined => {
        if (!o || o === b.none) return dflt;
        const v = knownInt(o);
        return v !== undefined && v >= 0n && v < 2n ** 52n ? Number(v) : undefined;
      };
      const [start, stop, step] = args.length === 2 ? [0, num(args[1], -1), 1] : [num(args[1], 0), num(args[2], -1), num(args[3], 1)];
      if (start === undefined || stop === undefined || step === undefined || step < 1) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSource = yield* b.getIter(args[0], frame);
      o.indices = [start, stop, step, 0]; // next index to give, stop (-1: none), step, items read
      return o;
    }
    case 'count': {
      const start = args[0] ?? kw.get('start');
      const step = args[1] ?? kw.get('step');
      const s = start ? knownInt(start) : 0n;
      const d = step ? knownInt(step) : 1n;
      if (s === undefined || d === undefined) return undefined;
      const o = newIterator(b, kind, pos);
      o.rangeVals = [s, 0n, d];
      // Slow mode (a step other than 1, or a start past a C ssize_t: count_new's PyLong_AsSsize_t
      // fails): long_cnt (the start object itself, or 0) and long_step (measured 3.11-3.13).
      if (d !== 1n || s > SSIZE_MAX || s < -SSIZE_MAX - 1n) {
        o.heldValue = start ? h.incref(start)! : b.smallInt(0n);
        o.lastResult = step ? h.incref(step)! : b.smallInt(1n);
      }
      return o;
    }
    case 'repeat': {
      const times = args[1] ?? kw.get('times');
      const n = times ? knownInt(times) : -1n;
      if (!args[0] || n === undefined) return undefined;
      const o = newIterator(b, kind, pos);
      o.heldValue = h.incref(args[0]);
      // repeat_new: no `times` repeats forever; a given one below 0 counts as 0.
      o.indices = [!times ? -1 : n < 0n ? 0 : Number(n)];
      return o;
    }
    case 'zip_longest': {
      if ([...kw.keys()].some((k) => k !== 'fillvalue')) return undefined;
      const srcs = yield* getIters(b, args, frame);
      const o = newIterator(b, kind, pos);
      o.itersTuple = b.newSeq('tuple', srcs, pos);
      o.iterSources = o.itersTuple.items;
      o.heldValue = h.incref(kw.get('fillvalue') ?? b.none);
      o.lastResult = b.newSeq('tuple', srcs.map(() => h.incref(b.none)!), pos);
      o.indices = [srcs.length]; // iterators still active
      return o;
    }
    case 'accumulate': {
      const func = args[1] ?? kw.get('func');
      const initial = kw.get('initial');
      if (!args[0] || args.length > 2 || [...kw.keys()].some((k) => k !== 'func' && k !== 'initial') || (args[1] && kw.has('func'))) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSource = yield* b.getIter(args[0], frame);
      o.iterFunc = func && func !== b.none ? h.incref(func) : undefined;
      // accumulate_new keeps `initial` (keyword-only; None means none): the
      // first next() moves it to the running total and gives that object itself.
      if (initial && initial !== b.none) o.heldValue = h.incref(initial);
      return o;
    }
    case 'compress': {
      // compress(data, selectors) holds an iterator over each; next() reads a
      // datum, then a selector, and gives the datum itself when the selector is true.
      const data = args[0] ?? kw.get('data');
      const sel = args[1] ?? kw.get('selectors');
      if (!data || !sel || args.length + kw.size !== 2) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSources = yield* getIters(b, [data, sel], frame);
      return o;
    }
    case FILTERFALSE: {
      // filterfalse(pred, iterable): filter's object (the predicate, None for truth, and one iterator).
      if (args.length !== 2 || kw.size) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSources = yield* getIters(b, [args[1]], frame);
      o.iterFunc = args[0] === b.none ? undefined : h.incref(args[0]);
      return o;
    }
    case 'cycle': {
      if (args.length !== 1 || kw.size) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSource = yield* b.getIter(args[0], frame);
      o.heldValue = b.newSeq('list', [], pos); // `saved`
      o.indices = [0]; // where the next saved item is
      return o;
    }
    case 'pairwise': {
      if (args.length !== 1 || kw.size) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSource = yield* b.getIter(args[0], frame);
      if (b.it.vm.pairwiseReusesResult) o.lastResult = b.newSeq('tuple', [h.incref(b.none)!, h.incref(b.none)!], pos);
      return o;
    }
    case 'groupby': {
      const key = args[1] ?? kw.get('key');
      if (!args[0] || args.length > 2 || [...kw.keys()].some((k) => k !== 'key')) return undefined;
      const o = newIterator(b, kind, pos);
      o.iterSource = yield* b.getIter(args[0], frame);
      o.iterFunc = key && key !== b.none ? h.incref(key) : undefined;
      o.groupState = {};
      return o;
    }
    case 'combinations': case 'permutations': case CWR: {
      if (!args[0] || args.length > 2 || [...kw.keys()].some((k) => k !== 'r')) return undefined;
      // PySequence_Tuple first (a generator is consumed), then r: combinations needs it, permutations defaults to len(pool).
      const a = args[0];
      const pool = a.kind === 'tuple' && a.type === 'tuple' && !a.fuzzy ? h.incref(a)! : yield* poolOf(b, a, frame, pos);
      const rArg = args[1] ?? kw.get('r');
      const r = rArg && rArg !== b.none ? knownInt(rArg) : kind === 'permutations' ? BigInt(pool.items?.length ?? 0) : undefined;
      if (pool.fuzzy || !pool.items || r === undefined || r < 0n || r > 64n) { h.decref(pool); return undefined; }
      const o = newIterator(b, kind, pos);
      o.iterSource = pool;
      o.indices = [Number(r)]; // r, then (from the first step) the indices, then permutations' cycles
      return o;
    }
    case 'product': {
      const rep = kw.get('repeat');
      const r = rep ? knownInt(rep) : 1n;
      if (r === undefined || r < 0n || r > 16n || [...kw.keys()].some((k) => k !== 'repeat')) return undefined;
      // PySequence_Tuple: an exact tuple is used as it is, anything else read into a new one.
      const pools: PyObj[] = [];
      for (const a of args) {
        if (a.kind === 'tuple' && a.type === 'tuple' && !a.fuzzy) pools.push(h.incref(a)!);
        else pools.push(yield* poolOf(b, a, frame, pos));
      }
      const all: PyObj[] = [];
      for (let i = 0; i < Number(r); i++) for (const p of pools) all.push(h.incref(p)!);
      for (const p of pools) h.decref(p);
      if (all.some((p) => p.fuzzy)) { for (const p of all) h.decref(p); return undefined; }
      const o = newIterator(b, kind, pos);
      o.itersTuple = b.newSeq('tuple', all, pos);
      o.indices = [];
      return o;
    }
  }
  return undefined;
}

/** groupby_step: the next value and its key become current (the old ones released). False at the end. */
function* groupbyStep(b: Builtins, g: PyObj, frame: Frame): G<boolean> {
  const h = b.it.heap;
  const st = g.groupState!;
  const value = yield* b.iterNext(g.iterSource!, frame);
  if (value === undefined) return false;
  const key = g.iterFunc ? yield* b.it.callFromC(g.iterFunc, [value], frame, { line: frame.line, col: 0, key: 'groupby-key' }) : h.incref(value)!;
  const old = st.currvalue;
  st.currvalue = value;
  h.decref(st.currkey);
  st.currkey = key;
  h.decref(old);
  return true;
}

/**
 * Keys the model cannot compare: where the groups split is unknown. Everything
 * the groupby holds (its source included) gets open counts, one unknown item
 * stands for the rest, and the groupby gives nothing after it.
 */
function unknownGroups(b: Builtins, g: PyObj, frame: Frame): PyObj {
  b.it.heap.escape(g);
  g.iterIndex = -1;
  g.groupState!.currgrouper = undefined;
  return b.unknown(frame.line, 0);
}

/** The next item (a new reference) of an object made by makeItertool, or undefined at its end. */
export function* itertoolsNext(b: Builtins, o: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = b.it.heap;
  const pos = { line: frame.line, col: 0 };
  if (TEE_KINDS.includes(o.iterKind!)) return yield* teeOrStarmapNext(b, o, frame);
  if (WHILE_KINDS.includes(o.iterKind!)) return yield* whileNext(b, o, frame);
  switch (o.iterKind) {
    case 'islice': {
      // islice_next, step for step: skip to the next index, stop at `stop`, drop the iterator at the end.
      const st = o.indices!;
      const src = o.iterSource;
      if (!src) return undefined;
      const empty = (): undefined => { o.iterSource = undefined; h.decref(src); return undefined; };
      while (st[3] < st[0]) {
        const skip = yield* b.iterNext(src, frame);
        if (skip === undefined) return empty();
        h.decref(skip);
        st[3]++;
      }
      if (st[1] >= 0 && st[3] >= st[1]) return empty();
      const item = yield* b.iterNext(src, frame);
      if (item === undefined) return empty();
      st[3]++;
      st[0] += st[2];
      if (st[1] >= 0 && st[0] > st[1]) st[0] = st[1];
      return item;
    }
    case 'count': {
      const [start, , step] = o.rangeVals!;
      const v = start + step * BigInt(o.iterIndex ?? 0);
      o.iterIndex = (o.iterIndex ?? 0) + 1;
      if (!o.heldValue) return b.newInt(v, pos);
      // count_nextlong: the held value goes out, the next one (value + step) is held.
      const out = o.heldValue;
      o.heldValue = b.newInt(v + step, pos);
      return out;
    }
    case 'repeat': {
      const left = o.indices!;
      if (left[0] === 0) return undefined;
      if (left[0] > 0) left[0]--;
      return h.incref(o.heldValue);
    }
    case 'zip_longest': {
      const its = o.iterSources!;
      if (o.indices![0] === 0) return undefined;
      const parts: PyObj[] = [];
      for (let i = 0; i < its.length; i++) {
        const src = its[i];
        let v = src ? yield* b.iterNext(src, frame) : undefined;
        if (src && v === undefined) {
          o.indices![0]--;
          if (o.indices![0] === 0) { for (const p of parts) h.decref(p); return undefined; }
          its[i] = undefined as unknown as PyObj; // the tuple's slot is cleared, the iterator dropped
          h.decref(src);
        }
        v ??= h.incref(o.heldValue)!;
        parts.push(v);
      }
      return reuseResult(b, o, parts, pos);
    }
    case 'cycle': {
      // cycle_next: items of the iterator while it lasts (each saved), then the saved ones in turn.
      const saved = o.heldValue!.items!;
      const src = o.iterSource;
      if (src) {
        const item = yield* b.iterNext(src, frame);
        if (item !== undefined) {
          saved.push(h.incref(item)!);
          b.noteStore(o.heldValue!, item);
          return item;
        }
        o.iterSource = undefined;
        h.decref(src);
        // One made-up item stood for an unknown rest: what comes round again is unknown too.
        if (src.fuzzyIter || src.kind === 'unknown') b.fuzzContent(o.heldValue!);
      }
      if (!saved.length) return o.heldValue!.fuzzy ? b.unknown(pos.line, pos.col) : undefined;
      if (o.heldValue!.fuzzy) return b.unknown(pos.line, pos.col);
      const i = o.indices![0];
      o.indices![0] = i + 1 >= saved.length ? 0 : i + 1;
      return h.incref(saved[i]);
    }
    case 'pairwise': {
      // pairwise_next: (old, new), new kept as the next old; the iterator and old dropped at the end.
      const src = o.iterSource;
      if (!src) return undefined;
      const end = (): undefined => {
        o.iterSource = undefined;
        h.decref(src);
        const old = o.heldValue;
        o.heldValue = undefined;
        h.decref(old);
        return undefined;
      };
      if (!o.heldValue) {
        const first = yield* b.iterNext(src, frame);
        if (first === undefined) return end();
        o.heldValue = first;
      }
      const next = yield* b.iterNext(src, frame);
      if (next === undefined) return end();
      const parts = [o.heldValue, h.incref(next)!];
      o.heldValue = next;
      return o.lastResult ? reuseResult(b, o, parts, pos) : b.newSeq('tuple', parts, pos);
    }
    case 'compress': {
      const [data, sel] = o.iterSources!;
      for (let n = 0; n < 100000; n++) {
        const datum = yield* b.iterNext(data, frame);
        if (datum === undefined) return undefined;
        const s = yield* b.iterNext(sel, frame);
        if (s === undefined) { h.decref(datum); return undefined; }
        const ok = yield* b.it.truthOf(s, frame);
        if (ok === true) return datum;
        // Given or skipped, we cannot tell: give it, with a count only bounded below (as filter does).
        if (ok === undefined) { b.fuzz(datum); return datum; }
        h.decref(datum);
      }
      return undefined;
    }
    case 'accumulate': {
      const src = o.iterSource;
      if (!src) return undefined;
      if (o.heldValue) { o.lastResult = o.heldValue; o.heldValue = undefined; return h.incref(o.lastResult); }
      const val = yield* b.iterNext(src, frame);
      if (val === undefined) return undefined;
      if (!o.lastResult) { o.lastResult = h.incref(val); return val; }
      let total: PyObj;
      try {
        total = o.iterFunc
          ? yield* b.it.callFromC(o.iterFunc, [o.lastResult, val], frame, { line: frame.line, col: 0, key: 'accumulate' })
          : yield* b.binop('+', o.lastResult, val, frame, false, pos);
      } finally {
        h.decref(val);
      }
      h.decref(o.lastResult);
      o.lastResult = h.incref(total);
      return total;
    }
    case 'groupby': {
      // groupby_next: skip to the next group's first value, then (key, new grouper).
      const st = o.groupState!;
      st.currgrouper = undefined;
      if (o.iterIndex === -1) return undefined;
      for (;;) {
        if (st.currkey !== undefined) {
          if (st.tgtkey === undefined) break;
          const same = yield* richEqual(b, st.tgtkey, st.currkey, frame, pos);
          if (same === undefined) return unknownGroups(b, o, frame);
          if (!same) break;
        }
        if (!(yield* groupbyStep(b, o, frame))) return undefined;
      }
      h.incref(st.currkey);
      h.decref(st.tgtkey);
      st.tgtkey = st.currkey;
      const grouper = newIterator(b, '_grouper', pos);
      grouper.iterSource = h.incref(o);
      grouper.heldValue = h.incref(st.tgtkey);
      st.currgrouper = grouper;
      const r = b.newSeq('tuple', [h.incref(st.currkey)!, grouper], pos);
      return r;
    }
    case '_grouper': {
      // _grouper_next: only the groupby's current group reads; it ends where the key changes.
      const g = o.iterSource!;
      const st = g.groupState!;
      if (st.currgrouper !== o) return undefined;
      if (st.currvalue === undefined && !(yield* groupbyStep(b, g, frame))) return undefined;
      const same = yield* richEqual(b, o.heldValue!, st.currkey!, frame, pos);
      if (same === undefined) return unknownGroups(b, g, frame);
      if (!same) return undefined;
      const r = st.currvalue!;
      st.currvalue = undefined;
      h.decref(st.currkey);
      st.currkey = undefined;
      return r;
    }
    case 'combinations': case 'permutations': case CWR: {
      // combinations_next / permutations_next / cwr_next; iterIndex: 0 before the first step, 2 while running, 1 once stopped.
      if (o.iterIndex === 1) return undefined;
      const pool = o.iterSource!.items!;
      const n = pool.length;
      const st = o.indices!;
      const r = st[0];
      if (o.iterIndex === 0) {
        // (with replacement: r copies of the first item, nothing from an empty pool unless r is 0)
        if (o.iterKind === CWR ? n === 0 && r > 0 : r > n) { o.iterIndex = 1; return undefined; }
        for (let i = 0; i < (o.iterKind === 'permutations' ? n : r); i++) st.push(o.iterKind === CWR ? 0 : i);
        if (o.iterKind === 'permutations') for (let i = 0; i < r; i++) st.push(n - i);
        o.iterIndex = 2;
      } else if (!(o.iterKind === 'combinations' ? nextCombination(st, n) : o.iterKind === CWR ? nextCwr(st, n) : nextPermutation(st, n))) {
        // Done: the result tuple stays, copied first when someone else still holds it.
        const last = o.lastResult;
        if (last && last.rc > 1 && last.items?.length) {
          o.lastResult = b.newSeq('tuple', last.items.map((x) => h.incref(x)!), pos);
          h.decref(last);
        }
        o.iterIndex = 1;
        return undefined;
      }
      const items = st.slice(1, 1 + r).map((k) => h.incref(pool[k])!);
      const t = items.length ? b.newSeq('tuple', items, pos) : h.incref(b.emptyTuple)!;
      h.decref(o.lastResult);
      o.lastResult = h.incref(t);
      return t;
    }
    case 'product': {
      // iterIndex: 0 before the first step, 2 while running, 1 once stopped.
      const pools = o.itersTuple!.items!;
      const idx = o.indices!;
      if (o.iterIndex === 1) return undefined;
      if (o.iterIndex === 0) {
        // First step: every index 0 (an empty pool gives nothing).
        if (pools.some((p) => !p.items!.length)) { o.iterIndex = 1; return undefined; }
        for (let i = 0; i < pools.length; i++) idx.push(0);
        o.iterIndex = 2;
      } else {
        // The odometer: the rightmost index that can move moves, those after it restart.
        let i = pools.length - 1;
        while (i >= 0 && idx[i] === pools[i].items!.length - 1) i--;
        if (i < 0) {
          // Every index rolled over before product_next saw it: its result tuple now holds each pool's first item.
          const rolled = b.newSeq('tuple', pools.map((p) => h.incref(p.items![0])!), pos);
          h.decref(o.lastResult);
          o.lastResult = rolled;
          o.iterIndex = 1;
          return undefined;
        }
        idx[i]++;
        for (let j = i + 1; j < pools.length; j++) idx[j] = 0;
      }
      const t = b.newSeq('tuple', pools.map((p, i) => h.incref(p.items![idx[i]])!), pos);
      h.decref(o.lastResult);
      o.lastResult = h.incref(t);
      return t;
    }
  }
  return undefined;
}

/**
 * Advances combinations' indices (st[1..r]) in place as combinations_next
 * does: the rightmost index not at its maximum moves, those after it follow.
 * False once every index is at its maximum.
 */
function nextCombination(st: number[], n: number): boolean {
  const r = st[0];
  const idx = (k: number): number => st[1 + k];
  let i = r - 1;
  while (i >= 0 && idx(i) === i + n - r) i--;
  if (i < 0) return false;
  st[1 + i]++;
  for (let j = i + 1; j < r; j++) st[1 + j] = idx(j - 1) + 1;
  return true;
}

/** Advances combinations_with_replacement's indices (st[1..r]) as cwr_next does: the rightmost below n-1 and all after it get its value plus one. */
function nextCwr(st: number[], n: number): boolean {
  const r = st[0];
  let i = r - 1;
  while (i >= 0 && st[1 + i] === n - 1) i--;
  if (i < 0) return false;
  const v = st[1 + i] + 1;
  for (let j = i; j < r; j++) st[1 + j] = v;
  return true;
}

/**
 * Advances permutations' indices (st[1..n]) and cycles (st[1+n..n+r]) in
 * place as permutations_next does. False once every cycle rolled over.
 */
function nextPermutation(st: number[], n: number): boolean {
  const r = st[0];
  const I = 1;
  const C = 1 + n;
  for (let i = r - 1; i >= 0; i--) {
    st[C + i] -= 1;
    if (st[C + i] === 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      const index = st[I + i];
      for (let j = i; j < n - 1; j++) st[I + j] = st[I + j + 1];
      st[I + n - 1] = index;
      st[C + i] = n - i;
    } else {
      const j = st[C + i];
      const t = st[I + i];
      st[I + i] = st[I + n - j];
      st[I + n - j] = t;
      return true;
    }
  }
  return false;
}

/**
 * PySequence_Tuple of an iterable: a new tuple of its items. Of an iteration of unknown length
 * (the model made an item up for the rest) its content is unknown: the combinations / product
 * made from it are not computed.
 */
function* poolOf(b: Builtins, a: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj> {
  const before = b.standIns;
  const t = b.newSeq('tuple', yield* b.iterateAll(a, frame), pos);
  if (b.standIns !== before) t.fuzzy = true;
  return t;
}
