// Constructor arguments a Python-level object keeps as themselves (`self._value = value`,
// `self.maxsize = maxsize`, `self._parties = parties`): one reference each, in the object's
// instance __dict__ — the model's `attrs` (the collector sees them as its attributes, objects.ts
// traverse) — until the attribute is first given a new value (`self._value -= 1`), which lets the
// argument go. Used by threadingKept.ts, queueCalls.ts / queueModel.ts and asyncioSync.ts.
import type { Heap } from './heap';
import type { PyObj } from './objects';

/** `self.name = v`: the object takes a reference to `v` (borrowed). */
export function keepArg(h: Heap, o: PyObj, name: string, v: PyObj): void {
  (o.attrs ??= new Map()).set(name, h.incref(v)!);
}

/** The argument kept under `name` (borrowed), if any. */
export function keptArg(o: PyObj, name: string): PyObj | undefined {
  return o.attrs?.get(name);
}

/**
 * The attribute gets a new value: the kept argument is let go, `next` (owned) takes its place
 * (none: the model does not hold the new value, and the name is no longer read as kept).
 */
export function letGoArg(h: Heap, o: PyObj, name: string, next?: PyObj): void {
  const old = o.attrs?.get(name);
  if (next) (o.attrs ??= new Map()).set(name, next);
  else o.attrs?.delete(name);
  h.decref(old);
}
