// Set algebra as Objects/setobject.c runs it. When both operands hold equal
// but distinct objects, which one the result keeps is visible in counts:
// - `a | b`, `a.union(...)`, `|=`: a copy of a updated with b: a's object;
// - `a & b` (set_intersection): iterates the smaller set (b at equal sizes)
//   and adds ITS elements found in the other; with an iterable that is not a
//   set, iterates it and adds its items; `&=` / intersection_update swap the
//   receiver's body for that result, so the receiver may end up holding b's;
// - `a - b`, difference_update, `-=`: a's own; `a ^ b`: each side's own.
// An operand of unknown content leaves every element's place unknown: the
// result's content is unknown and its elements get open counts.
import { addressHashed } from './operators';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import type { DictEntry, PyObj } from './objects';
import { mergeCompares, storeSettled } from './valueKeys';
import { storesHashes } from './slotHooks';
import { differenceCompares, differenceInPlaceCompares, intersectionCompares, symmetricDifferenceCompares, symmetricDifferenceInPlaceCompares } from './setAlgebraCompares';

type Pos = { line: number; col: number };
type SetKind = 'set' | 'frozenset';

export function isSet(o: PyObj | undefined): boolean {
  return o?.kind === 'set' || o?.kind === 'frozenset';
}

function keys(s: PyObj): PyObj[] {
  return [...(s.entries?.values() ?? [])].map((e) => e.key);
}

/** `l op r` for two sets (owned result, of l's kind). */
export function setBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): PyObj {
  const h = bi.it.heap;
  const kind = l.kind as SetKind;
  const inR = (x: PyObj): boolean => r.entries!.has(bi.hashKey(x));
  const inL = (x: PyObj): boolean => l.entries!.has(bi.hashKey(x));
  let pick: PyObj[] = [];
  if (op === '|') pick = [...keys(l), ...keys(r)];
  else if (op === '&') {
    if (l === r) pick = keys(l);
    else {
      // The smaller set is iterated (the right one at equal sizes); its elements are kept.
      const [small, big] = r.entries!.size > l.entries!.size ? [l, r] : [r, l];
      pick = keys(small).filter((x) => big.entries!.has(bi.hashKey(x)));
    }
  } else if (op === '-') pick = keys(l).filter((x) => !inR(x));
  // set_symmetric_difference: a copy of r, then l's elements toggled in it.
  else if (op === '^') pick = [...keys(r).filter((x) => !inL(x)), ...keys(l).filter((x) => !inR(x))];
  const out = bi.newSet([], pos, kind);
  for (const x of pick) bi.setAdd(out, h.incref(x)!);
  if (l.fuzzy || r.fuzzy) unsure(bi, out, op === '-' ? [l] : [l, r]);
  return out;
}

/** A result whose content is not known: each element of `from` may or may not be in it. */
function unsure(bi: Builtins, out: PyObj, from: PyObj[]): void {
  bi.fuzzContent(out);
  for (const s of from) for (const x of keys(s)) bi.fuzz(x);
}

/**
 * `so & other` (set_intersection) for an `other` that may be any iterable: a set goes by the
 * size rule above; any other iterable is run to its end and its items found in `so` are kept.
 */
function* intersect(bi: Builtins, so: PyObj, other: PyObj, kind: SetKind, frame: Frame, pos: Pos): G<PyObj> {
  if (isSet(other)) {
    yield* intersectionCompares(bi, so, other, frame);
    return setBinop(bi, '&', so, other, pos);
  }
  const out = bi.newSet([], pos, kind);
  const before = bi.standIns;
  try {
    yield* storeSettled(bi, yield* bi.iterateAll(other, frame), frame, (x) => {
      const found = so.entries!.has(bi.hashKey(x));
      // (an item of unknown value, or a receiver of unknown content: it may be kept or not)
      if (!found && (so.fuzzy || bi.keyUnknown(x))) { bi.fuzz(x); bi.fuzzContent(out); }
      if (found) bi.setAdd(out, x);
      else bi.it.heap.decref(x);
    }, false, so);
  } catch (err) {
    bi.it.heap.decref(out);
    throw err;
  }
  bi.filledFrom(out, before);
  if (so.fuzzy) unsure(bi, out, [out]);
  return out;
}

