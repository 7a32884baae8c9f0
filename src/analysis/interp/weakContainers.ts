// WeakValueDictionary, WeakKeyDictionary and WeakSet as CPython's weakref.py
// builds them: every entry owns a weak reference whose callback (the
// container's `_remove`) deletes the entry the moment its object dies.
//
// - WeakValueDictionary: data[key] = KeyedRef(value, _remove, key). The key is
//   held twice (the dict and the KeyedRef's .key), the value not at all.
// - WeakKeyDictionary: data[ref(key, _remove)] = value. The value is held,
//   the key not at all.
// - WeakSet: data = {ref(item, _remove)}. Nothing is held.
//
// The weak reference is a real heap object: held by the container, freed by
// its own callback, which is what gc.collect() counts as collected when an
// entry's object dies in a cycle.
import type { Builtins } from './builtins';
import type { Interpreter } from './interpreter';
import type { PyObj, WeakEntry } from './objects';

/** The container's `_remove` callback (one per container, kept in its attributes as in weakref.py). */
function remover(it: Interpreter, c: PyObj): PyObj {
  const existing = c.attrs?.get('_remove');
  if (existing) return existing;
  const h = it.heap;
  const f = h.alloc('builtin', 'function', h.site(0, 0, 'function', '_remove'));
  f.builtinName = 'weak._remove';
  f.weakOwner = c;
  c.attrs ??= new Map();
  c.attrs.set('_remove', f);
  return f;
}

/** A weak reference to `target` owned by container `c`'s entry. */
function entryRef(it: Interpreter, c: PyObj, target: PyObj, key?: PyObj): PyObj {
  const h = it.heap;
  const w = h.alloc('weakref', c.type === 'WeakValueDictionary' ? 'KeyedRef' : 'weakref', h.site(0, 0, 'weakref', c.type === 'WeakValueDictionary' ? 'KeyedRef' : 'weakref'));
  w.referent = target;
  w.callback = h.incref(remover(it, c));
  w.tracked = true;
  if (key) w.attrs = new Map([['key', h.incref(key)!]]);
  target.weakrefs ??= [];
  target.weakrefs.push(w);
  return w;
}

/** The object whose death removes the entry. */
export function weakTarget(c: PyObj, e: WeakEntry): PyObj {
  return c.type === 'WeakKeyDictionary' ? e.key : e.value;
}

/** The live entries, in insertion order. */
export function liveEntries(c: PyObj): WeakEntry[] {
  return [...(c.weakEntries?.values() ?? [])].filter((e) => weakTarget(c, e).alive);
}

/** Releases what an entry holds (it has left the container). */
export function dropEntry(it: Interpreter, c: PyObj, e: WeakEntry): void {
  const h = it.heap;
  if (c.type === 'WeakKeyDictionary') h.decref(e.value);
  else h.decref(e.key);
  if (e.wr) {
    const t = e.wr.referent;
    if (t?.weakrefs) t.weakrefs = t.weakrefs.filter((w) => w !== e.wr);
    e.wr.referent = undefined;
    h.decref(e.wr);
  }
}

/** c[key] = value, with an owned value and a borrowed key. */
export function weakStore(bi: Builtins, c: PyObj, key: PyObj, value: PyObj): void {
  const it = bi.it;
  const h = it.heap;
  c.weakEntries ??= new Map();
  const hk = bi.hashKey(key);
  const old = c.weakEntries.get(hk);
  if (c.type === 'WeakKeyDictionary') {
    if (old && old.key.alive) {
      // The dict keeps its key (and that key's weak reference); only the value changes.
      const prev = old.value;
      old.value = value;
      bi.noteStore(c, value);
      h.decref(prev);
      return;
    }
    if (old) { c.weakEntries.delete(hk); dropEntry(it, c, old); }
    c.weakEntries.set(hk, { key, value, wr: entryRef(it, c, key) });
    bi.noteStore(c, value);
    return;
  }
  // WeakValueDictionary (and WeakSet's add, with key None): a new KeyedRef replaces the old one.
  if (old) { c.weakEntries.delete(hk); dropEntry(it, c, old); }
  const wr = entryRef(it, c, value, c.type === 'WeakValueDictionary' ? key : undefined);
  c.weakEntries.set(hk, { key: h.incref(key)!, value, wr });
  h.decref(value);
}

/** The entry of `key`, if its object lives. */
export function weakGet(bi: Builtins, c: PyObj, key: PyObj): WeakEntry | undefined {
  const e = c.weakEntries?.get(bi.hashKey(key));
  return e && weakTarget(c, e).alive ? e : undefined;
}

/** Removes `key`'s entry; returns it (its references already released) or undefined. */
export function weakDelete(bi: Builtins, c: PyObj, key: PyObj): WeakEntry | undefined {
  const hk = bi.hashKey(key);
  const e = c.weakEntries?.get(hk);
  if (!e) return undefined;
  c.weakEntries!.delete(hk);
  return e;
}

/** `_remove(wr)`: the weak reference's object died; its entry goes (the callback weakref.py installs). */
export function removeDeadEntry(it: Interpreter, c: PyObj, wr: PyObj): void {
  if (!c.alive || !c.weakEntries) return;
  for (const [hk, e] of c.weakEntries) {
    if (e.wr !== wr) continue;
    c.weakEntries.delete(hk);
    dropEntry(it, c, e);
    it.recorder.noteStore();
    return;
  }
}

/** WeakSet.add(x): a weak reference to x, unless x is already in. */
export function weakSetAdd(bi: Builtins, c: PyObj, x: PyObj): void {
  c.weakEntries ??= new Map();
  const hk = bi.hashKey(x);
  const old = c.weakEntries.get(hk);
  if (old && old.value.alive) return;
  if (old) { c.weakEntries.delete(hk); dropEntry(bi.it, c, old); }
  c.weakEntries.set(hk, { key: bi.it.heap.incref(bi.none)!, value: x, wr: entryRef(bi.it, c, x) });
}
