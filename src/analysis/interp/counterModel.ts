// collections.Counter as Lib/collections/__init__.py runs it (the same in
// 3.11-3.13): a dict subclass whose values are counts. What matters for the
// references is which key and value objects each operation stores:
// - Counter(mapping) / update(mapping) on an empty Counter is dict.update: the
//   same key and value objects. On a non-empty one each count is
//   `count + self.get(elem, 0)`, a new int.
// - update(iterable) is _count_elements: `mapping.get(elem, 0) + 1` per item.
// - subtract: `self.get(elem, 0) - count` (or `- 1` per item).
// - `+` / `-` build a new Counter of the sums / differences that are positive
//   (new ints), plus the other's elements the first lacks: `+` stores the other's
//   count object itself, `-` a new `0 - count`. `|` / `&` store the larger /
//   smaller of the two existing count objects.
// - The in-place forms change self (`self[elem] += count`, ...) and then delete
//   the elements whose count is not positive (_keep_positive).
// - elements() is `chain.from_iterable(starmap(repeat, self.items()))`: the
//   key objects themselves, each `count` times (none for a count below 1),
//   the chain holding the Counter through its items view until it ends.
// Counts the model does not know as numbers leave the operation unfollowed.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { knownInt } from './operators';
import { makeChain } from './itertoolsChain';
import { makeTeeOrStarmap } from './itertoolsTee';

type Pos = { line: number; col: number };

export function isCounter(o: PyObj | undefined): o is PyObj {
  return !!o && o.kind === 'dict' && o.type === 'Counter' && !!o.entries && !o.fuzzy;
}

/** A known plain dict or Counter (a Mapping whose items the model holds). */
function knownMapping(o: PyObj | undefined): o is PyObj {
  return !!o && o.kind === 'dict' && !!o.entries && !o.fuzzy && !o.instanceDict;
}

