// What ABCMeta (C `_abc`, the same in 3.11-3.13) adds to a class of the program and what a cycle
// collection freeing such a class finds of it.
//
// - `_abc_init` stores in the class's dict an `_abc_data` object (`_abc_impl`, GC-tracked) and the
//   `__abstractmethods__` frozenset (always, empty or not). Neither refers to the class. When the
//   class dies in a collection, both die with it: two objects the model does not build (one when
//   the program read `__abstractmethods__` and the model built the frozenset: abcAbstractMethods.ts).
// - isinstance / issubclass against the class go through `__instancecheck__` / `__subclasscheck__`
//   (isinstance's quick exact-type test first: none for issubclass), and `_abc_subclasscheck`
//   caches the class checked: for a nominal subclass, one entry in the ABC's `_abc_cache`, a weak
//   reference with a callback (`_destroy`). When that subclass dies in a collection, the callback
//   drops the weak reference from the set, and handle_weakrefs counts it as freed: one more.
// - Any other answer (a negative one, one from `register`, one through `__subclasshook__`) writes
//   entries into the negative caches of the ABC and of each of its subclasses (the
//   `__subclasses__()` recursion) or a registry: the model keeps no account of those, and from then
//   on a collection freeing a class has no upper bound (collector.ts).
// Measured (3.11-3.13): an unchecked ABC subclass freed by gc.collect() is 2 more than a plain
// class; after `isinstance(Sub(), Base)` or `issubclass(Sub, Base)`, 3 more; after a negative
// `issubclass(Other, Base)`, freeing Other is one more than a plain class.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { inertAbcName } from './libraryBases';

type AbcState = { caches: Map<PyObj, Set<PyObj>>; open: boolean };

const STATES = new WeakMap<Builtins, AbcState>();

function stateOf(b: Builtins): AbcState {
  let s = STATES.get(b);
  if (!s) STATES.set(b, (s = { caches: new Map(), open: false }));
  return s;
}

/** A class of the program that ABCMeta made (its own `_abc_impl`); not one with library ABC bases, whose parts are counted elsewhere. */
function programAbc(t: PyObj): boolean {
  return t.kind === 'class' && t.isAbc && !!t.classIR && !t.inertUnknownBases;
}

/** A cache or registry entry the model does not keep: every later collection freeing a class is open. */
export function abcCachesOpen(b: Builtins): void {
  stateOf(b).open = true;
}

/**
 * isinstance (`quick`: its exact-type test first) or issubclass of class `c` (undefined: not known)
 * against `types` in order, as object_recursive_isinstance / object_issubclass walk a tuple: the
 * first true answer ends it. A program ABC answering for a nominal subclass caches it; any other
 * ABC answer opens the account.
 */
export function noteAbcChecks(b: Builtins, c: PyObj | undefined, types: readonly PyObj[], quick: boolean): void {
  for (const t of types) {
    if (quick && c && c === t) return;
    // (a library ABC, collections.abc's Sized …: its caches take the class checked, by a weak
    // reference with a callback the model does not keep)
    if (t.kind === 'unknown' && inertAbcName(t)) { abcCachesOpen(b); return; }
    const nominal = !!c && c.kind === 'class' && b.isSubclass(c, t);
    if (t.kind === 'class' && t.isAbc) {
      if (!programAbc(t) || !nominal) { abcCachesOpen(b); return; }
      const s = stateOf(b);
      let cache = s.caches.get(t);
      if (!cache) s.caches.set(t, (cache = new Set()));
      cache.add(c!);
      return;
    }
    if (nominal) return;
  }
}

/**
 * Whether the model knows every object a collection freeing the program ABC `o` finds besides its
 * own: its `_abc_impl` and `__abstractmethods__`, and no cache made (entries in one are weak
 * references with callbacks to classes that may or may not die with it; an emptied one is a set
 * still). False for any other object.
 */
export function abcPartsKnown(b: Builtins, o: PyObj): boolean {
  const s = stateOf(b);
  return programAbc(o) && !s.open && !s.caches.has(o);
}

/**
 * Whether a collection freeing `garbage` may free objects of ABCMeta's the model does not count:
 * an ABC whose parts it does not know, or any class once the account is open.
 */
export function abcUnseen(b: Builtins, garbage: readonly PyObj[]): boolean {
  const open = stateOf(b).open;
  return garbage.some((o) => (o.kind === 'class' && o.isAbc && !o.inertUnknownBases && !abcPartsKnown(b, o)) || (open && o.kind === 'class'));
}

/**
 * The objects of ABCMeta's a collection freeing `garbage` finds that the model does not build: each
 * program ABC's `_abc_impl` and (when not built) `__abstractmethods__`, and one weak reference for
 * each living ABC's cache entry of a class in the garbage.
 */
export function abcHiddenParts(b: Builtins, garbage: readonly PyObj[]): number {
  const s = STATES.get(b);
  let n = 0;
  const dying = new Set(garbage);
  for (const o of garbage) {
    if (!programAbc(o)) continue;
    n += 1 + (o.attrs?.has('__abstractmethods__') ? 0 : 1);
  }
  for (const [t, cache] of s?.caches ?? []) {
    if (!t.alive || dying.has(t)) continue;
    for (const c of cache) if (dying.has(c)) n++;
  }
  return n;
}
