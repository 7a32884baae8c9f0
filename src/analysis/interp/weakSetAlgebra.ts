// WeakSet's set algebra as _weakrefset.py writes it (the same in 3.11-3.13).
// None of it holds an item strongly; what it changes is which weak
// references exist:
//
// - union / `|`: self.__class__(e for s in (self, other) for e in s), a new
//   WeakSet with one weak reference (with its _remove callback) per item.
// - intersection / `&`: self.__class__(item for item in other if item in self).
// - difference / `-`, symmetric_difference / `^`: self.copy() (a new WeakSet
//   of self's items), then the in-place operation on it.
// - `|=` / update: self.add(item) for each; `-=` / difference_update:
//   data.difference_update(ref(item) for item in other), the entries of
//   other's items dropped (their weak references freed; the callback-less
//   ref(item) made for the lookup is freed at once); `^=` /
//   symmetric_difference_update: data.symmetric_difference_update(ref(item,
//   self._remove) ...) over other's distinct items, an entry per item of
//   other not in self, the entries of the common ones dropped. `s -= s` and
//   `s ^= s` clear data.
//
// `&=` / intersection_update is not followed: data.intersection_update(ref(item)
// for item in other) keeps the callback-less references it was given
// (set_intersection adds other's keys), so those entries no longer leave when
// their items die; the generic path leaves it open.
//
// Followed only when `other` is a WeakSet or an exact list / tuple / set /
// frozenset the model knows item by item, every item an object with identity
// equality that takes a weak reference: nothing runs while it is iterated and
// no TypeError can come of it. Undefined otherwise (the caller's generic path).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { ownEquality } from './operators';
import { notWeakrefable } from './typeErrors';
import { dropEntry, liveEntries, newWeakContainer, weakCopy, weakSetAdd } from './weakContainers';

type Pos = { line: number; col: number };

/** The operators and the methods they are. */
const OPERATORS: Readonly<Record<string, string>> = { '|': 'union', '&': 'intersection', '-': 'difference', '^': 'symmetric_difference' };
const INPLACE: Readonly<Record<string, string>> = { '|': 'update', '-': 'difference_update', '^': 'symmetric_difference_update' };

/** Whether `o` is a WeakSet the model made and knows the content of. */
function knownWeakSet(o: PyObj | undefined): boolean {
  return !!o && o.kind === 'instance' && !!o.weakContainer && o.type === 'WeakSet' && !o.fuzzy;
}

/** The distinct items of `other` in iteration order (borrowed), or undefined when not followed. */
function itemsOf(bi: Builtins, other: PyObj): PyObj[] | undefined {
  let items: PyObj[];
  if (knownWeakSet(other)) items = liveEntries(other).map((e) => e.value);
  else if ((other.kind === 'list' || other.kind === 'tuple') && !other.cls && !other.fuzzy && other.items) items = other.items;
  else if ((other.kind === 'set' || other.kind === 'frozenset') && !other.cls && !other.fuzzy && other.entries) items = [...other.entries.values()].map((e) => e.key);
  else return undefined;
  const plain = (x: PyObj): boolean => (x.kind === 'instance' && !x.weakContainer && !x.basePayload && !!x.cls && !ownEquality(bi, x.cls) && !notWeakrefable(x)) || x.kind === 'function';
  if (!items.every(plain)) return undefined;
  return [...new Set(items)];
}

/** The entry key of `x` in WeakSet `c` when it is a live member. */
function memberKey(bi: Builtins, c: PyObj, x: PyObj): string | undefined {
  const hk = bi.hashKey(x);
  const e = c.weakEntries?.get(hk);
  return e && e.value.alive ? hk : undefined;
}

/** Drops `x`'s entry from WeakSet `c`, if it is a member. */
function discard(bi: Builtins, c: PyObj, x: PyObj): void {
  const hk = memberKey(bi, c, x);
  if (hk === undefined) return;
  const e = c.weakEntries!.get(hk)!;
  c.weakEntries!.delete(hk);
  dropEntry(bi.it, c, e);
}

