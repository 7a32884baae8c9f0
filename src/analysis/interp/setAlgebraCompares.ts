// The comparisons Objects/setobject.c's set algebra runs between two sets' members when they
// have their own __eq__ (setAlgebra.ts then computes the result): which member is looked up in
// which set, in what order, and who holds what meanwhile, so a probe in the program's __eq__ sees
// CPython's counts. Every loop below takes its own reference to the member it looks up
// (`Py_INCREF(key)` before set_contains_entry / set_discard_entry); a lookup holds the stored
// member it compares with (set_lookkey's startkey, valueKeys.ts), and set_add_entry holds the
// added key once more. A set the operation builds holds what it has taken so far.
// Measured 3.11-3.13 (`self` / `other` in __eq__, a == c, equal hashes): `{a} & {c}` 5 / 5,
// `{a} - {c}` 5 / 5, `{a} ^ {c}` 6 / 5, `{a}.symmetric_difference([c])` 6 / 5.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import { heldWhile } from './heldWhile';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { comparedByValue, lookupStored } from './valueKeys';
import { runHash } from './slotHooks';

/** The members of a set (or a dict's keys), in the order its lookups meet them. */
function members(s: PyObj): PyObj[] {
  return [...(s.entries?.values() ?? [])].map((e) => e.key);
}

/** Whether any member of these sets is compared by its class's own equality (else nothing runs). */
function compares(bi: Builtins, sets: readonly PyObj[]): boolean {
  return sets.every((s) => s.entries) && sets.some((s) => members(s).some((x) => comparedByValue(bi, x)));
}

/**
 * A set the operation changes while it compares: its members, in order. `owns`: a set the
 * operation made (a copy, a result), holding each member once; a program's set changed in place
 * holds its own already (what it lets go is let go when setAlgebra.ts finishes the change), and
 * what it takes meanwhile (`^=`: set_add_entry) is held from then on, let go at the end, when
 * setAlgebra.ts stores it for good.
 */
class Working {
  private readonly added = new Set<PyObj>();

  constructor(private readonly bi: Builtins, readonly items: PyObj[], private readonly owns: boolean) {
    if (owns) for (const x of items) bi.it.heap.incref(x);
  }

  add(x: PyObj): void {
    this.items.push(x);
    this.bi.it.heap.incref(x);
    this.added.add(x);
  }

  discard(x: PyObj): void {
    const k = this.bi.hashKey(x);
    const i = this.items.findIndex((p) => p === x || this.bi.hashKey(p) === k);
    if (i < 0) return;
    const [p] = this.items.splice(i, 1);
    if (this.added.delete(p) || this.owns) this.bi.it.heap.decref(p);
  }

  /** The members it took from the walk so far. */
  addedItems(): PyObj[] {
    return [...this.added];
  }

  release(): void {
    for (const x of this.items) if (this.owns || this.added.has(x)) this.bi.it.heap.decref(x);
    this.added.clear();
    this.items.length = 0;
  }
}

/**
 * Runs `body`, a lookup of `x` (a member of a set walked in its slot order, which the model does
 * not know) among `peers` that took their place from the same walk (members it added before x).
 * In another order x would have come first and the two would swap their parts in the comparison:
 * while it runs, each one's recorded count is widened to what the other would count in its part
 * (Interpreter.countSlack / countExtra). `pending`: x's holds the lookup takes after this;
 * `swapped(pAt, xAt)`: from what p (held once more by the lookup) and x count in the comparison,
 * what they would count with their parts swapped, [p, x].
 */
function* rolesOpen<R>(bi: Builtins, peers: readonly PyObj[], x: PyObj, pending: number, swapped: (pAt: number, xAt: number) => [number, number], body: G<R>): G<R> {
  const it = bi.it;
  const changes: [Map<PyObj, number>, PyObj, number][] = [];
  const widen = (o: PyObj, by: number): void => {
    const [m, n] = by > 0 ? [it.countExtra, by] : [it.countSlack, -by];
    if (n === 0) return;
    m.set(o, (m.get(o) ?? 0) + n);
    changes.push([m, o, n]);
  };
  let up = 0;
  let down = 0;
  for (const p of peers) {
    if (p === x || !comparedByValue(bi, p)) continue;
    const pAt = p.rc + 1;
    const xAt = x.rc + pending;
    const [sp, sx] = swapped(pAt, xAt);
    widen(p, sx - pAt);
    up = Math.max(up, sp - xAt);
    down = Math.max(down, xAt - sp);
  }
  widen(x, up);
  widen(x, -down);
  try {
    return yield* body;
  } finally {
    for (const [m, o, n] of changes) {
      const v = (m.get(o) ?? 0) - n;
      if (v > 0) m.set(o, v);
      else m.delete(o);
    }
  }
}

