// threading.local (Modules/_threadmodule.c, 3.11-3.13) and class statements deriving from it: an
// instance's attributes live in a dict of the current thread's own (local_getattro / local_setattro
// find it through the thread state), a plain dict the local's bookkeeping reaches. On the main
// thread that is one more dict holding each attribute value once, as an ordinary instance's: the
// model builds the instance with a real dict of its own (no shared keys) and follows reads, stores
// and deletions as the generic ones. What it does not build: the per-thread bookkeeping (weakref
// keys, dummies, the callback function; different on 3.13), so a local in garbage leaves the
// collection's count open (collector.ts), and another thread's dict: code a followed thread runs
// (Thread.start runs the target right there) sees a fresh dict, on which a subclass's __init__
// runs again with the constructor's arguments; the model does not follow that, so such an access
// lets the local escape (its count and what its main-thread dict holds go open).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { PyObj } from './objects';

export const THREAD_LOCAL = 'threading.local';

/** Whether `c` is threading.local itself (the model's class for it). */
function isLocalClass(c: PyObj | undefined): boolean {
  return !!c && c.external === true && c.builtinName === THREAD_LOCAL;
}

/** An instance of threading.local or of a class statement deriving from it. */
export function isThreadLocal(o: PyObj): boolean {
  if (o.kind !== 'instance' || !o.cls) return false;
  return isLocalClass(o.cls) || !!o.cls.mroTuple?.items?.some(isLocalClass);
}

/** `threading.local()`: no arguments (local_new refuses them when __init__ is object's). */
function threadLocalImpl(call: BuiltinCall): PyObj {
  const { b, func, args, kwargs, pos, unknownCall } = call;
  if (args.length || kwargs.length || !isLocalClass(func)) return unknownCall();
  const o = b.bareInstance(func, pos);
  b.instanceDict(o, pos, false);
  return o;
}

export const THREAD_LOCAL_IMPLS: [string, BuiltinImpl][] = [[THREAD_LOCAL, threadLocalImpl]];
