// The objects collections.namedtuple (and typing.NamedTuple's metaclass, which calls it) makes for
// a class and the model does not build. A namedtuple class refers to itself (its __mro__), so once
// the program drops it, it is cyclic garbage, and gc.collect() counts these parts with it.
// Counted with gc.DEBUG_SAVEALL on 3.11.7, 3.12.1 and 3.13.0 (the same on all three), for a class
// of n fields:
// - one _tuplegetter per field (the field properties);
// - __new__ (made by eval, with a globals dict of its own), _make (a function in a classmethod
//   whose __dict__ copies the function's names), _replace, __repr__, _asdict and __getnewargs__:
//   6 functions, 9 cells and 5 closure tuples between them, the staticmethod type_new wraps
//   __new__ in, the classmethod's dict and the class's dict: 25 objects;
// - __bases__, `(tuple,)`: it holds nothing the collector tracks, so a collection the class lives
//   through untracks it (untrack_tuples) and later ones do not count it;
// - `_field_defaults`, a dict of the defaults: tracked only while a default is a GC object;
// - typing.NamedTuple's class statement adds __orig_bases__ (`(NamedTuple,)`, holding a function)
//   and, with defaults, `__new__.__defaults__` (a tuple the model does not build; untracked as
//   __bases__ is when every default is atomic). A `__repr__` of the body replaces the generated
//   one, which is freed at once with its cell and closure tuple: 3 fewer.
// The model builds the class, its __mro__, `_fields` (and collections.namedtuple's __defaults__).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

/** What a namedtuple class has that the model does not build (see above); absent: not known, the count stays open. */
export interface NamedTupleParts {
  /** Parts tracked for as long as the class lives: 25 + a field each, and the class statement's own. */
  fixed: number;
  /** Made by typing.NamedTuple's class statement: its `__new__.__defaults__` is one of these parts. */
  typed: boolean;
  /** A collection found the class alive: __bases__ (and atomic defaults) are untracked from then on. */
  survived: boolean;
  /** At that collection every default was atomic, so the typed defaults tuple was untracked too. */
  defaultsUntracked: boolean;
}

/** The parts of collections.namedtuple(name, fields[, defaults=]) for a class of `fields` fields. */
export function collectionsNamedTupleParts(fields: number): NamedTupleParts {
  return { fixed: 25 + fields, typed: false, survived: false, defaultsUntracked: false };
}

/**
 * The parts of a `class P(typing.NamedTuple)` statement with namespace `ns`, or undefined when
 * its annotations are not known to be what NamedTupleMeta keeps: a string annotation (or all of
 * them, under `from __future__ import annotations`) becomes a typing.ForwardRef, a GC object of
 * its own the model does not build.
 */
export function typedNamedTupleParts(fields: number, ns: ReadonlyMap<string, PyObj>): NamedTupleParts | undefined {
  const ann = ns.get('__annotations__');
  const values = [...ann?.entries?.values() ?? []].map((e) => e.value);
  if (fields && (ann?.kind !== 'dict' || ann.fuzzy || values.length < fields)) return undefined;
  // (a class, builtin or the program's, and None are kept as they are: _type_check)
  if (values.some((v) => v.kind !== 'class' && v.kind !== 'none')) return undefined;
  const ownRepr = ns.get('__repr__') ? 3 : 0;
  return { fixed: 25 + fields + 1 - ownRepr, typed: true, survived: false, defaultsUntracked: false };
}

/** How many objects the unbuilt parts of namedtuple class `cls` add to a collection that frees it. */
export function namedTuplePartsCount(b: Builtins, cls: PyObj): number {
  const p = cls.namedParts;
  if (!p) return 0;
  const defaults = [...cls.namedDefaults?.values() ?? []];
  const trackedDefault = defaults.some((v) => b.mayBeTracked(v));
  let n = p.fixed + (p.survived ? 0 : 1);
  // (_field_defaults: once the program read it the model has built it, and counts it itself)
  if (trackedDefault && !cls.attrs?.get('_field_defaults')) n++;
  if (p.typed && defaults.length && (trackedDefault || !p.defaultsUntracked)) n++;
  return n;
}

/** A collection found `cls` alive: its atomic tuples leave the collector's lists (untrack_tuples). */
export function namedTupleSurvived(b: Builtins, cls: PyObj): void {
  const p = cls.namedParts;
  if (!p || p.survived) return;
  p.survived = true;
  p.defaultsUntracked = ![...cls.namedDefaults?.values() ?? []].some((v) => b.mayBeTracked(v));
}

/** What namedtuple() made that a store or deletion on the class replaces (`P.__repr__ = f`, a field's property). */
const GENERATED = new Set(['__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__', '_field_defaults']);

/** `cls.name = v` / `del cls.name` on a namedtuple class: a generated part it replaces is freed, so the count is no longer known. */
export function namedPartReplaced(cls: PyObj, name: string): void {
  if (cls.namedParts && (GENERATED.has(name) || cls.namedFields?.includes(name))) cls.namedParts = undefined;
}