/** Runs `body` on a Working set, released however it ends. */
function* working<R>(w: Working, body: (w: Working) => G<R>): G<R> {
  try {
    return yield* body(w);
  } finally {
    w.release();
  }
}

/**
 * set_intersection(so, other), other a set: the bigger set (so at equal sizes) is looked up, each
 * member of the other held once more; a found one is added to the result (set_add_entry: compared
 * with the result's members, held once more again). The result's members, in order.
 */
export function* intersectionCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame): G<PyObj[]> {
  const [big, small] = (other.entries?.size ?? 0) > (so.entries?.size ?? 0) ? [other, so] : [so, other];
  if (so === other || !compares(bi, [so, other])) return members(small).filter((x) => big.entries?.has(bi.hashKey(x)));
  const stored = members(big);
  return yield* working(new Working(bi, [], true), function* (res) {
    for (const x of members(small)) {
      yield* heldWhile(bi.it.heap, [x], 1, (function* () {
        if (yield* lookupStored(bi, stored, x, frame, 0)) {
          yield* rolesOpen(bi, res.items, x, 1, (pAt, xAt) => [pAt, xAt], lookupStored(bi, res.items, x, frame, 1));
          res.add(x);
        }
      })());
    }
    return [...res.items];
  });
}

/**
 * set_difference(so, other), other a set or dict: a receiver more than four times as big is
 * copied and `other`'s members discarded from the copy (set_copy_and_difference); otherwise each
 * member of so, held once more, is looked up in other and the ones not found are added to the result.
 */
export function* differenceCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame): G<void> {
  if (!compares(bi, [so, other])) return;
  const n = so.entries!.size;
  if ((n >> 2) > other.entries!.size) {
    yield* working(new Working(bi, members(so), true), (w) => differenceUpdateCompares(bi, w, so, other, frame));
    return;
  }
  const stored = members(other);
  yield* working(new Working(bi, [], true), function* (res) {
    for (const x of members(so)) {
      yield* heldWhile(bi.it.heap, [x], 1, (function* () {
        if (!(yield* lookupStored(bi, stored, x, frame, 0))) {
          yield* rolesOpen(bi, res.items, x, 1, (pAt, xAt) => [pAt, xAt], lookupStored(bi, res.items, x, frame, 1));
          res.add(x);
        }
      })());
    }
  });
}

/**
 * set_difference_update_internal(so, other), other a set or dict (`-=`, difference_update, and the
 * rest of difference's arguments): each member of other, held once more, is discarded from so
 * (`w`, so's members); an other set more than eight times as big is first intersected with so.
 */
function* differenceUpdateCompares(bi: Builtins, w: Working, so: PyObj, other: PyObj, frame: Frame): G<void> {
  if (so === other || !compares(bi, [so, other])) return;
  if (!isSetLike(other)) {
    // (a dict is walked as an iterable: each key held by the walk, hashed again, looked up and discarded)
    for (const x of members(other)) yield* heldWhile(bi.it.heap, [x], 1, (function* () {
      yield* runHash(bi, x, frame);
      if (yield* lookupStored(bi, w.items, x, frame, 0)) w.discard(x);
    })());
    return;
  }
  const inter = (other.entries!.size >> 3) > w.items.length;
  const from = inter ? yield* intersectionCompares(bi, so, other, frame) : members(other);
  // (the intersection is a new set holding its members while they are discarded)
  yield* working(new Working(bi, from, inter), function* (src) {
    for (const x of src.items) yield* heldWhile(bi.it.heap, [x], 1, (function* () {
      if (yield* lookupStored(bi, w.items, x, frame, 0)) w.discard(x);
    })());
  });
}

/** differenceUpdateCompares on the program's set itself (`-=`, difference_update). */
export function* differenceInPlaceCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame): G<void> {
  if (!so.entries) return;
  yield* differenceUpdateCompares(bi, new Working(bi, members(so), false), so, other, frame);
}

/**
 * set_symmetric_difference_update on `w` with the members of `from`: each, held once more, is
 * discarded from w, or when not there added to it (set_add_entry: compared with w's members again).
 */
