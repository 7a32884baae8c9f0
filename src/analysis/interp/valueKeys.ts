// Dict and set keys whose class defines its own equality (a Python __eq__, or
// a dataclass's): CPython finds such a key by hash and __eq__, not identity,
// so an equal object reaches the entry an earlier one made (a set keeps the
// first, `d[Point(1, 2)]` finds the value stored under another Point(1, 2)).
// Equal keys share one representative (Builtins.eqRep), whose identity is their
// hash key (Builtins.hashKey), so the synchronous container code finds the entry.
// Equality is taken to be an equivalence consistent with __hash__, as dicts and
// sets require.
//
// A lookup or store in a known dict or set compares as CPython's does (lookdict,
// set's lookkey), on every lookup: the stored keys are walked in their order
// (insertion order: what a probe sequence meets among keys of one hash), the key
// itself ends the walk, and a stored key whose stored hash may equal the key's has
// `stored == key` run (its Python __eq__, and the truth of its answer), until one
// is equal. Keys of different known hashes are never compared. A key met for the
// first time is also settled against the other keys of its class, outside the
// container, so that equal keys share one representative wherever they are; where
// no container is known (a list search of pure equality, a ChainMap, a weak
// container) that settlement is all.
import { heldWhile } from './heldWhile';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { ownEquality } from './operators';
import { maybeCompareRest, itemEqual } from './sequenceSearch';
import { runHash } from './slotHooks';

/**
 * A dict / set lookup or store of `k` (PyObject_Hash, then the probe's equality): its class's own
 * `__hash__` runs (slotHooks.ts), then it is compared with the keys of `into` (the container,
 * when known) or settled against the keys of its class.
 */
/** (`setAdd`: set.add's store, compareStoredAdding) */
export function* lookupKey(bi: Builtins, k: PyObj | undefined, frame: Frame, into?: PyObj, setAdd = false): G<void> {
  yield* runHash(bi, k, frame);
  if (into?.entries && comparedByValue(bi, k)) yield* compareStoredAdding(bi, storedKeys(into), k!, frame, setAdd);
  else yield* settleKey(bi, k, frame);
}

/**
 * PyDict_SetItem's lookup of a key it stores: it takes new references to the key and the value
 * first (_PyDict_SetItem_Take2 steals them), so the key's own __hash__ / __eq__ run with one more
 * reference to each; dict(pairs) / update(pairs) (dict_merge_from_seq2) take one more before that
 * (`extra` 2). A dict display, `d[k] = v`, fromkeys and a merge from pairs store this way;
 * setdefault, a comprehension's MAP_ADD and set.add hash first. Measured (3.11-3.13): a probe in
 * __hash__ saw the key one (two for pairs) higher than the model had it.
 */
export function* lookupKeyForSetItem(bi: Builtins, k: PyObj | undefined, frame: Frame, into?: PyObj, v?: PyObj, extra = 1): G<void> {
  yield* heldWhile(bi.it.heap, [k, v], extra, lookupKey(bi, k, frame, into));
}


/** One key's hash and settling against the keys stored so far (settleOwnedKeys). */
function* settleOne(bi: Builtins, x: PyObj, stored: PyObj[], frame: Frame, hashed: boolean, setAdd: boolean): G<void> {
  if (!hashed) yield* runHash(bi, x, frame);
  if (comparedByValue(bi, x)) yield* compareStoredAdding(bi, stored, x, frame, setAdd);
  else yield* settleKey(bi, x, frame);
}

/** An instance compared by its class's own equality (a tuple holding one is settled as before). */
export function comparedByValue(bi: Builtins, k: PyObj | undefined): boolean {
  return !!k && k.kind === 'instance' && ownEquality(bi, k.cls);
}

/** The keys of a dict or set, in the order its lookups meet keys of one hash (insertion order). */
function storedKeys(c: PyObj): PyObj[] {
  const out: PyObj[] = [];
  for (const e of c.entries!.values()) out.push(e.key);
  return out;
}

/** Whether a comparison with x runs the program's own Python `__eq__` (what it keeps or counts is seen). */
function programEquality(bi: Builtins, x: PyObj): boolean {
  return x.kind === 'instance' && bi.lookupClassAttr(x.cls, '__eq__')?.kind === 'function';
}

/** Whether two keys' stored hashes are equal: undefined when either is not known. */
function sameHash(bi: Builtins, a: PyObj, b: PyObj): boolean | undefined {
  const ha = bi.keyHash.get(a);
  const hb = bi.keyHash.get(b);
  // (two numbers, or two hash keys, compare; a number and a str's hash of unknown value may be equal)
  return ha == null || hb == null || ha[0] !== hb[0] ? undefined : ha === hb;
}

