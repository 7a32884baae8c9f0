// A traceback.TracebackException the model built (tracebackModule.ts): its attributes. Kept apart
// from tracebackModule.ts, which needs the interpreter, so that builtins.ts can read them.
import type { Builtins } from './builtins';
import type { CallSite } from './interpreter';
import type { PyObj } from './objects';

export const TRACEBACK_EXCEPTION = 'traceback.TracebackException';
/** The classmethod TracebackException.from_exception, read from the class. */
export const TE_FROM_EXCEPTION = `${TRACEBACK_EXCEPTION}.from_exception`;

/** A TracebackException's data attributes other than its links: strs, bools, ints, None, its StackSummary. */
const TE_DATA = new Set(['stack', 'exc_type_str', '_str', '__notes__', '__suppress_context__', 'exceptions', '_is_syntax_error', '_have_exc_type']);

/** te.NAME, a new reference: exc_type / __cause__ / __context__ as kept; its other data new unknown values that refer to nothing of the program; undefined for the rest (methods). */
export function tracebackExceptionAttr(b: Builtins, te: PyObj, name: string, site: CallSite): PyObj | undefined {
  const kept = te.attrs?.get(name);
  if (kept) return b.it.heap.incref(kept);
  if (!TE_DATA.has(name)) return undefined;
  const u = b.unknown(site.line, site.col);
  u.acyclic = true;
  return u;
}