function* toggleCompares(bi: Builtins, w: Working, from: readonly PyObj[], frame: Frame): G<void> {
  for (const x of from) {
    // (members this walk added before x: in another order x would be the one added)
    const swap = (hx: number) => (pAt: number, xAt: number): [number, number] => [pAt - 2 + hx, xAt - hx + 2];
    yield* heldWhile(bi.it.heap, [x], 1, (function* () {
      if (yield* rolesOpen(bi, w.addedItems(), x, 0, swap(1), lookupStored(bi, w.items, x, frame, 0))) w.discard(x);
      else {
        yield* rolesOpen(bi, w.addedItems(), x, 1, swap(2), lookupStored(bi, w.items, x, frame, 1));
        w.add(x);
      }
    })());
  }
}

/**
 * `so ^ other` / so.symmetric_difference(other) (set_symmetric_difference): a new set made of
 * `other` (`otherIsCopy`: a copy of a set, holding its members once more; else the set the model
 * made of an iterable, which holds them already), then so's members toggled in it.
 */
export function* symmetricDifferenceCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame, otherIsCopy: boolean): G<void> {
  if (!compares(bi, [so, other])) return;
  yield* working(new Working(bi, members(other), otherIsCopy), (w) => toggleCompares(bi, w, members(so), frame));
}

/** `so ^= other` / symmetric_difference_update: other's members toggled in so itself (so === other: cleared). */
export function* symmetricDifferenceInPlaceCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame): G<void> {
  if (so === other || !compares(bi, [so, other])) return;
  yield* toggleCompares(bi, new Working(bi, members(so), false), members(other), frame);
}

/** Whether the model knows every member of these sets (content, values): their relations can be told. */
function known(bi: Builtins, sets: readonly PyObj[]): boolean {
  return sets.every((s) => s.entries && !s.fuzzy && members(s).every((x) => !bi.keyUnknown(x)));
}

/** Whether `x` is in set `s` (by the model's equal-key representatives). */
function holds(bi: Builtins, s: PyObj, x: PyObj): boolean {
  return s.entries!.has(bi.hashKey(x));
}

/**
 * set_issubset(so, other) of two sets: a bigger so is not (no lookups); otherwise each member of so,
 * held once more, is looked up in other until one is not there. The walk is in the table's slot
 * order, which the model does not know (setOrder.ts): it is followed when every member is found
 * (all are walked, in any order) or so has one member; false (nothing run) otherwise.
 */
function* subsetCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame): G<boolean> {
  if (!compares(bi, [so, other]) || so.entries!.size > other.entries!.size) return true;
  if (!known(bi, [so, other])) return false;
  const walked = members(so);
  if (walked.length > 1 && !walked.every((x) => holds(bi, other, x))) return false;
  const stored = members(other);
  for (const x of walked) {
    if (!(yield* heldWhile(bi.it.heap, [x], 1, lookupStored(bi, stored, x, frame, 0)))) break;
  }
  return true;
}

/**
 * set_isdisjoint(so, other) of two sets: the smaller one (other at equal sizes) is walked, each
 * member held once more and looked up in the other, until one is found. Followed (true) when none is
 * (all are walked) or the walked set has one member.
 */
function* disjointCompares(bi: Builtins, so: PyObj, other: PyObj, frame: Frame): G<boolean> {
  if (so === other || !compares(bi, [so, other])) return true;
  if (!known(bi, [so, other])) return false;
  const [big, small] = other.entries!.size > so.entries!.size ? [other, so] : [so, other];
  const walked = members(small);
  if (walked.length > 1 && walked.some((x) => holds(bi, big, x))) return false;
  const stored = members(big);
  for (const x of walked) {
    if (yield* heldWhile(bi.it.heap, [x], 1, lookupStored(bi, stored, x, frame, 0))) break;
  }
  return true;
}

/**
 * `l op r` for two sets and an order or equality operator (set_richcompare): `<=` / `>=` are
 * set_issubset one way or the other, `<` / `>` too when the sizes allow, `==` / `!=` when the sizes
 * are equal (two frozensets whose cached hashes differ answer False first: not followed). The
 * lookups run; false when the model cannot tell which run (nothing run).
 */
export function* relationCompares(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame): G<boolean> {
  if (!compares(bi, [l, r])) return true;
  const nl = l.entries!.size;
  const nr = r.entries!.size;
  switch (op) {
    case '<=': return yield* subsetCompares(bi, l, r, frame);
    case '>=': return yield* subsetCompares(bi, r, l, frame);
    case '<': return nl >= nr || (yield* subsetCompares(bi, l, r, frame));
    case '>': return nl <= nr || (yield* subsetCompares(bi, r, l, frame));
    case '==': case '!=':
      if (nl !== nr) return true;
      if (l.kind === 'frozenset' && r.kind === 'frozenset') return false;
      return yield* subsetCompares(bi, l, r, frame);
  }
  return false;
}

