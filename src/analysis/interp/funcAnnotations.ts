// A program function's `__annotations__` (Objects/funcobject.c func_get_annotations, 3.11-3.13).
//
// MAKE_FUNCTION keeps a def's annotations as the tuple (name, value, name, value, …) in
// func_annotations; the first read turns it into a dict (func_get_annotation_dict: the tuple is
// dropped, the dict kept in its place), and a function with none gets a new empty dict, kept too.
// Every later read returns that same dict: measured on 3.11.7 / 3.12.1 / 3.13.0,
// `ann = f.__annotations__` leaves `ann` at 2 (the function and the name).
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Site = { line: number; col: number };

/** `fn.__annotations__` as a new reference, or undefined where the model does not know it (3.14, a layout not MAKE_FUNCTION's). */
export function funcAnnotations(b: Builtins, fn: PyObj, site: Site): PyObj | undefined {
  if (!b.it.vm.funcAnnotationsDict || !fn.fn) return undefined;
  const h = b.it.heap;
  const held = fn.annotations;
  if (held?.kind === 'dict') return h.incref(held);
  const pairs = held?.kind === 'tuple' ? held.items : undefined;
  if (held && (!pairs || pairs.length !== 2 * (fn.fn.annotations?.length ?? 0))) return undefined;
  const d = b.newDict(site);
  for (let i = 0; pairs && i < pairs.length; i += 2) b.dictSet(d, h.incref(pairs[i])!, h.incref(pairs[i + 1])!);
  fn.annotations = d;
  b.noteStore(fn, d);
  h.decref(held);
  return h.incref(d);
}
