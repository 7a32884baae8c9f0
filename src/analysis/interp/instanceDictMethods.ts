// The dict methods of an instance's materialised `__dict__` (a dict whose entries are the
// instance's attributes: `d.attrs` is the instance's own map, so a change here is a change of
// the attributes). dict_pop / dict_setdefault / dict_clear / dict_get act on the entry of a
// known str key exactly. A key the model does not know (or a method not followed here) may
// remove or replace any entry: each attribute becomes a stand-in that may be gone
// (`maybeAbsent`), its old value escaped, so a later read neither returns the old object for
// sure nor claims an AttributeError (Builtins.readMaybeAbsent).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { PyObj } from './objects';
import { noteDictStore, noteNewDictKey } from './instanceDicts';
import { attrDictIterable, attrDictViewOrCopy } from './attrDictIter';

type Pos = { line: number; col: number };

/** Every attribute (or the one named) may have been removed or replaced: stand-ins that may be gone (old values escaped). */
export function forgetAttrs(b: Builtins, d: PyObj, pos: Pos, only?: string): void {
  for (const name of only !== undefined ? [only] : [...d.attrs!.keys()]) forgetAttr(b, d, name, pos);
  // (its size and content are open: comparisons, a missing key's KeyError, get() are not decided on it)
  b.it.heap.fuzz(d);
}

/** One attribute may or may not have been removed (a removal under a condition of unknown direction). */
function forgetAttr(b: Builtins, d: PyObj, name: string, pos: Pos): void {
  const h = b.it.heap;
  const old = d.attrs!.get(name)!;
  if (old.maybeAbsent) return;
  const s = b.unknown(pos.line, pos.col);
  s.maybeAbsent = true;
  // (the old value may still be there, or gone with its reference: its count is open)
  h.escape(old);
  d.attrs!.set(name, s);
  b.noteStore(d, s);
}

function knownKey(k: PyObj | undefined): string | undefined {
  return k?.kind === 'str' && typeof k.value === 'string' ? k.value : undefined;
}

/**
 * `d.method(*args)` on an instance `__dict__` (args without self): the result (a new reference),
 * or undefined when the method is not followed here (the caller's unknown call; the attributes
 * are forgotten first).
 */
export function instanceDictMethod(b: Builtins, d: PyObj, method: string, args: PyObj[], hasKw: boolean, frame: Frame, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const key = knownKey(args[0]);
  const attrs = d.attrs!;
  const uncertain = b.it.uncertainFor(d);
  const missingIsError = !d.fuzzy;
  if (hasKw) { forgetAttrs(b, d, pos); return undefined; }
  if (method === 'get' && args.length >= 1 && args.length <= 2) {
    // (a dict handed to code the model does not follow: what get() finds is not known)
    if (key === undefined || d.fuzzy) { h.escape(d); h.escape(args[1]); return b.unknown(pos.line, pos.col); }
    const v = attrs.get(key);
    // (a stand-in that may be gone: the default may be the answer as well)
    if (v?.maybeAbsent) h.escape(args[1]);
    return h.incref(v ?? args[1] ?? b.none)!;
  }
  if (method === 'pop' && args.length >= 1 && args.length <= 2) {
    if (key === undefined) { forgetAttrs(b, d, pos); h.escape(args[1]); b.it.noteMayRaise(); return b.unknown(pos.line, pos.col); }
    const v = attrs.get(key);
    if (!v) {
      if (args[1]) return h.incref(args[1])!;
      if (!missingIsError) { b.it.noteMayRaise(); return b.unknown(pos.line, pos.col); }
      throw b.it.raiseObj(b.newException('KeyError', [h.incref(args[0])!], pos), frame, true);
    }
    if (v.maybeAbsent) {
      if (args[1]) h.escape(args[1]);
      else b.it.noteMayRaise();
    }
    if (uncertain) {
      // (it may not run: the entry may stay)
      const r = h.incref(v)!;
      h.escape(r);
      forgetAttrs(b, d, pos, key);
      return r;
    }
    // dict_pop hands the entry's reference to the caller.
    attrs.delete(key);
    b.it.recorder.noteStore();
    return v;
  }
  if (method === 'setdefault' && args.length >= 1 && args.length <= 2) {
    if (key === undefined) { forgetAttrs(b, d, pos); if (args[1]) h.escape(args[1]); return b.unknown(pos.line, pos.col); }
    const v = attrs.get(key);
    if (v && !v.maybeAbsent) return h.incref(v)!;
    if (v?.maybeAbsent || uncertain || d.fuzzy) {
      // (stored or not: either the old value or the default is there now)
      if (args[1]) h.escape(args[1]);
      if (!v) forgetNew(b, d, key, pos);
      return h.incref(attrs.get(key))!;
    }
    // insertdict: the key str and the default go in (the attribute table holds the value only).
    const dv = args[1] ?? b.none;
    noteNewDictKey(b, d, key);
    h.escape(args[0]);
    attrs.set(key, h.incref(dv)!);
    b.noteStore(d, dv);
    noteDictStore(b, d, dv);
    return h.incref(dv)!;
  }
  if (method === 'clear' && args.length === 0) {
    if (uncertain || d.fuzzy) { forgetAttrs(b, d, pos); return b.none; }
    const old = [...attrs.values()];
    attrs.clear();
    for (const v of old) h.decref(v);
    b.it.recorder.noteStore();
    return b.none;
  }
  // keys() / values() / items(): a view of this dict (iterated over the attributes, attrDictIter.ts).
  // copy(): a new plain dict of the attributes (PyDict_Copy: a new reference to each value).
  if (args.length === 0 && (method === 'keys' || method === 'values' || method === 'items' || (method === 'copy' && attrDictIterable(b, d)))) return attrDictViewOrCopy(b, d, method, pos);
  // keys() / values() / items() / copy() / len() only read; everything else may change entries.
  if (!['keys', 'values', 'items', 'copy', '__len__', '__contains__', '__getitem__'].includes(method)) forgetAttrs(b, d, pos);
  return undefined;
}

/** A name that may have been added by code the model cannot follow exactly: a stand-in that may be absent. */
function forgetNew(b: Builtins, d: PyObj, name: string, pos: Pos): void {
  const s = b.unknown(pos.line, pos.col);
  s.maybeAbsent = true;
  d.attrs!.set(name, s);
  b.noteStore(d, s);
}

/** `key in d` on an instance `__dict__`: true / false when known, undefined otherwise. */
export function attrDictContains(d: PyObj, k: PyObj): boolean | undefined {
  const key = knownKey(k);
  if (key === undefined) return undefined;
  const v = d.attrs!.get(key);
  if (v) return v.maybeAbsent ? undefined : true;
  return d.fuzzy ? undefined : false;
}
