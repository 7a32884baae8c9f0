// gc.callbacks around a collection (invoke_gc_callback in Modules/gcmodule.c / Python/gc.c).
// When the list is not empty the collector builds one info dict per phase with
// Py_BuildValue("{sisnsn}") — its keys are new str objects, not interned — and
// shares it among all callbacks. Each callback is held (Py_INCREF(cb)) while it
// runs. 3.11 calls it with PyObject_CallFunction(cb, "sO", phase, info): a new
// argument tuple per callback, holding a new phase str and one more reference
// to info while the callee runs. 3.12+ make the phase str once per phase and
// vectorcall it: no tuple (measured: `info` one count lower inside the callback).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';

export function* runGcCallbacks(b: Builtins, it: Interpreter, phase: 'start' | 'stop', generation: number, collected: number | undefined, frame: Frame, site: CallSite): G<void> {
  const list = b.gcCallbacks;
  if (!list?.items?.length) return;
  const h = it.heap;
  const info = b.newDict(site);
  b.dictSet(info, b.newStrFresh('generation', site), b.smallInt(BigInt(generation)));
  b.dictSet(info, b.newStrFresh('collected', site), b.newInt(collected === undefined ? undefined : BigInt(collected), site));
  b.dictSet(info, b.newStrFresh('uncollectable', site), b.smallInt(0n));
  const shared = it.vm.gcCallbackArgTuple ? undefined : b.newStrFresh(phase, site);
  try {
    // (the collector walks the live list by index: a callback may change it)
    for (let i = 0; i < (list.items?.length ?? 0); i++) {
      const cb = h.incref(list.items![i])!;
      const args = shared ? undefined : b.newSeq('tuple', [b.newStrFresh(phase, site), h.incref(info)!], site);
      try {
        h.decref(yield* it.callFromC(cb, args ? args.items! : [shared!, info], frame, site));
      } finally {
        h.decref(args);
        h.decref(cb);
      }
    }
  } finally {
    h.decref(shared);
    h.decref(info);
  }
}