/** The in-place methods on `c` (which the caller knows is a WeakSet of known content). */
function applyInPlace(bi: Builtins, c: PyObj, method: string, other: PyObj, items: PyObj[]): void {
  if (other === c && method !== 'update') {
    // (`s -= s`, `s ^= s`: data.clear())
    for (const x of liveEntries(c).map((e) => e.value)) discard(bi, c, x);
  } else if (method === 'update') {
    for (const x of items) weakSetAdd(bi, c, x);
  } else if (method === 'difference_update') {
    for (const x of items) discard(bi, c, x);
  } else {
    for (const x of items) if (memberKey(bi, c, x) !== undefined) discard(bi, c, x); else weakSetAdd(bi, c, x);
  }
  bi.it.recorder.noteStore();
}

/**
 * `ws.method(other)` for the algebra methods: the new WeakSet (owned), None for the in-place
 * ones; undefined when not followed.
 */
export function weakSetAlgebraMethod(bi: Builtins, c: PyObj, method: string, other: PyObj | undefined, pos: Pos): PyObj | undefined {
  if (!other || !knownWeakSet(c)) return undefined;
  const items = itemsOf(bi, other);
  if (!items) return undefined;
  switch (method) {
    case 'update': case 'difference_update': case 'symmetric_difference_update':
      applyInPlace(bi, c, method, other, items);
      return bi.none;
    case 'union': {
      const n = weakCopy(bi, c, pos);
      for (const x of items) weakSetAdd(bi, n, x);
      return n;
    }
    case 'intersection': {
      const n = newWeakContainer(bi, 'WeakSet', pos);
      for (const x of items) if (memberKey(bi, c, x) !== undefined) weakSetAdd(bi, n, x);
      return n;
    }
    case 'difference': case 'symmetric_difference': {
      const n = weakCopy(bi, c, pos);
      applyInPlace(bi, n, `${method}_update`, other === c ? n : other, items);
      return n;
    }
  }
  return undefined;
}

/** `ws | other`, `ws -= other` …: the result (owned); undefined when not followed. */
export function weakSetBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, inplace: boolean, pos: Pos): PyObj | undefined {
  const method = inplace ? INPLACE[op] : OPERATORS[op];
  if (!method) return undefined;
  const res = weakSetAlgebraMethod(bi, l, method, r, pos);
  if (!res || !inplace) return res;
  // (__ior__ / __isub__ / __ixor__ return self)
  return bi.it.heap.incref(l)!;
}

/**
 * `ws <= other`, `ws < other`, `ws >= other`, `ws > other` (issubset: self.data against the
 * weak references of other's items, any iterable) and `ws == other` / `!=` (another WeakSet
 * only: __eq__ returns NotImplemented for anything else), and the methods issubset /
 * issuperset / isdisjoint: a bool (owned); undefined when not followed.
 */
export function weakSetCompare(bi: Builtins, op: string, l: PyObj, r: PyObj): PyObj | undefined {
  if (!knownWeakSet(l) || ((op === '==' || op === '!=') && !knownWeakSet(r))) return undefined;
  const items = itemsOf(bi, r);
  if (!items) return undefined;
  const mine = new Set(liveEntries(l).map((e) => bi.hashKey(e.value)));
  const theirs = new Set(items.map((x) => bi.hashKey(x)));
  const sub = [...mine].every((k) => theirs.has(k));
  const sup = [...theirs].every((k) => mine.has(k));
  const answers: Record<string, boolean> = {
    '<=': sub, issubset: sub, '<': sub && !sup, '>=': sup, issuperset: sup, '>': sup && !sub,
    '==': sub && sup, '!=': !(sub && sup), isdisjoint: ![...theirs].some((k) => mine.has(k)),
  };
  return op in answers ? bi.bool(answers[op]) : undefined;
}
