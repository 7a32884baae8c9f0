// An exception group's __notes__ as split() / subgroup() copy them to each new part
// (exceptiongroup_split_recursive: PySequence_List of the original's notes, set as the part's
// __notes__: a new list holding the same note strs). A leaf module (type imports only): read by
// eg.split / eg.subgroup (exceptionGroupMethods.ts) and except* (controlFlow.ts).
import type { Builtins } from './builtins';
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** A copy of orig's __notes__ list (PySequence_List) set on the derived group; a non-sequence is ignored. */
export function copyNotes(call: { b: Builtins; it: Interpreter; pos: { line: number; col: number } }, orig: PyObj, eg: PyObj): void {
  const notes = orig.attrs?.get('__notes__');
  if (!notes || (notes.kind !== 'list' && notes.kind !== 'tuple') || !notes.items) return;
  const h = call.it.heap;
  const copy = call.b.newSeq('list', notes.items.map((x) => h.incref(x)!), call.pos);
  if (notes.fuzzy) h.fuzz(copy);
  eg.attrs ??= new Map();
  h.decref(eg.attrs.get('__notes__'));
  eg.attrs.set('__notes__', copy);
  call.b.noteStore(eg, copy);
}

/** Whether a group's notes can be copied as split does: none, or a list / tuple the model holds. */
export function notesCopyable(eg: PyObj): boolean {
  const notes = eg.attrs?.get('__notes__');
  return !notes || ((notes.kind === 'list' || notes.kind === 'tuple') && !!notes.items && !notes.fuzzy && !notes.cls);
}
