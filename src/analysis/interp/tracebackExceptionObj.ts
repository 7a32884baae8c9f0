// A traceback.TracebackException the model built (tracebackModule.ts): its attributes. Kept apart
// from tracebackModule.ts, which needs the interpreter, so that builtins.ts can read them.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
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


/**
 * format(chain=...) / format_exception_only(...): generator functions (traceback.py, 3.11-3.13)
 * whose frame holds self until exhausted or dropped; they read only what the constructor stored
 * (strs, the StackSummary, the chained TracebackExceptions) and run no code of the program, each
 * step a new str. The model: an iterator holding self, lines of unknown number and text.
 */
const TE_FORMAT_METHODS = new Set(['format', 'format_exception_only']);

/** The builtin a method lookup `te.NAME` binds to te, if followed. */
export function teMethod(name: string): string | undefined {
  return TE_FORMAT_METHODS.has(name) ? `${TRACEBACK_EXCEPTION}().${name}` : undefined;
}
/** iterKind of that generator. */
export const TE_FORMAT = `${TRACEBACK_EXCEPTION}.format`;

/** te.format(**kw) with borrowed arguments: the generator (owned); undefined when not followed. */
export function makeTeFormat(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], pos: { line: number; col: number }): PyObj | undefined {
  const te = args[0];
  // (keywords are bools: the frame keeps no object of the program's through them)
  if (args.length !== 1 || te?.builtinName !== `${TRACEBACK_EXCEPTION}()` || kwargs.some(([, v]) => v.kind !== 'bool')) return undefined;
  const h = b.it.heap;
  const g = h.alloc('iterator', 'generator', h.site(pos.line, pos.col, 'generator', 'TracebackException.format()'));
  g.iterKind = TE_FORMAT;
  g.tracked = true;
  g.heldValue = h.incref(te);
  return g;
}

/**
 * The next line (one made up, then the end: a loop of unknown rounds); at the end self is let go.
 * Paused after a line, the frames of format() and the generators it delegates to hold self more
 * times (`exc`, the `output` list's tuples, format_exception_only's self: the number depends on
 * the chain and the step): its count is open until the end. When nothing of the program ran in
 * between (list(), str.join), it is exact again after.
 */
export function teFormatNext(b: Builtins, g: PyObj, frame: Frame): PyObj | undefined {
  const te = g.heldValue;
  if (!g.fuzzyIter) {
    g.fuzzyIter = true;
    if (te && !te.fuzzy) {
      b.it.heap.fuzz(te);
      g.iterIndex = b.it.stepCount + 1;
    }
    return b.standIn(frame.line);
  }
  g.heldValue = undefined;
  if (te && g.iterIndex === b.it.stepCount + 1) {
    te.fuzzy = false;
    te.countKnown = true;
  }
  b.it.heap.decref(te);
  return undefined;
}