/** The receiver takes over `res`'s content (set_swap_bodies): what it held before is released. */
export function swapBodies(bi: Builtins, self: PyObj, res: PyObj): void {
  const h = bi.it.heap;
  const old: Map<string, DictEntry> = self.entries!;
  self.entries = res.entries;
  res.entries = new Map();
  if (res.fuzzy) bi.fuzzContent(self);
  for (const e of old.values()) h.decref(e.key);
  bi.it.recorder.noteStore();
}

/**
 * union / intersection / difference / symmetric_difference and their `_update` forms, with any
 * number of iterables (set_*_multi). Undefined: not one of these.
 */
export function* setAlgebraMethod(bi: Builtins, self: PyObj, method: string, others: PyObj[], frame: Frame, pos: Pos): G<PyObj | undefined> {
  const h = bi.it.heap;
  const kind = self.kind as SetKind;
  // A copy of self (a new object even for a frozenset: set_copy).
  const copy = (): PyObj => {
    const c = bi.newSet(keys(self).map((x) => h.incref(x)!), pos, kind);
    if (self.fuzzy) bi.fuzzContent(c);
    return c;
  };
  const asSet = (src: PyObj): G<PyObj> => setOf(bi, src, frame, pos);
  switch (method) {
    case 'union': {
      let acc = copy();
      for (const o of others) acc = yield* replaceWith(bi, acc, function* () { const s = yield* asSet(o); try { if (isSet(o)) yield* mergeCompares(bi, acc, s, frame, false); return setBinop(bi, '|', acc, s, pos); } finally { h.decref(s); } });
      return acc;
    }
    case 'intersection': case 'intersection_update': {
      let acc = others.length ? h.incref(self)! : copy();
      for (const o of others) acc = yield* replaceWith(bi, acc, () => intersect(bi, acc, o, kind, frame, pos));
      if (method === 'intersection') return acc;
      if (acc !== self) swapBodies(bi, self, acc);
      h.decref(acc);
      return bi.none;
    }
    case 'difference': case 'difference_update': {
      // (set_difference_multi: a first set or dict argument by set_difference on self, which
      // makes no copy of self; the rest by set_difference_update_internal on the result)
      const bySet = (o: PyObj | undefined): boolean => !!o && (isSet(o) || o.kind === 'dict');
      const firstBySet = method === 'difference' && bySet(others[0]);
      if (firstBySet) yield* differenceCompares(bi, self, others[0], frame);
      let acc = method === 'difference' ? copy() : h.incref(self)!;
      for (const [i, o] of others.entries()) {
        if (!bySet(o)) {
          // set_copy_and_difference / set_difference_update_internal with an iterable that is not
          // a set or dict: no set is made of it; each item is looked up in the receiver and
          // discarded (set_discard_key -> set_lookkey, whose compare holds the member, not the
          // item). Measured 3.11-3.13 (`{a}.difference([c])`, a == c): self 6, other 5 in __eq__.
          yield* storeSettled(bi, yield* bi.iterateAll(o, frame), frame, (x) => { discardKey(bi, acc, x); h.decref(x); }, storesHashes(o), acc);
          if (acc.fuzzy) unsure(bi, acc, [acc]);
          continue;
        }
        if (!firstBySet || i > 0) yield* differenceInPlaceCompares(bi, acc, o, frame);
        const s = yield* asSet(o);
        try {
          discardAll(bi, acc, s);
        } finally {
          h.decref(s);
        }
      }
      if (method === 'difference') return acc;
      h.decref(acc);
      return bi.none;
    }
    case 'symmetric_difference': case 'symmetric_difference_update': {
      if (others.length !== 1) return undefined;
      // (symmetric_difference_update with an exact dict toggles its keys in self as they are: no
      // set is made of them, so the model's is made after the comparisons)
      const o = others[0];
      const byDict = method === 'symmetric_difference_update' && o.kind === 'dict' && o.type === 'dict' && !o.cls;
      if (byDict) yield* symmetricDifferenceInPlaceCompares(bi, self, o, frame);
      const s = yield* asSet(o);
      try {
        // (symmetric_difference: self's members toggled in a set made of the argument, a copy of
        // a set; symmetric_difference_update: the argument's (or the set made of it) in self)
        if (method === 'symmetric_difference') yield* symmetricDifferenceCompares(bi, self, s, frame, isSet(o));
        else if (!byDict) yield* symmetricDifferenceInPlaceCompares(bi, self, s, frame);
        const res = setBinop(bi, '^', self, s, pos);
        if (method === 'symmetric_difference') return res;
        swapBodies(bi, self, res);
        h.decref(res);
        return bi.none;
      } finally {
        h.decref(s);
      }
    }
  }
  return undefined;
}