/** The counts of a mapping as numbers, or undefined when one is not a known int. */
function counts(d: PyObj): bigint[] | undefined {
  const out: bigint[] = [];
  for (const e of d.entries!.values()) {
    const v = knownInt(e.value);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

function countOf(d: PyObj, key: string): bigint | undefined {
  const e = d.entries!.get(key);
  return e ? knownInt(e.value) : 0n;
}

/**
 * Counter.update / subtract (sign -1) with a mapping, an iterable and keywords, self borrowed:
 * false when not followed (self is then left as it was).
 */
export function* counterUpdate(b: Builtins, self: PyObj, src: PyObj | undefined, kwargs: [string, PyObj][], sign: 1 | -1, frame: Frame, pos: Pos): G<boolean> {
  const h = b.it.heap;
  if (!isCounter(self) || !counts(self)) return false;
  if (src && src.kind !== 'none') {
    if (src.kind === 'dict') {
      if (!knownMapping(src) || !counts(src)) return false;
      if (sign === 1 && self.entries!.size === 0) b.dictUpdate(self, src);
      else {
        for (const e of [...src.entries!.values()]) {
          const have = countOf(self, b.hashKey(e.key))!;
          const n = knownInt(e.value)!;
          b.dictSet(self, h.incref(e.key)!, b.newInt(sign === 1 ? n + have : have - n, pos));
        }
      }
    } else {
      if (src.kind === 'unknown' || src.kind === 'instance') return false;
      const before = b.standIns;
      const items = yield* b.iterateAll(src, frame);
      if (b.standIns !== before) {
        // (an iterable of unknown length: counts not known)
        for (const x of items) { h.escape(x); h.decref(x); }
        h.escape(self);
        b.fuzzContent(self);
        return true;
      }
      for (const x of items) {
        const have = countOf(self, b.hashKey(x));
        b.dictSet(self, x, b.newInt(have === undefined ? undefined : have + BigInt(sign), pos));
      }
    }
  }
  if (kwargs.length) {
    const kw = b.newDict(pos);
    for (const [k, v] of kwargs) b.dictSet(kw, b.newStr(k, pos), h.incref(v)!);
    try {
      return yield* counterUpdate(b, self, kw, [], sign, frame, pos);
    } finally {
      h.decref(kw);
    }
  }
  return true;
}

/** A new empty Counter. */
export function newCounter(b: Builtins, pos: Pos): PyObj {
  const d = b.newDict(pos);
  d.type = 'Counter';
  d.tracked = true;
  return d;
}

/** `l op r` for two Counters (op + - | &): the new Counter, or undefined when not followed. */
export function counterBinop(b: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  if (!isCounter(l) || !isCounter(r) || !'+-|&'.includes(op) || !counts(l) || !counts(r)) return undefined;
  const h = b.it.heap;
  const out = newCounter(b, pos);
  for (const e of l.entries!.values()) {
    const count = knownInt(e.value)!;
    const oe = r.entries!.get(b.hashKey(e.key));
    const other = oe ? knownInt(oe.value)! : 0n;
    if (op === '+' || op === '-') {
      const n = op === '+' ? count + other : count - other;
      if (n > 0n) b.dictSet(out, h.incref(e.key)!, b.newInt(n, pos));
    } else {
      // `other_count if count < other_count else count` (| ; & the other way round): one of the two objects.
      const otherObj = oe ? oe.value : b.smallInt(0n);
      const pick = op === '|' ? (count < other ? otherObj : e.value) : (count < other ? e.value : otherObj);
      if ((op === '|' ? (count < other ? other : count) : (count < other ? count : other)) > 0n) b.dictSet(out, h.incref(e.key)!, h.incref(pick)!);
    }
  }
  if (op !== '&') {
    for (const e of r.entries!.values()) {
      if (l.entries!.has(b.hashKey(e.key))) continue;
      const count = knownInt(e.value)!;
      if (op === '-' ? count < 0n : count > 0n) b.dictSet(out, h.incref(e.key)!, op === '-' ? b.newInt(-count, pos) : h.incref(e.value)!);
    }
  }
  return out;
}

/**
 * `+c` / `-c`: a new Counter of the positive counts (`__pos__` stores the same count object)
 * or of the negated negative ones (`__neg__` stores a new `0 - count`); undefined when not followed.
 */
export function counterUnary(b: Builtins, op: string, c: PyObj, pos: Pos): PyObj | undefined {
  if (!isCounter(c) || (op !== '+' && op !== '-') || !counts(c)) return undefined;
  const h = b.it.heap;
  const out = newCounter(b, pos);
  for (const e of c.entries!.values()) {
    const count = knownInt(e.value)!;
    if (op === '+' && count > 0n) b.dictSet(out, h.incref(e.key)!, h.incref(e.value)!);
    else if (op === '-' && count < 0n) b.dictSet(out, h.incref(e.key)!, b.newInt(-count, pos));
  }
  return out;
}

/** `l op= r` for two Counters (op + - | &): l changed in place (true), or false when not followed. */
export function counterInplace(b: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): boolean {
  if (!isCounter(l) || !isCounter(r) || !'+-|&'.includes(op) || !counts(l) || !counts(r)) return false;
  const h = b.it.heap;
  if (op === '&') {
    // for elem, count in self.items(): other_count = other[elem]; if other_count < count: self[elem] = other_count
    for (const e of [...l.entries!.values()]) {
      const oe = r.entries!.get(b.hashKey(e.key));
      const other = oe ? knownInt(oe.value)! : 0n;
      if (other < knownInt(e.value)!) b.dictSet(l, h.incref(e.key)!, h.incref(oe ? oe.value : b.smallInt(0n))!);
    }
  } else {
    for (const e of [...r.entries!.values()]) {
      const count = knownInt(e.value)!;
      const have = countOf(l, b.hashKey(e.key))!;
      if (op === '+' || op === '-') b.dictSet(l, h.incref(e.key)!, b.newInt(op === '+' ? have + count : have - count, pos));
      else if (count > have) b.dictSet(l, h.incref(e.key)!, h.incref(e.value)!);
    }
  }
  // _keep_positive: elements whose count is not above zero are deleted.
  for (const e of [...l.entries!.values()]) {
    if (knownInt(e.value)! > 0n) continue;
    const gone = b.dictDel(l, e.key)!;
    h.decref(gone.key);
    h.decref(gone.value);
  }
  b.it.recorder.noteStore();
  return true;
}

/**
 * Counter.elements() over `items` (self.items(), borrowed): the chain of
 * starmap(repeat, items) built by the itertools models themselves, so what
 * each holds between steps is theirs (a count that is not a known int leaves
 * that repeat call unfollowed).
 */
export function* counterElements(b: Builtins, items: PyObj, frame: Frame, pos: Pos): G<PyObj | undefined> {
  const h = b.it.heap;
  const sm = yield* makeTeeOrStarmap(b, 'starmap', [b.boundBuiltin('itertools.repeat'), items], new Map(), frame, pos);
  if (!sm) return undefined;
  try { return yield* makeChain(b, [sm], true, frame, pos); } finally { h.decref(sm); }
}