/**
 * The comparisons one lookup of k makes among `stored` (a container's keys, in order). A stored
 * key known equal (the same representative) ends the walk, its `__eq__` run when it is the
 * program's. Any other of the same or an unknown hash is compared (equal keys have equal hashes,
 * so an unknown one is taken as compared). A key met for the first time takes the representative
 * of the first stored key found equal; when none is, it is settled against the other keys of its
 * class (settleKey), so that every sharer of a representative is equal, whatever container they
 * are in: those comparisons are the model's, not CPython's, which compares keys of one container
 * only. An answer the model cannot tell ends the walk: the rest may be compared or not, and k's
 * lookups give unknown results.
 */
function* compareStored(bi: Builtins, stored: readonly PyObj[], k: PyObj, frame: Frame): G<void> {
  const fresh = !bi.eqRep.has(k);
  if (fresh) bi.eqRep.set(k, k);
  const pos = { line: frame.line, col: 0 };
  for (let i = 0; i < stored.length; i++) {
    const p = stored[i];
    if (p === k) return;
    if (p.kind !== 'instance' || !ownEquality(bi, p.cls)) continue;
    const rep = bi.eqRep.get(p) ?? p;
    const equal = !k.fuzzy && !p.fuzzy && rep === bi.eqRep.get(k);
    if (!equal && sameHash(bi, p, k) === false) continue;
    if (equal && !programEquality(bi, p) && !programEquality(bi, k)) return;
    const t = yield* itemEqual(bi, p, k, frame, pos, true);
    if (equal) return;
    if (t === undefined) {
      k.fuzzy = true;
      maybeCompareRest(bi, stored.slice(i + 1).filter((x) => x.kind === 'instance' && ownEquality(bi, x.cls)), k, frame, pos);
      return;
    }
    if (t) {
      // (equal now, told apart before: an __eq__ whose answer changed; which entry a lookup finds is not known)
      if (fresh) bi.eqRep.set(k, rep);
      else k.fuzzy = true;
      return;
    }
  }
  if (fresh) yield* settleAgainst(bi, k, frame, new Set(stored));
}

/**
 * compareStored for a key being stored; `setAdd`: into a set, whose set_add_entry takes a reference
 * to the key after hashing it, before comparing ("Pre-increment is necessary to prevent arbitrary
 * code in the rich comparison from deallocating the key"; measured 3.11-3.13: `other` in __eq__
 * one higher under set.add, `{a, b}`, set(items), frozenset(items), set.update).
 */
function* compareStoredAdding(bi: Builtins, stored: readonly PyObj[], k: PyObj, frame: Frame, setAdd: boolean): G<void> {
  yield* heldWhile(bi.it.heap, [k], setAdd ? 1 : 0, compareStored(bi, stored, k, frame));
}

/**
 * One lookup of `k` (a member of a set or dict: hash stored, settled) among `stored` as set_lookkey
 * / set_add_entry run it, `k` held `hold` more meanwhile; whether an equal one is there.
 */
export function* lookupStored(bi: Builtins, stored: readonly PyObj[], k: PyObj, frame: Frame, hold: number): G<boolean> {
  if (comparedByValue(bi, k)) yield* heldWhile(bi.it.heap, [k], hold, compareStored(bi, stored, k, frame));
  const key = bi.hashKey(k);
  return stored.some((p) => p === k || bi.hashKey(p) === key);
}

/** Settles `k` (and the items of a tuple key) before a container looks it up. */
export function* settleKey(bi: Builtins, k: PyObj | undefined, frame: Frame): G<void> {
  if (!k) return;
  if (k.kind === 'tuple') {
    for (const x of k.items ?? []) yield* settleKey(bi, x, frame);
    return;
  }
  if (k.kind !== 'instance' || bi.eqRep.has(k) || !ownEquality(bi, k.cls)) return;
  bi.eqRep.set(k, k);
  yield* settleAgainst(bi, k, frame);
}

/**
 * Runs `peer == k` for the representatives of k's class (but those in `skip`) whose hash may equal
 * k's, until one is equal: k takes it as its representative.
 */
function* settleAgainst(bi: Builtins, k: PyObj, frame: Frame, skip?: ReadonlySet<PyObj>): G<void> {
  const peers = [...bi.eqRep.entries()].filter(([o, rep]) => o !== k && o === rep && o.alive && o.cls === k.cls && !skip?.has(o) && sameHash(bi, o, k) !== false).map(([o]) => o);
  if (peers.length > LIMITS.MAX_EQ_PEERS) { k.fuzzy = true; return; }
  for (const p of peers) {
    // (the key already stored is the left operand: dict / set lookups compare the entry's key with
    // the one looked up, `x in lst` and list.index / remove / count the list's item with x)
    const t = yield* bi.it.truthOf(yield* bi.compare('==', p, k, frame, { line: frame.line, col: 0 }), frame);
    // An unknown answer: lookups with this key give unknown results (subscripts.ts, operators.ts).
    if (t === undefined) { k.fuzzy = true; return; }
    if (t) { bi.eqRep.set(k, p); return; }
  }
}

