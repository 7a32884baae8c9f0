// What a namedtuple class (collections.namedtuple, typing.NamedTuple) gives its subclasses and
// keeps in its own dict, as Lib/collections/__init__.py builds it (3.11-3.13):
// - a class statement deriving from one inherits its `__new__` (a Python function calling
//   tuple.__new__ with the class): calling the subclass makes a tuple of the subclass holding the
//   items, and its instances read the fields, `_replace`, the methods and properties through the
//   MRO as the base's do;
// - `_field_defaults` is a dict of the fields that have defaults (field name → default) in the
//   class's dict: the model keeps those references hidden until the dict is read, then builds
//   it once (the hidden `_field_defaults[k]` references become its entries: refsOf; `namedDefaults`
//   stays what `__new__` fills missing arguments with).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { ownSpecialMethod } from './tupleSubclass';

type Pos = { line: number; col: number };

/** The namedtuple class `cls` is or derives from (the first of its MRO with fields), if any. */
export function namedTupleClassOf(cls: PyObj | undefined): PyObj | undefined {
  if (!cls) return undefined;
  if (cls.namedFields) return cls;
  return cls.mroTuple?.items?.find((c) => c.kind === 'class' && !!c.namedFields);
}

/**
 * Whether calling `cls` is the namedtuple `__new__` of `nt` on it: a class statement of the
 * program between them defines no `__new__` / `__init__` and has no metaclass of its own.
 */
export function inheritsNamedNew(b: Builtins, cls: PyObj, nt: PyObj): boolean {
  if (cls === nt) return true;
  if (!cls.classIR || cls.foreignMeta || cls.unknownBase || cls.fuzzy || cls.enumKind || cls.isException) return false;
  const mro = cls.mroTuple?.items ?? [];
  const upTo = mro.indexOf(nt);
  if (upTo < 0) return false;
  return mro.slice(0, upTo).every((c) => c.kind === 'class' && !!c.classIR && !c.attrs?.has('__new__') && !c.attrs?.has('__init__'))
    && b.lookupClassAttr(cls, '__new__') === b.lookupClassAttr(nt, '__new__');
}

/**
 * Whether a class of the program between `cls` and its namedtuple base `nt` defines a special
 * method (`__add__`, `__eq__` / `__hash__`, `__len__` …) that the model's tuple operations would
 * not call: CPython's `p + q` ran the class's `__add__` and kept both operands where the model
 * made a tuple of their items. Its instances are built, then escape.
 */
export function namedSpecialMethods(cls: PyObj, nt: PyObj): boolean {
  const mro = cls.mroTuple?.items ?? [];
  const upTo = mro.indexOf(nt);
  return mro.slice(0, upTo < 0 ? mro.length : upTo).some((c) => c.kind === 'class' && !!c.classIR && ownSpecialMethod(c));
}

/** `Cls._field_defaults` of a namedtuple class: the dict, made on the first read from the hidden references. */
export function fieldDefaults(b: Builtins, nt: PyObj, pos: Pos): PyObj {
  const h = b.it.heap;
  const have = nt.attrs!.get('_field_defaults');
  if (have) return h.incref(have)!;
  const d = b.newDict(pos);
  // (in field order, as namedtuple zips the last fields with the defaults; the references move)
  for (const f of nt.namedFields!) {
    const v = nt.namedDefaults?.get(f);
    if (!v) continue;
    b.dictSet(d, b.newStrImmortal(f), v);
  }
  nt.attrs!.set('_field_defaults', d);
  b.noteStore(nt, d);
  return h.incref(d)!;
}
