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
import { snapshotAttrMapIteration } from './iterMutation';

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

/**
 * How many entries an attribute-map dict surely has: exact for an instance's or function's `__dict__` whose
 * attributes are all known (none that may be gone, no code the model does not follow given it);
 * else `atLeast`, the attributes surely there (a class's or module's namespace holds more).
 */
export function attrDictSize(d: PyObj): { exact?: number; atLeast: number } {
  const vals = [...d.attrs!.values()];
  const sure = vals.filter((v) => !v.maybeAbsent).length;
  const complete = (isAttrDict(d) || !!d.functionDict) && !d.fuzzy && sure === vals.length;
  return complete ? { exact: sure, atLeast: sure } : { atLeast: sure };
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
 * What an iterator over such a dict walks, fixed when it began (its pairs are built once, not at
 * every step): the names and, for an entry of the attribute map (`live`), the value is read at the
 * step itself, since an assignment replaces a dict entry's value in place. A change of the names
 * stops the walk before it reaches here (iterMutation.ts: RuntimeError, or unknown rounds).
 */
interface Walk {
  pairs: [string, PyObj][];
  live: boolean[];
}

const walks = new WeakMap<PyObj, Walk>();

/**
 * An iterator `itr` over the attribute-map dict `d` begins: false when its iteration is not
 * followed (its items are then unknown ones), else its walk is fixed here and its steps check the
 * dict's size as CPython's do.
 */
export function beginAttrDictIteration(b: Builtins, itr: PyObj, d: PyObj): boolean {
  const pairs = attrDictPairs(b, d, { line: 0, col: 0 });
  if (!pairs) return false;
  const attrs = d.attrs!;
  walks.set(itr, { pairs, live: pairs.map(([k, v]) => attrs.get(k) === v) });
  // (a class dict holds one `__doc__`, None when the body gave none, whether or not the map holds it)
  const docEntry = !d.instanceDict && !attrs.has('__doc__');
  const extras = pairs.length - attrs.size - (docEntry ? 1 : 0);
  snapshotAttrMapIteration(itr, d, { names: [...attrs.keys()], size: pairs.length, extras, docEntry });
  return true;
}

function walkOf(b: Builtins, itr: PyObj, d: PyObj): Walk | undefined {
  const w = walks.get(itr);
  if (w) return w;
  // (an iterator made elsewhere: the dict's pairs as they are now)
  const pairs = attrDictPairs(b, d, { line: 0, col: 0 });
  return pairs && { pairs, live: pairs.map(() => false) };
}

function walkValue(w: Walk, d: PyObj, i: number): PyObj {
  const [name, v] = w.pairs[i];
  return (w.live[i] && d.attrs!.get(name)) || v;
}

/**
 * The i-th entry of the attribute-map dict `d` for its iterator `itr` of `kind` (dict / dict_keys /
 * dict_values / dict_items): [key, value] as new references (key alone for keys), or undefined
 * past the end.
 */
export function attrDictEntry(b: Builtins, itr: PyObj, d: PyObj, kind: string | undefined, i: number, pos: Pos): { key?: PyObj; value?: PyObj } | undefined {
  const w = walkOf(b, itr, d);
  if (!w || i >= w.pairs.length) return undefined;
  const name = w.pairs[i][0];
  const h = b.it.heap;
  if (kind === 'dict_values') return { value: h.incref(walkValue(w, d, i))! };
  if (kind === 'dict_items') return { key: b.attrKeyStr(name, pos), value: h.incref(walkValue(w, d, i))! };
  return { key: b.attrKeyStr(name, pos) };
}

/** The values `itr` would still hand out from the i-th entry on (borrowed); the attribute map's when its walk is not followed. */
export function attrDictRest(b: Builtins, itr: PyObj, d: PyObj, i: number): PyObj[] {
  const w = walkOf(b, itr, d);
  if (!w) return [...d.attrs!.values()].slice(i);
  return w.pairs.slice(i).map((_, k) => walkValue(w, d, i + k));
}

/**
 * keys() / values() / items() of an attribute-map dict: a view (iterated as above); copy(): a new
 * plain dict of its entries (PyDict_Copy: a new reference to each value). The caller has checked
 * that a copy's entries are followed (attrDictIterable).
 */
export function attrDictViewOrCopy(b: Builtins, d: PyObj, method: string, pos: Pos): PyObj | undefined {
  if (method === 'keys' || method === 'values' || method === 'items') return newDictView(b, d, method, pos);
  if (method !== 'copy') return undefined;
  const c = b.newDict(pos);
  b.dictUpdate(c, d);
  return c;
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
