// PyObject_Format(value, spec) on an instance whose class of the program defines
// __format__: f"{x}", f"{x:spec}", format(x, spec) and a str.format field without
// a conversion all call type(x).__format__(x, spec), and what it returns is the
// formatted text itself (no copy: a lone field's result is that very object). A
// result that is not a str raises TypeError. Without such a method,
// object.__format__ refuses any non-empty spec (TypeError) and is str(x) for an
// empty one: the callers' textOf path.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import type { PyObj } from './objects';
import { exactBuiltin, objectFormatRefusesSpec, typeError } from './typeErrors';

/** The class's own __format__ (a function of the program) for an instance, if any. */
function userFormatMethod(b: Builtins, v: PyObj): PyObj | undefined {
  const cls = v.kind === 'instance' || v.kind === 'exception' ? v.cls : undefined;
  const m = cls ? b.lookupClassAttr(cls, '__format__') : undefined;
  return m?.kind === 'function' ? m : undefined;
}

/**
 * The spec object a spec text stands for: '' is the shared empty str. An f-string's spec is the
 * code's constant (or a str built at run time), whose other holders the model does not count, so
 * its count is open; a str.format field's is a new str cut from the format string
 * (PyUnicode_Substring: `slice`), whose count is known. Owned by the caller.
 */
function specObject(b: Builtins, text: string | undefined, pos: { line: number; col: number }, slice: boolean): PyObj {
  if (text === '') return b.newStrImmortal('');
  const o = b.newStr(text, pos);
  if (!slice) b.it.heap.escape(o);
  return o;
}

/**
 * PyObject_Format(v, spec) through the class's own __format__ (its result, owned), or undefined when
 * object.__format__ / a builtin's applies; object.__format__ refuses a non-empty spec. `spec`
 * undefined: a spec whose text the model does not know; `slice`: as specObject's.
 */
export function* formatWithOwnHook(b: Builtins, v: PyObj, spec: string | undefined, slice: boolean, frame: Frame, site: CallSite,
  pos: { line: number; col: number }): G<PyObj | undefined> {
  const specObj = specObject(b, spec, pos, slice);
  try {
    const r = yield* userFormat(b, v, specObj, frame, site);
    if (!r) refuseObjectSpec(b, v, spec, frame, pos);
    return r;
  } finally {
    b.it.heap.decref(specObj);
  }
}

/**
 * `v` formatted with `spec` (borrowed, both) through the class's own __format__: its result
 * (owned), or undefined when the class defines none. `extra`: references the calling path holds
 * on `v` meanwhile (as textOf's).
 */
export function* userFormat(b: Builtins, v: PyObj, spec: PyObj, frame: Frame, site: CallSite, extra = 1): G<PyObj | undefined> {
  const m = userFormatMethod(b, v);
  if (!m) return undefined;
  const h = b.it.heap;
  for (let i = 0; i < extra; i++) h.incref(v);
  let r: PyObj;
  try {
    r = yield* b.it.callFromC(m, [v, spec], frame, site);
  } finally {
    for (let i = 0; i < extra; i++) h.decref(v);
  }
  // ("__format__ must return a str, not T")
  if (exactBuiltin(r, 'known') && r.kind !== 'str') {
    h.decref(r);
    throw b.it.raiseObj(typeError(b, '__format__ must return a str', site), frame, true);
  }
  return r;
}

/** object.__format__ with a non-empty spec: TypeError for an instance of classes of the program without __format__. */
export function refuseObjectSpec(b: Builtins, v: PyObj, spec: string | undefined, frame: Frame, pos: { line: number; col: number }): void {
  if (spec && objectFormatRefusesSpec(v)) throw b.it.raiseObj(typeError(b, 'unsupported format string passed to __format__', pos), frame, true);
}
