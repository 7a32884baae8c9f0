// CPython's C code often takes its own references to objects for as long as a piece of the
// program's code runs (Py_INCREF before a call that may run `__eq__`, `__get__`, `__getattr__` …,
// Py_DECREF after), so a probe inside that code sees them one higher. One helper for that shape.
import type { Heap } from './heap';
import type { G } from './interpreter';
import type { PyObj } from './objects';

/** Runs `body` with each of `objs` held `times` more (0: not held), let go however it ends. */
export function* heldWhile<R>(h: Heap, objs: readonly (PyObj | undefined)[], times: number, body: G<R>): G<R> {
  for (let i = 0; i < times; i++) for (const o of objs) h.incref(o);
  try {
    return yield* body;
  } finally {
    for (let i = 0; i < times; i++) for (const o of objs) h.decref(o);
  }
}