/** A set made from an iterable (its first of equal items kept, owned); a set is used as it is. */
export function* setOf(bi: Builtins, src: PyObj, frame: Frame, pos: Pos): G<PyObj> {
  const h = bi.it.heap;
  if (isSet(src)) return h.incref(src)!;
  const before = bi.standIns;
  const s = bi.newSet([], pos, 'set');
  try {
    yield* storeSettled(bi, yield* bi.iterateAll(src, frame), frame, (x) => bi.setAdd(s, x), storesHashes(src), s, true);
  } catch (err) {
    h.decref(s);
    throw err;
  }
  return bi.filledFrom(s, before);
}

/** Runs `step` on `acc` and drops `acc` for what it gives. */
function* replaceWith(bi: Builtins, acc: PyObj, step: () => G<PyObj>): G<PyObj> {
  try {
    return yield* step();
  } finally {
    bi.it.heap.decref(acc);
  }
}

/** difference_update with a set: each of its elements removed from `s` (its own objects stay). */
function discardAll(bi: Builtins, s: PyObj, other: PyObj): void {
  for (const x of keys(other)) discardKey(bi, s, x);
  // (a set of unknown content may remove anything of s)
  if (other.fuzzy) unsure(bi, s, [s]);
  bi.it.recorder.noteStore();
}

/** Removes the member equal to `x` from `s`, if any (its reference goes). */
function discardKey(bi: Builtins, s: PyObj, x: PyObj): void {
  const k = bi.hashKey(x);
  const e = s.entries!.get(k);
  if (e) {
    s.entries!.delete(k);
    bi.it.heap.decref(e.key);
    bi.it.recorder.noteStore();
  } else if (bi.keyUnknown(x)) {
    // (an element of unknown value may remove any of s's)
    bi.fuzzContent(s);
  }
}

/**
 * A dict's keys view as an operand of `&` `|` `-` `^` (dictobject.c dictviews_*, 3.11-3.13): the
 * result is a new set. `|`, `-`, `^` make `set(left)` (a keys view: the dict's keys, in order) and
 * update it with the right one: update / difference_update / symmetric_difference_update, so
 * the left one's objects are kept, and the right one's where only it has them. `&`
 * (_PyDictView_Intersect) puts the view first; an exact set at least as long as the view runs
 * set.intersection(view), keeping the view's keys it finds; otherwise (a bigger view first) it
 * iterates the other operand and keeps the other's items the view's dict contains.
 * Undefined unless one side is the keys view of a dict of known content and every element on
 * both sides is a value of known hash and equality (no __hash__ / __eq__ of the program runs).
 */
export function keysViewBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  if (!['&', '|', '-', '^'].includes(op) || (!isKeysView(l) && !isKeysView(r))) return undefined;
  const le = plainElements(bi, l);
  const re = plainElements(bi, r);
  if (!le || !re) return undefined;
  const within = (xs: PyObj[]): ((x: PyObj) => boolean) => {
    const ks = new Set(xs.map((x) => bi.hashKey(x)));
    return (x) => ks.has(bi.hashKey(x));
  };
  let pick: PyObj[];
  if (op === '&') {
    let [self, other, se, oe] = isKeysView(l) ? [l, r, le, re] : [r, l, re, le];
    if (other.kind === 'set' && other.type === 'set' && !other.cls && se.length <= oe.length) pick = se.filter(within(oe));
    else {
      if (isKeysView(other) && oe.length > se.length) [self, other, se, oe] = [other, self, oe, se];
      pick = oe.filter(within(se));
    }
  } else if (op === '|') pick = [...le, ...re];
  else {
    const inLeft = within(le);
    const inRight = within(re);
    pick = le.filter((x) => !inRight(x));
    if (op === '^') pick.push(...re.filter((x) => !inLeft(x)));
  }
  const out = bi.newSet([], pos, 'set');
  const seen = new Set<string>();
  for (const x of pick) {
    const k = bi.hashKey(x);
    if (seen.has(k)) continue;
    seen.add(k);
    bi.setAdd(out, bi.it.heap.incref(x)!);
  }
  return out;
}

