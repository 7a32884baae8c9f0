// PyDict_Merge (dict(x), OrderedDict(x), d.update(x), `{**x}`) reading an instance of a dict /
// OrderedDict subclass of the program: what it reads is the builtin part's entries, never the
// instance's attributes. Which C path it takes decides whether the program's code runs:
// - a dict subclass without its own __iter__ (tp_iter still dict_iter) is read directly, no hook
//   runs; an empty target may be made a clone of it, tracked because the instance is (every
//   instance of a heap type is), so the merge is followed only when that tracking is moot;
// - an OrderedDict subclass (tp_iter odict_iter), or one with its own __iter__, is read through
//   keys() and [] (PyMapping_Keys, PyObject_GetItem), key by key: the same entries when the
//   program's classes define neither (measured: `keys` and `__getitem__` hooks run, 3.11-3.13).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

/** A program class in `cls`'s MRO defines `name`. */
export function ownHook(cls: PyObj | undefined, name: string): boolean {
  return (cls?.mroTuple?.items ?? []).some((c) => !!c.classIR && c.attrs?.has(name));
}

/**
 * The builtin part whose entries PyDict_Merge of `src` reads without running code of the
 * program's and with the tracking the model gives the target, or undefined (not such an
 * instance, or not followed).
 */
export function mergeablePayload(b: Builtins, src: PyObj, targetEmpty: boolean): PyObj | undefined {
  const part = src.kind === 'instance' ? src.basePayload : undefined;
  if (!part || part.kind !== 'dict' || !part.entries || part.fuzzy || src.fuzzy || src.attrs?.has('keys')) return undefined;
  const throughKeys = part.type === 'OrderedDict' || ownHook(src.cls, '__iter__');
  if (throughKeys) return ownHook(src.cls, 'keys') || ownHook(src.cls, '__getitem__') ? undefined : part;
  // (dict_merge's clone of a dict into an empty one copies the source's tracking: moot when a
  // container goes in anyway, or nothing does)
  const cloneMoot = !targetEmpty || part.entries.size === 0 || [...part.entries.values()].some((e) => b.mayBeTracked(e.key) || b.mayBeTracked(e.value));
  return cloneMoot ? part : undefined;
}
