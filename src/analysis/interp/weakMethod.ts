// weakref.WeakMethod as weakref.py builds it (the same in 3.11-3.13):
//
//     def __new__(cls, meth, callback=None):
//         def _cb(arg):
//             self = self_wr()
//             if self._alive:
//                 self._alive = False
//                 if callback is not None:
//                     callback(self)
//         self = ref.__new__(cls, obj, _cb)
//         self._func_ref = ref(func, _cb)
//         ...
//         self_wr = ref(self)
//
// So a WeakMethod is seven GC objects, all counted by gc.collect() when it is
// garbage: itself (a weak reference to the method's object, callback `_cb`),
// `_func_ref` (a weak reference to the function, callback `_cb` too), the
// function `_cb`, its closure tuple, the cells `callback` and `self_wr`, and
// `self_wr`, a weak reference to the WeakMethod itself (no cycle). `_cb` is
// modelled as a builtin that does what its body does.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** builtinName of a WeakMethod's `_cb` closure. */
export const WEAK_METHOD_CB = 'weakref.WeakMethod._cb';

/** WeakMethod(meth, callback): owned; undefined when `meth` is not a bound method of a Python function (TypeError there). */
export function newWeakMethod(b: Builtins, it: Interpreter, meth: PyObj, callback: PyObj | undefined, pos: { line: number; col: number }): PyObj | undefined {
  const obj = meth.kind === 'method' ? meth.methodSelf : undefined;
  const func = meth.methodFunc;
  if (!obj || !func || func.kind !== 'function') return undefined;
  const h = it.heap;
  const site = (label: string): string => h.site(pos.line, pos.col, 'weakref', label);
  const w = h.alloc('weakref', 'WeakMethod', site('WeakMethod(…)'));
  w.tracked = true;
  // self_wr = ref(self): plain, no callback; _cb's cell holds it.
  const selfWr = h.alloc('weakref', 'weakref', site('WeakMethod self_wr'));
  selfWr.tracked = true;
  selfWr.referent = w;
  w.weakrefs = [selfWr];
  const cbCell = b.newCell(pos.line);
  cbCell.cellValue = h.incref(callback ?? b.none);
  const selfCell = b.newCell(pos.line);
  selfCell.cellValue = selfWr;
  const cb = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', 'WeakMethod._cb'));
  cb.builtinName = WEAK_METHOD_CB;
  cb.tracked = true;
  cb.closure = b.newSeq('tuple', [cbCell, selfCell], pos);
  // ref.__new__(cls, obj, _cb): the WeakMethod is obj's weak reference with _cb as callback.
  w.referent = obj;
  w.callback = cb;
  obj.weakrefs ??= [];
  obj.weakrefs.push(w);
  // self._func_ref = ref(func, _cb) (a slot; _meth_type is the static method type, _alive a flag here).
  const funcRef = h.alloc('weakref', 'weakref', site('WeakMethod _func_ref'));
  funcRef.tracked = true;
  funcRef.referent = func;
  funcRef.callback = h.incref(cb);
  func.weakrefs ??= [];
  func.weakrefs.push(funcRef);
  w.slots = new Map([['_func_ref', funcRef]]);
  return w;
}

/** wm(): a new bound method while both the object and the function live, else None. */
export function callWeakMethod(b: Builtins, it: Interpreter, w: PyObj, pos: { line: number; col: number }): PyObj {
  const h = it.heap;
  const obj = w.referent;
  const func = w.slots?.get('_func_ref')?.referent;
  if (!obj || !func) return b.none;
  const bm = h.alloc('method', 'method', h.site(pos.line, pos.col, 'method', 'bound method'));
  bm.methodFunc = h.incref(func);
  bm.methodSelf = h.incref(obj);
  bm.tracked = true;
  return bm;
}

/**
 * `_cb(arg)` (called from C: `arg` is already its own reference, as its
 * frame's would be): the first time it runs while the WeakMethod lives it
 * marks it dead (`_alive = False`) and calls the user's callback with it.
 * Meanwhile `_cb`'s frame holds `arg` and `self` (so the WeakMethod the
 * callback gets has two references more than a plain weakref's argument).
 */
export function* weakMethodCallback(b: Builtins, it: Interpreter, cb: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const [cbCell, selfCell] = cb.closure?.items ?? [];
  const self = selfCell?.cellValue?.referent;
  if (!self || !self.alive || self.weakMethodDead) return b.none;
  self.weakMethodDead = true;
  const callback = cbCell?.cellValue;
  if (!callback || callback.kind === 'none') return b.none;
  h.incref(self);
  try {
    h.decref(yield* it.callFromC(callback, [self], frame, site));
    return b.none;
  } finally {
    h.decref(self);
  }
}