function isKeysView(o: PyObj): boolean {
  const d = o.kind === 'view' && o.iterKind === 'dict_keys' ? o.iterSource : undefined;
  return !!d && d.kind === 'dict' && d.type === 'dict' && !d.cls && !!d.entries && !d.fuzzy;
}

/** Kinds whose hash and equality are the value's own (no program code), when its value is known. */
const PLAIN_KEY_KINDS = new Set(['str', 'int', 'float', 'bool', 'none', 'bytes', 'tuple', 'frozenset']);

/**
 * The distinct elements of a keys view, an exact set / frozenset, list or tuple of known content,
 * in iteration order (first of equal ones), when each is a plain key; undefined otherwise.
 */
function plainElements(bi: Builtins, o: PyObj): PyObj[] | undefined {
  let xs: PyObj[];
  if (isKeysView(o)) xs = [...o.iterSource!.entries!.values()].map((e: DictEntry) => e.key);
  else if (isSet(o) && !o.cls && !o.fuzzy && o.entries) xs = keys(o);
  else if ((o.kind === 'list' || o.kind === 'tuple') && o.type === o.kind && !o.cls && !o.fuzzy && o.items) xs = o.items;
  else return undefined;
  if (xs.some((x) => !addressHashed(bi, x) && (!PLAIN_KEY_KINDS.has(x.kind) || x.type !== x.kind || x.cls || x.fuzzy || bi.keyUnknown(x)))) return undefined;
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = bi.hashKey(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * `view.isdisjoint(other)` for a dict's keys view (dictviews_isdisjoint): whether no element of
 * one is in the other, when every element on both sides is a plain key or an identity-hashed
 * instance (no program code runs); undefined otherwise.
 */
export function keysViewDisjoint(bi: Builtins, view: PyObj, other: PyObj): boolean | undefined {
  if (!isKeysView(view)) return undefined;
  const ve = plainElements(bi, view);
  const oe = plainElements(bi, other);
  if (!ve || !oe) return undefined;
  const keys = new Set(ve.map((x) => bi.hashKey(x)));
  return !oe.some((x) => keys.has(bi.hashKey(x)));
}

/**
 * A dict's keys view compared with another keys view or an exact set (dictview_richcompare; a set
 * on the left declines a view, which answers reflected): the set relation of their elements, when
 * they are plain keys or identity-hashed instances; undefined otherwise (a list: no relation).
 */
export function keysViewRelation(bi: Builtins, op: string, l: PyObj, r: PyObj): boolean | undefined {
  if (!isKeysView(l) && !isKeysView(r)) return undefined;
  const setLike = (o: PyObj): boolean => isKeysView(o) || (isSet(o) && o.type === o.kind && !o.cls);
  if (!setLike(l) || !setLike(r)) return undefined;
  const le = plainElements(bi, l);
  const re = plainElements(bi, r);
  if (!le || !re) return undefined;
  const lk = new Set(le.map((x) => bi.hashKey(x)));
  const rk = new Set(re.map((x) => bi.hashKey(x)));
  const lInR = [...lk].every((k) => rk.has(k));
  const rInL = [...rk].every((k) => lk.has(k));
  switch (op) {
    case '==': return lInR && rInL;
    case '!=': return !(lInR && rInL);
    case '<=': return lInR;
    case '<': return lInR && lk.size < rk.size;
    case '>=': return rInL;
    case '>': return rInL && rk.size < lk.size;
    default: return undefined;
  }
}