/**
 * Hashes and settles each of `items` (owned) before they are stored as members / keys; when a
 * `__hash__` or `__eq__` raises, the build fails and every item goes with the error (BUILD_SET,
 * set(it), dict(pairs) …). `hashed`: the items come from a set or dict, whose stored hashes the
 * build reuses (set_merge, a dict's entries): no `__hash__` runs.
 */
export function* settleOwnedKeys(bi: Builtins, items: readonly PyObj[], frame: Frame, hashed = false, setItem = false, setAdd = false): G<void> {
  // (the keys the build has stored so far, one of each equal group: what a later item is compared with)
  const stored: PyObj[] = [];
  try {
    for (const x of items) {
      // (setItem: stored through PyDict_SetItem, which holds the key once more meanwhile: lookupKeyForSetItem)
      yield* heldWhile(bi.it.heap, [x], setItem ? 1 : 0, settleOne(bi, x, stored, frame, hashed, setAdd));
      const rep = bi.eqRep.get(x) ?? x;
      if (!stored.some((p) => p === x || (bi.eqRep.get(p) ?? p) === rep)) stored.push(x);
    }
  } catch (err) {
    for (const x of items) bi.it.heap.decref(x);
    throw err;
  }
}

/**
 * Hashes, settles and stores each of `items` (owned) in turn, as set.update and set algebra add an
 * iterable's items one by one: when a `__hash__` or `__eq__` raises, those not stored yet go with
 * the error. `hashed` as for settleOwnedKeys.
 */
export function* storeSettled(bi: Builtins, items: readonly PyObj[], frame: Frame, store: (x: PyObj) => void, hashed = false, into?: PyObj, setAdd = false): G<void> {
  let i = 0;
  try {
    for (; i < items.length; i++) {
      if (!hashed) yield* runHash(bi, items[i], frame);
      if (into?.entries && comparedByValue(bi, items[i])) yield* compareStoredAdding(bi, storedKeys(into), items[i], frame, setAdd);
      else yield* settleKey(bi, items[i], frame);
      store(items[i]);
    }
  } catch (err) {
    for (let j = i; j < items.length; j++) bi.it.heap.decref(items[j]);
    throw err;
  }
}

/** Settles every item of a list or tuple searched by equality (`in`, remove, index, count). */
export function* settleItems(bi: Builtins, seq: PyObj, frame: Frame): G<void> {
  for (const x of seq.items ?? []) yield* settleKey(bi, x, frame);
}

/**
 * The comparisons a merge makes when the keys of a set or dict `from` (hashes stored: no
 * `__hash__` runs) are added to a set or dict `into` that has keys (an empty one takes them by
 * set_insert_clean / a dict clone or insert_to_emptydict, comparing nothing): set_add_entry holds
 * each added key once more, dict_merge twice (its loop's reference and the one insertdict takes),
 * and the lookup holds the stored key it compares with (the startkey) once more. `copied`: the
 * receiver is a copy of `into` the model has not made yet (set_or / dict_or: `{a} | {c}`), so
 * `into`'s keys are held once more meanwhile.
 * Measured 3.11-3.13, a == c: `{a} | {c}` `self` 6 in __eq__, `s |= {c}` 5, `d.update({c: 2})`
 * `self` / `other` 5 / 6, `{a: 1} | {c: 2}` 6 / 6.
 */
export function* mergeCompares(bi: Builtins, into: PyObj, from: PyObj, frame: Frame, copied: boolean): G<void> {
  if (!into.entries?.size || !from.entries || ![...from.entries.values()].some((e) => comparedByValue(bi, e.key))) return;
  const stored = storedKeys(into);
  yield* heldWhile(bi.it.heap, copied ? [...stored] : [], 1, (function* () {
    for (const x of storedKeys(from)) {
      // (dict_merge takes two: its loop's own reference, and the one insertdict steals)
      if (comparedByValue(bi, x)) yield* heldWhile(bi.it.heap, [x], into.kind === 'dict' ? 1 : 0, compareStoredAdding(bi, stored, x, frame, true));
      const rep = bi.eqRep.get(x) ?? x;
      if (!stored.some((p) => p === x || (bi.eqRep.get(p) ?? p) === rep)) stored.push(x);
    }
  })());
}
