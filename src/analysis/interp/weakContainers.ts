// WeakValueDictionary, WeakKeyDictionary and WeakSet as CPython's weakref.py
// and _weakrefset.py build them (the same in 3.11-3.13): every entry owns a
// weak reference whose callback (the container's `_remove`) deletes the entry
// the moment its object dies.
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
//
// Besides the instance, __init__ makes five or six more GC objects, which
// gc.collect() counts with it when the container is garbage: the `_remove`
// function, its defaults tuple holding `selfref` (a weak reference to the
// container: the function refers back without a cycle), the
// `_pending_removals` list, the `_iterating` set, and `data`. A WeakSet's data
// is a set (always tracked); the dictionaries' is a dict made empty, so
// untracked until an entry's weak reference goes in, and untracked again by a
// full collection once empty. The model keeps the entries on the container
// (`weakEntries`); the data dict stands in for them (empty, `weakOwner` set).
import { fillDict } from './builtinFunctionImpls';
import type { BuiltinCall } from './builtinCalls';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { PyObj, WeakEntry } from './objects';
import { notWeakrefable, unhashable } from './typeErrors';

export type WeakContainerType = 'WeakValueDictionary' | 'WeakKeyDictionary' | 'WeakSet';

/** A new, empty weak container with what its __init__ makes (owned). */
export function newWeakContainer(b: Builtins, type: WeakContainerType, pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const c = h.alloc('instance', type, h.site(pos.line, pos.col, `weakref.${type}`, `${type}()`));
  c.attrs = new Map();
  c.tracked = true;
  c.weakContainer = true;
  // selfref=ref(self): a plain weak reference (ref(container) later returns this same one).
  const selfref = h.alloc('weakref', 'weakref', h.site(pos.line, pos.col, 'weakref', 'selfref'));
  selfref.tracked = true;
  selfref.referent = c;
  c.weakrefs = [selfref];
  const f = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', '_remove'));
  f.builtinName = 'weak._remove';
  f.weakOwner = c;
  f.tracked = true;
  // (WeakValueDictionary's defaults also hold _remove_dead_weakref, a function of the _weakref module)
  f.defaults = b.newSeq('tuple', [selfref], pos);
  let data: PyObj;
  if (type === 'WeakSet') data = b.newSet([], pos, 'set');
  else {
    data = b.newDict(pos);
    data.weakOwner = c;
  }
  c.attrs.set('_remove', f);
  c.attrs.set('_pending_removals', b.newSeq('list', [], pos));
  c.attrs.set('_iterating', b.newSet([], pos, 'set'));
  c.attrs.set('data', data);
  return c;
}

/** The container's `_remove` callback (made by its __init__; one is made for a container that lacks it). */
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

/** An entry's weak reference went into the data dict: a dict with a GC object in it is tracked (MAINTAIN_TRACKING). */
function dataTracked(c: PyObj): void {
  const data = c.attrs?.get('data');
  if (data) data.tracked = true;
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
  dataTracked(c);
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
  // WeakValueDictionary (and WeakSet's add, with key None): a new KeyedRef replaces the old one,
  // in the old one's place (a dict store to an existing key keeps its position).
  if (old) dropEntry(it, c, old);
  const wr = entryRef(it, c, value, c.type === 'WeakValueDictionary' ? key : undefined);
  c.weakEntries.set(hk, { key: h.incref(key)!, value, wr });
  h.decref(value);
}

/**
 * setdefault(key, default) of a WeakValueDictionary / WeakKeyDictionary (weakref.py): the live
 * entry's object, or `default` stored as `c[key] = default` stores it (a WeakValueDictionary's
 * data[key] = KeyedRef(default, _remove, key): the value gets no reference, the key two; a
 * WeakKeyDictionary's data.setdefault(ref(key, _remove), default)) and returned. An owned
 * reference; undefined when not followed (unknown operands or content, or a TypeError the
 * model leaves to the generic path: an unhashable key, an object that takes no weak reference).
 */
export function weakSetdefault(bi: Builtins, c: PyObj, key: PyObj | undefined, dflt: PyObj): PyObj | undefined {
  const h = bi.it.heap;
  if (!key || key.kind === 'unknown' || dflt.kind === 'unknown' || unhashable(bi, key)) return undefined;
  const e = weakGet(bi, c, key);
  if (e) return h.incref(e.value)!;
  // (a container of unknown content may hold the key)
  if (c.fuzzy) return undefined;
  if (notWeakrefable(c.type === 'WeakKeyDictionary' ? key : dflt)) return undefined;
  weakStore(bi, c, key, h.incref(dflt)!);
  return h.incref(dflt)!;
}

/**
 * popitem() of a WeakValueDictionary / WeakKeyDictionary: data.popitem() takes the last entry;
 * the result is a new tuple (key, value) (a WeakKeyDictionary's (key(), value)), its weak
 * reference freed. 'empty': data is empty (KeyError); undefined: content unknown.
 */