/**
 * so.issubset / issuperset / isdisjoint(other) with the lookups they make: a set argument as the
 * operators; issubset makes a set of an iterable first (`asSet`); issuperset / isdisjoint walk an
 * iterable in its own order, hashing each item and looking it up in so (held by the walk only),
 * to the first one missing / found. A bool (owned), or undefined when not followed.
 */
export function* predicateCompares(bi: Builtins, so: PyObj, method: string, other: PyObj, frame: Frame, asSet: (o: PyObj) => G<PyObj>): G<PyObj | undefined> {
  if (!known(bi, [so])) return undefined;
  if (isSetLike(other)) {
    if (!known(bi, [other])) return undefined;
    const followed = method === 'isdisjoint' ? yield* disjointCompares(bi, so, other, frame) : yield* subsetCompares(bi, method === 'issubset' ? so : other, method === 'issubset' ? other : so, frame);
    if (!followed) return undefined;
    const [a, b] = method === 'issuperset' ? [other, so] : [so, other];
    return bi.bool(method === 'isdisjoint' ? !members(a).some((x) => holds(bi, b, x)) : members(a).every((x) => holds(bi, b, x)));
  }
  if ((other.kind !== 'list' && other.kind !== 'tuple') || other.type !== other.kind || other.fuzzy || !other.items) return undefined;
  if (method === 'issubset' && bi.it.vm.issubsetByIntersection) return yield* subsetOfItems(bi, so, other.items, frame);
  if (method === 'issubset') {
    // (3.11: set_issubset walks so in its slot order to the first member missing from the set made of the
    // iterable: when that may come before others, which lookups run is not known; told before the
    // set is made, which compares nothing then, from items already settled)
    if (so.entries!.size > 1) {
      if (other.items.some((x) => x.fuzzy || bi.keyUnknown(x) || (comparedByValue(bi, x) && !bi.eqRep.has(x)))) return undefined;
      const keys = new Set(other.items.map((x) => bi.hashKey(x)));
      if (!members(so).every((x) => keys.has(bi.hashKey(x)))) return undefined;
    }
    const tmp = yield* asSet(other);
    try {
      if (!known(bi, [tmp]) || !(yield* subsetCompares(bi, so, tmp, frame))) {
        // (which lookups ran is not known: the members' counts open, the answer too)
        for (const x of members(so)) bi.fuzz(x);
        return bi.unknownBool(frame.line, 0);
      }
      return bi.bool(members(so).every((x) => holds(bi, tmp, x)));
    } finally {
      bi.it.heap.decref(tmp);
    }
  }
  const stored = members(so);
  for (const x of [...other.items]) {
    // (PyIter_Next's reference holds the item while set_contains_key hashes and compares it)
    const found = yield* heldWhile(bi.it.heap, [x], 1, (function* () {
      yield* runHash(bi, x, frame);
      return yield* lookupStored(bi, stored, x, frame, 0);
    })());
    if (bi.keyUnknown(x)) return bi.unknownBool(frame.line, 0);
    if (method === 'isdisjoint' ? found : !found) return bi.bool(false);
  }
  return bi.bool(true);
}

function isSetLike(o: PyObj): boolean {
  return o.kind === 'set' || o.kind === 'frozenset';
}

/**
 * so.issubset(iterable) on 3.12+: set_intersection(so, iterable), whose walk takes each item in the
 * iterable's order (PyIter_Next's reference holding it), hashes it and looks it up in so; a found
 * one goes into the result (set_add_entry: compared with the result's members, held once more),
 * and the walk stops once the result has as many members as so. Measured 3.12 / 3.13:
 * `{b}.issubset([e, d, c])`, b == d: two comparisons, `self` 6 in both.
 */
function* subsetOfItems(bi: Builtins, so: PyObj, items: readonly PyObj[], frame: Frame): G<PyObj> {
  const stored = members(so);
  const n = stored.length;
  return yield* working(new Working(bi, [], true), function* (res) {
    for (const x of [...items]) {
      if (res.items.length >= n) break;
      yield* heldWhile(bi.it.heap, [x], 1, (function* () {
        yield* runHash(bi, x, frame);
        if ((yield* lookupStored(bi, stored, x, frame, 0)) && !(yield* lookupStored(bi, res.items, x, frame, 1))) res.add(x);
      })());
      if (bi.keyUnknown(x)) return bi.unknownBool(frame.line, 0);
    }
    return bi.bool(res.items.length === n);
  });
}
