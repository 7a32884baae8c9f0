// The slot methods every C iterator (list_iterator, map, zip, callable_iterator, …) has
// through its type: `it.__next__` wraps tp_iternext and `it.__iter__` is PyObject_SelfIter.
// Reading one makes a method-wrapper that holds the iterator (so `iter(it.__next__, stop)`
// keeps it alive until the sentinel comes), and calling it steps the iterator exactly as
// next(it) does, except that exhaustion raises StopIteration (wrap_next).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { G } from './interpreter';
import type { PyObj } from './objects';

const PREFIX = 'iterator.';
const SLOTS: ReadonlySet<string> = new Set(['__next__', '__iter__']);

/** The bound builtin's name for a slot method read off a C iterator, else undefined. */
export function iteratorMethod(obj: PyObj, name: string): string | undefined {
  return obj.kind === 'iterator' && SLOTS.has(name) ? `${PREFIX}${name}` : undefined;
}

function* iteratorNextImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kwargs, frame, self, pos, unknownCall } = call;
  if (!self || args.length > 1 || kwargs.length) return unknownCall();
  const v = yield* b.iterNext(self, frame);
  // (PyErr_SetNone: a StopIteration without arguments)
  if (!v) throw it.raiseObj(b.newException('StopIteration', [], pos), frame, true);
  return v;
}

function iteratorIterImpl(call: BuiltinCall): PyObj {
  const { h, args, kwargs, self, unknownCall } = call;
  if (!self || args.length > 1 || kwargs.length) return unknownCall();
  return h.incref(self)!;
}

export const ITERATOR_METHOD_IMPLS: [string, BuiltinImpl][] = [
  [`${PREFIX}__next__`, iteratorNextImpl],
  [`${PREFIX}__iter__`, iteratorIterImpl],
];
