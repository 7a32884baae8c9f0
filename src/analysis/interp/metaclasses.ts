// Metaclasses of the program that only add methods and data to `type` (the singleton pattern's
// `class Single(type): _instances = {}; def __call__(cls, *a): ...`). Such a class is made by
// type.__new__ unchanged: the class is a plain class that also holds its metaclass (its ob_type,
// visited by type_traverse: measured 3.11-3.13), attributes the class's MRO lacks are looked up on
// the metaclass (type_getattro: a function there binds to the class), and calling the class runs
// the metaclass's __call__ through slot_tp_call. Anything that changes how classes are made, looked
// into, hashed or compared (__new__, __init__, __prepare__, `mro`, attribute hooks, descriptors) keeps the
// metaclass unrun (interpreter.ts finishClass: the class and the metaclass escape).
import type { PyObj } from './objects';

/** The dunders a plain metaclass may have: what every class body puts in its namespace, and __call__. */
const PLAIN_DUNDERS = new Set(['__module__', '__qualname__', '__doc__', '__firstlineno__', '__static_attributes__', '__call__', '__classcell__']);

/** Whether a class's metaclass `meta` is one whose classes the model builds and counts as plain classes. */
export function plainMetaclass(meta: PyObj): boolean {
  if (meta.kind !== 'class' || !meta.classIR || meta.fuzzy || meta.unknownBase || meta.foreignMeta || meta.slotNames) return false;
  const mro = meta.mroTuple?.items ?? [];
  if (!mro.some((c) => c.external && c.builtinName === 'type')) return false;
  return mro.every((c) => (c.external
    ? c.builtinName === 'type' || c.builtinName === 'object'
    : !!c.classIR && !c.fuzzy && !c.slotNames && [...(c.attrs ?? [])].every(([k, v]) => (!k.startsWith('__') || PLAIN_DUNDERS.has(k)) && k !== 'mro'
      && v.kind !== 'property' && v.kind !== 'instance' && v.kind !== 'unknown')));
}