export function weakPopitem(bi: Builtins, c: PyObj, pos: { line: number; col: number }): PyObj | 'empty' | undefined {
  if (c.fuzzy) return undefined;
  const e = liveEntries(c).pop();
  if (!e) return 'empty';
  weakDelete(bi, c, e.key);
  const h = bi.it.heap;
  const out = bi.newSeq('tuple', [h.incref(e.key)!, h.incref(e.value)!], pos);
  dropEntry(bi.it, c, e);
  bi.it.recorder.noteStore();
  return out;
}

/**
 * WeakSet.pop() (_weakrefset.py): data.pop() takes one weak reference out of the set and the item
 * it still refers to is returned (a new reference; the weak reference is freed). Which one a set of
 * several pops depends on the items' hashes (their addresses): then every candidate's count is
 * open and so is the set's content. 'empty': nothing left (KeyError).
 */
export function weakSetPop(bi: Builtins, c: PyObj, pos: { line: number; col: number }): PyObj | 'empty' {
  const h = bi.it.heap;
  const live = [...(c.weakEntries ?? new Map<string, WeakEntry>()).entries()].filter(([, e]) => e.value.alive);
  if (!live.length && !c.fuzzy) return 'empty';
  if (live.length === 1 && !c.fuzzy) {
    const [hk, e] = live[0];
    c.weakEntries!.delete(hk);
    const out = h.incref(e.value)!;
    dropEntry(bi.it, c, e);
    bi.it.recorder.noteStore();
    return out;
  }
  for (const [, e] of live) h.escape(e.value);
  bi.fuzzContent(c);
  return bi.unknown(pos.line, pos.col);
}

/** The entry of `key`, if its object lives. */
export function weakGet(bi: Builtins, c: PyObj, key: PyObj): WeakEntry | undefined {
  const e = c.weakEntries?.get(bi.hashKey(key));
  return e && weakTarget(c, e).alive ? e : undefined;
}

/**
 * `wvd.data[key]` (wvd.data read as an attribute is a stand-in bound to the container): the live
 * entry's KeyedRef, which that dict holds; undefined when not known (the generic path decides).
 */
export function weakDataItem(bi: Builtins, obj: PyObj, key: PyObj): PyObj | undefined {
  const c = obj.kind === 'method' && obj.methodFunc?.builtinName === 'weak.data' ? obj.methodSelf : undefined;
  if (!c?.weakContainer || c.type !== 'WeakValueDictionary' || c.fuzzy) return undefined;
  return weakGet(bi, c, key)?.wr;
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

/**
 * update(other, **kw) / __init__'s: a WeakValueDictionary or WeakKeyDictionary
 * gets the items of a mapping (or of dict(other) for an iterable of pairs, as
 * the mapping's own code does), a WeakSet adds every item of an iterable. What
 * the model cannot read (an unknown source, an unknown rest of an iteration)
 * leaves the container's content unknown.
 */
export function* weakUpdate(b: Builtins, c: PyObj, src: PyObj | undefined, kwargs: [string, PyObj][], frame: Frame, pos: { line: number; col: number }): G<void> {
  const h = b.it.heap;
  if (c.type === 'WeakSet') {
    if (!src || src.kind === 'none') return;
    const before = b.standIns;
    for (const x of yield* b.iterateAll(src, frame)) {
      if (x.kind === 'unknown') { h.escape(x); b.fuzzContent(c); } else weakSetAdd(b, c, x);
      h.decref(x);
    }
    b.filledFrom(c, before);
    return;
  }
  // The pairs as dict(other) reads them, into a dict of the model's own (freed afterwards).
  const d = b.newDict(pos);
  try {
    yield* fillDict({ b, h, kwargs, frame, pos }, d, src && src.kind !== 'none' ? src : undefined);
    if (d.fuzzy) b.fuzzContent(c);
    for (const e of d.entries?.values() ?? []) {
      if (e.key.kind === 'unknown' || e.value.kind === 'unknown') { h.escape(e.key); h.escape(e.value); b.fuzzContent(c); continue; }
      weakStore(b, c, e.key, h.incref(e.value)!);
    }
  } finally {
    h.decref(d);
  }
}

/** copy(): a new container of the same type with the live entries (WeakSet.copy is WeakSet(self)). */
export function weakCopy(b: Builtins, c: PyObj, pos: { line: number; col: number }): PyObj {
  const n = newWeakContainer(b, c.type as WeakContainerType, pos);
  for (const e of liveEntries(c)) {
    if (c.type === 'WeakSet') weakSetAdd(b, n, e.value);
    else weakStore(b, n, e.key, b.it.heap.incref(e.value)!);
  }
  if (c.fuzzy) b.fuzzContent(n);
  return n;
}

/** The arguments weakref.py's __init__ takes: the source, the keyword items (a WeakValueDictionary's); undefined: not followed. */
export function initArgs(call: Pick<BuiltinCall, 'args' | 'kwargs'>, type: WeakContainerType): { src?: PyObj; kwargs: [string, PyObj][] } | undefined {
  const { args, kwargs } = call;
  if (args.length > 1) return undefined;
  if (type === 'WeakValueDictionary') return { src: args[0], kwargs };
  const name = type === 'WeakSet' ? 'data' : 'dict';
  if (kwargs.some(([k]) => k !== name) || (args.length && kwargs.length)) return undefined;
  return { src: args[0] ?? kwargs[0]?.[1], kwargs: [] };
}
