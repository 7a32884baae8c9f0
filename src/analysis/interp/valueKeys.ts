// Dict and set keys whose class defines its own equality (a Python __eq__, or
// a dataclass's): CPython finds such a key by hash and __eq__, not identity,
// so an equal object reaches the entry an earlier one made (a set keeps the
// first, `d[Point(1, 2)]` finds the value stored under another Point(1, 2)).
// Before a dict, set or list operation looks such a key up, its __eq__ is run
// against the live keys of its class settled before, as the lookup would; the
// first equal one lends it its hash key (Builtins.hashKey reads `eqRep`), so
// the synchronous container code finds the entry. Equality is taken to be an
// equivalence consistent with __hash__, as dicts and sets require.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { ownEquality } from './operators';
import { runHash } from './slotHooks';

/**
 * A dict / set lookup or store of `k` (PyObject_Hash, then the probe's equality): its class's own
 * `__hash__` runs (slotHooks.ts), then it is settled against the keys of its class.
 */
export function* lookupKey(bi: Builtins, k: PyObj | undefined, frame: Frame): G<void> {
  yield* runHash(bi, k, frame);
  yield* settleKey(bi, k, frame);
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
  const peers = [...bi.eqRep.entries()].filter(([o, rep]) => o !== k && o === rep && o.alive && o.cls === k.cls).map(([o]) => o);
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
export function* settleOwnedKeys(bi: Builtins, items: readonly PyObj[], frame: Frame, hashed = false): G<void> {
  try {
    for (const x of items) yield* (hashed ? settleKey(bi, x, frame) : lookupKey(bi, x, frame));
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
export function* storeSettled(bi: Builtins, items: readonly PyObj[], frame: Frame, store: (x: PyObj) => void, hashed = false): G<void> {
  let i = 0;
  try {
    for (; i < items.length; i++) {
      yield* (hashed ? settleKey(bi, items[i], frame) : lookupKey(bi, items[i], frame));
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
