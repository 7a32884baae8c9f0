// The collections.abc ABCs whose mixins abcMixins.ts runs: their MROs, abstract methods and
// mixins, and the builtin names the mixins are called by. A leaf module (no value imports): the
// table of module functions is built from it while the interpreter's modules are still loading.

/** Each modelled ABC with the ABCs after it in its MRO (object left out). */
export const ABC_MRO: Record<string, string[]> = {
  Hashable: ['Hashable'],
  Iterable: ['Iterable'],
  Iterator: ['Iterator', 'Iterable'],
  Reversible: ['Reversible', 'Iterable'],
  Sized: ['Sized'],
  Container: ['Container'],
  Collection: ['Collection', 'Sized', 'Iterable', 'Container'],
  Mapping: ['Mapping', 'Collection', 'Sized', 'Iterable', 'Container'],
  MutableMapping: ['MutableMapping', 'Mapping', 'Collection', 'Sized', 'Iterable', 'Container'],
  Sequence: ['Sequence', 'Reversible', 'Collection', 'Sized', 'Iterable', 'Container'],
  MutableSequence: ['MutableSequence', 'Sequence', 'Reversible', 'Collection', 'Sized', 'Iterable', 'Container'],
  Set: ['Set', 'Collection', 'Sized', 'Iterable', 'Container'],
  MutableSet: ['MutableSet', 'Set', 'Collection', 'Sized', 'Iterable', 'Container'],
};

/** The abstract methods each ABC declares (a class that leaves one undefined cannot be instantiated). */
export const ABSTRACT: Record<string, string[]> = {
  Hashable: ['__hash__'], Iterable: ['__iter__'], Iterator: ['__next__'], Reversible: ['__reversed__'], Sized: ['__len__'],
  Container: ['__contains__'], Collection: [], Mapping: ['__getitem__'], MutableMapping: ['__setitem__', '__delitem__'],
  Sequence: ['__getitem__'], MutableSequence: ['__setitem__', '__delitem__', 'insert'], Set: [], MutableSet: ['add', 'discard'],
};

/** What else an ABC's class dict defines that an instance could look up (Mapping's `__reversed__ = None`). */
export const OTHER: Record<string, string[]> = { Mapping: ['__reversed__'] };

/** The mixins followed, by ABC. */
export const MIXINS: Record<string, string[]> = {
  Iterator: ['__iter__'],
  Mapping: ['get', '__contains__', 'keys', 'items', 'values', '__eq__'],
  MutableMapping: ['pop', 'popitem', 'clear', 'update', 'setdefault'],
  Sequence: ['__iter__', '__contains__', '__reversed__', 'index', 'count'],
  MutableSequence: ['append', 'clear', 'reverse', 'extend', 'pop', 'remove', '__iadd__'],
  Set: ['__le__', '__lt__', '__gt__', '__ge__', '__eq__', 'isdisjoint'],
  MutableSet: ['remove', 'pop', 'clear', '__ior__', '__isub__'],
};

/** The builtin names of the mixins (`abc mixin Mapping.get`). */
export const PREFIX = 'abc mixin ';

/** Every mixin's builtin name (`abc mixin Mapping.get`). */
export const ABC_MIXIN_NAMES: readonly string[] = Object.entries(MIXINS).flatMap(([abc, names]) => names.map((n) => `${PREFIX}${abc}.${n}`));
