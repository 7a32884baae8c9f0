// Iterating a dict whose entries the model keeps as an attribute map (`d.attrs`, no `entries`):
// an instance's materialised `__dict__` (`vars(obj)`, `obj.__dict__`), a class's namespace (its
// `__dict__` proxy) and the module's globals. Before this, their dict iterator found no entries
// and ended at once: `list(vars(p))` was an empty list and `names[0]` a false IndexError.
//
// An instance dict is iterated exactly: its keys are the attribute names in insertion order (the
// attribute map is kept in that order, a deleted and re-set name moving to the end as in a dict)
// and its values the attribute objects. A class dict or the globals hold names the model does
// not keep there (`__dict__` / `__weakref__` descriptors, 3.13's `__firstlineno__` and
// `__static_attributes__`, `__builtins__` …): iterating their keys gives strs of unknown text
// (one made up, then a loop of unknown rounds), their values and items escape the values.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { classNamespacePairs } from './classNamespaceIter';

type Pos = { line: number; col: number };

/** A dict view: `d.keys()` / `d.values()` / `d.items()` holds the dict, not its contents. */
export function newDictView(b: Builtins, d: PyObj, method: 'keys' | 'values' | 'items', pos: Pos): PyObj {
  const h = b.it.heap;
  const type = `dict_${method}`;
  const v = h.alloc('view', type, h.site(pos.line, pos.col, type, `${d.type}.${method}()`));
  v.iterKind = type;
  v.iterSource = h.incref(d);
  v.tracked = true;
  return v;
}

/** A dict the model keeps as an attribute map. */
export function isAttrMapDict(d: PyObj): boolean {
  return d.kind === 'dict' && !!d.attrs && !d.entries;
}

/** A materialised instance `__dict__`: an attribute map that is the instance's own (instanceDictMethods.ts reads and writes through it). */
export function isAttrDict(d: PyObj): boolean {
  return isAttrMapDict(d) && !!d.instanceDict;
}

/**
 * Whether iterating such a dict is followed entry by entry: an instance dict whose every attribute
 * is known to be there, or a plain class's namespace (classNamespaceIter.ts).
 */
export function attrDictIterable(b: Builtins, d: PyObj): boolean {
  return attrDictPairs(b, d, { line: 0, col: 0 }) !== undefined;
}

/** The (name, value) pairs of an attribute-map dict in its iteration order, values borrowed; undefined when not followed. */
export function attrDictPairs(b: Builtins, d: PyObj, pos: Pos): [string, PyObj][] | undefined {
  if (!isAttrMapDict(d) || d.fuzzy) return undefined;
  if (!d.instanceDict) return classNamespacePairs(b, d, pos);
  for (const v of d.attrs!.values()) if (v.maybeAbsent) return undefined;
  return [...d.attrs!];
}

/**
 * The i-th entry of an attribute-map dict for a dict iterator of `kind` (dict / dict_keys /
 * dict_values / dict_items): [key, value] as new references (key alone for keys), or undefined
 * past the end.
 */
export function attrDictEntry(b: Builtins, d: PyObj, kind: string | undefined, i: number, pos: Pos): { key?: PyObj; value?: PyObj } | undefined {
  const entry = attrDictPairs(b, d, pos)?.[i];
  if (!entry) return undefined;
  const [name, v] = entry;
  const h = b.it.heap;
  if (kind === 'dict_values') return { value: h.incref(v)! };
  if (kind === 'dict_items') return { key: b.attrKeyStr(name, pos), value: h.incref(v)! };
  return { key: b.attrKeyStr(name, pos) };
}

/** An attribute-map dict whose iteration is not followed: its values (and so the dict) may be handed anywhere. */
export function escapeAttrDict(b: Builtins, d: PyObj): void {
  const h = b.it.heap;
  for (const v of d.attrs!.values()) h.escape(v);
  h.escape(d);
}

/** A key of such a dict the model does not know: an interned str of unknown text, shared (its count open). */
export function unknownKeyStr(b: Builtins, pos: Pos): PyObj {
  const s = b.newStr(undefined, pos);
  b.it.heap.fuzz(s);
  return s;
}
