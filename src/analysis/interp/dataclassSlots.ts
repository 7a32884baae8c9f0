// @dataclass(slots=True): dataclasses._add_slots makes a new class from a copy of the old
// class's dict (3.11-3.13) and the old class is dropped. Nothing else refers to the old class
// unless something in the copied dict does: frozen=True's __setattr__ / __delattr__ close over
// it, as does the `__class__` cell of a method using super(). Otherwise it is cyclic garbage of
// five objects (the type, its dict, its __mro__ tuple, its __dict__ and __weakref__ getsets; the
// __bases__ tuple is the new class's too).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/**
 * The new class (owned) for `old`, or undefined where the model does not follow the copy: a base
 * it does not know, a foreign metaclass, `__slots__` in the old class, what type() would run
 * again (a parent's __init_subclass__, __set_name__ hooks). Names a base's __slots__ already
 * has are left out (inherited_slots).
 */
export function slotsDataclassClass(b: Builtins, old: PyObj, fields: string[], weakrefSlot: boolean, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const mro = old.mroTuple?.items ?? [];
  if (!old.classIR || !old.attrs || old.unknownBase || old.foreignMeta || old.isAbc || old.enumKind || old.namedFields || old.isException) return undefined;
  if (old.attrs.has('__slots__') || mro.slice(1).some((c) => (!c.classIR && c.builtinName !== 'object') || c.attrs?.has('__init_subclass__'))) return undefined;
  const inherited = new Set(mro.slice(1).flatMap((c) => c.slotNames ?? []));
  if ([...old.attrs.values()].some((v) => b.descriptorMethod(v, '__set_name__'))) return undefined;
  // cls_dict = dict(cls.__dict__), the fields' defaults popped, __slots__ set.
  const ns = new Map<string, PyObj>();
  for (const [k, v] of old.attrs) if (!fields.includes(k)) ns.set(k, h.incref(v)!);
  const names = [...fields, ...(weakrefSlot ? ['__weakref__'] : [])].filter((n) => !inherited.has(n));
  ns.set('__slots__', b.newSeq('tuple', names.map((n) => b.newStrImmortal(n)), pos));
  const bases = old.bases ?? [];
  const k = b.newClass(old.classIR, bases.map((c) => h.incref(c)!), ns, pos);
  // type(name, cls.__bases__, dict) keeps the very __bases__ tuple it was given.
  h.decref(k.basesTuple);
  k.basesTuple = h.incref(old.basesTuple);
  k.dataclassFields = old.dataclassFields;
  // (the copied __init__ is the old class's: which fields it takes, init=False and InitVar ones included)
  k.dataclassInit = old.dataclassInit;
  k.dataclassCompare = old.dataclassCompare;
  k.dataclassReprFields = old.dataclassReprFields;
  k.dataclassReprMade = old.dataclassReprMade;
  k.dataclassOrder = old.dataclassOrder;
  // (the copy of the dict shares the generated methods: while k lives, the old class's death frees none of them)
  old.dataclassSuccessor = k;
  return k;
}
