// A class statement's subclass of weakref.ref (weakref.KeyedRef's pattern). Its
// instances are weak references like ref's own (weakref___new__ builds one per
// call: a subclass never shares the plain ref): the referent gets no reference,
// the callback is held (wr_callback) until it runs or the object dies, and
// `r()` gives the referent or None. Besides that they are instances of the
// class: __slots__ members or a __dict__ (ref has neither, nor a weak reference
// slot, so type_new adds __dict__ / __weakref__ as over object: measured
// 3.11-3.13). The model builds them as instances (kind 'instance') carrying
// `referent` / `callback`, which the heap and the collector read on any object.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { PyObj } from './objects';
import { notWeakrefable, typeError } from './typeErrors';

/** A class-statement base that is weakref.ref itself (`weakref.ref`, `from weakref import ref`). */
export function isWeakrefBase(b: PyObj): boolean {
  return b.kind === 'builtin' && b.external && b.builtinName === 'weakref.ref';
}

/** Whether the class's instances are weak references (it or a base derives from weakref.ref). */
export function isWeakrefClass(cls: PyObj | undefined): boolean {
  return !!cls?.weakrefBase;
}

/**
 * weakref___new__(cls, ob[, callback]) for such a class: a new instance referring weakly to `ob`
 * (owned). Undefined: arguments it refuses in a way the model does not raise (more than two,
 * keywords), left to the caller's generic path. Raises TypeError for an object that takes no
 * weak reference, with CPython's message.
 */
export function newWeakrefInstance(b: Builtins, cls: PyObj, args: PyObj[], kwargs: readonly unknown[], frame: Frame, pos: { line: number; col: number }): PyObj | undefined {
  if (!args.length || args.length > 2 || kwargs.length) return undefined;
  const [target, cbArg] = args;
  const t = notWeakrefable(target);
  if (t) throw b.it.raiseObj(typeError(b, `cannot create weak reference to '${t}' object`, pos), frame, true);
  const inst = b.bareInstance(cls, pos);
  inst.referent = target;
  inst.callback = cbArg && cbArg.kind !== 'none' ? b.it.heap.incref(cbArg) : undefined;
  target.weakrefs ??= [];
  target.weakrefs.push(inst);
  return inst;
}
