// traceback.format_exception_only(exc) / (type, value) as Lib/traceback.py runs it (3.11-3.13):
// a TracebackException(compact=True) is built for the exception, its __cause__ (or, when it has
// none and does not suppress it, its __context__) and so on, and an exception group's members;
// each takes str() of its exception (a class's own __str__ runs; an error in it is swallowed),
// reads its traceback's frames and line numbers, and is dropped once the lines are formatted.
// Nothing keeps a reference: the result is a new list of new strs (text not modelled).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';
import { TE_FROM_EXCEPTION, TRACEBACK_EXCEPTION } from './tracebackExceptionObj';
import { tracebackChain } from './tracebackWalk';

export { TE_FROM_EXCEPTION, TRACEBACK_EXCEPTION };

/** Exceptions whose text one call takes at most (beyond: not followed). */
const MAX_CHAINED = 64;

/** The exceptions TracebackException visits from `exc`, or undefined when one is not known. */
function chainOf(b: Builtins, exc: PyObj): PyObj[] | undefined {
  const out: PyObj[] = [];
  const queue = [exc];
  while (queue.length) {
    const e = queue.shift()!;
    if (e.kind === 'none' || out.includes(e)) continue;
    if (e.kind !== 'exception' || out.length >= MAX_CHAINED) return undefined;
    out.push(e);
    // (`raise … from None` leaves __cause__ None and suppresses the context)
    if (e.cause) queue.push(e.cause);
    else if (e.context) queue.push(e.context);
    const cls = b.classOf(e);
    const group = b.types.get('BaseExceptionGroup');
    if (cls && group && (b.isSubclass(cls, group) || cls.builtinName === 'ExceptionGroup')) {
      const members = e.excArgs?.items?.[1];
      if (!members?.items || members.fuzzy) return undefined;
      queue.push(...members.items);
    }
  }
  return out;
}

/** TracebackException's `_safe_string(exc_value, 'exception')`: str() of the exception, its result dropped. */
function* safeString(b: Builtins, e: PyObj, frame: Frame, site: CallSite): G<void> {
  const h = b.it.heap;
  // A class's own __str__ runs with some ten references more on the exception (traceback.py's
  // frames, version-dependent): its lines get open counts.
  const own = ['__str__', '__repr__'].some((n) => b.lookupClassAttr(e.cls, n)?.kind === 'function');
  if (own) b.it.enterFuzzy();
  try {
    h.decref(yield* b.textOf(e, 'str', frame, site));
  } catch (err) {
    // (_safe_string: '<exception str() failed>')
    if (!(err instanceof PyException)) throw err;
    h.decref(err.exc);
  } finally {
    if (own) b.it.exitFuzzy();
  }
}

/** Keyword arguments that change no reference the object keeps (capture_locals would repr() locals). */
const TE_KWARGS = new Set(['limit', 'lookup_lines', 'compact', 'max_group_width', 'max_group_depth']);
/** Classes whose TracebackException reads more of the exception (name suggestions, SyntaxError's text, group members). */
const TE_SPECIAL = ['NameError', 'AttributeError', 'ImportError', 'SyntaxError', 'BaseExceptionGroup'];

/** An exception TracebackException can be built for by the model: known links, nothing read but str(). */
function plainForTE(b: Builtins, e: PyObj): boolean {
  if (e.kind !== 'exception' || e.fuzzy || e.external) return false;
  if ([e.cause, e.context].some((x) => x && x.kind !== 'none' && x.kind !== 'exception')) return false;
  // (getattr(exc_value, '__notes__', None): a list the object would keep)
  if (e.attrs?.has('__notes__') || ['__getattr__', '__getattribute__'].some((n) => b.lookupClassAttr(e.cls, n))) return false;
  const cls = b.classOf(e);
  return !!cls && TE_SPECIAL.every((n) => { const t = b.types.get(n); return !t || !b.isSubclass(cls, t); });
}

/**
 * traceback.TracebackException(exc_type, exc_value, exc_traceback, ...), arguments borrowed: a new
 * object holding only what it copied (exc_type, str() of the exception, a StackSummary of file
 * names, line numbers and line texts) and the TracebackExceptions of __cause__ / __context__,
 * built as traceback.py's queue does (compact: the context only without a cause and when not
 * suppressed); no frame, traceback or exception, so no cycle. Undefined when not followed.
 */
export function* tracebackException(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  if (args.length !== 3 || kwargs.some(([k]) => !TE_KWARGS.has(k))) return undefined;
  const compactArg = kwargs.find(([k]) => k === 'compact')?.[1];
  const compact = compactArg ? b.truthy(compactArg) : false;
  if (compact === undefined || !plainForTE(b, args[1])) return undefined;
  // The exceptions in creation order (`_seen`), and which one's TE is whose __cause__ / __context__.
  const seen: PyObj[] = [args[1]];
  const links: { parent: number; attr: '__cause__' | '__context__'; child: number }[] = [];
  const queue = [0];
  while (queue.length) {
    const i = queue.pop()!;
    const e = seen[i];
    const add = (x: PyObj | undefined, attr: '__cause__' | '__context__'): boolean => {
      if (!x || x.kind === 'none' || seen.includes(x)) return false;
      seen.push(x);
      links.push({ parent: i, attr, child: seen.length - 1 });
      return true;
    };
    const hasCause = add(e.cause, '__cause__');
    // (__suppress_context__: set by `raise … from` and by assigning __cause__, kept as a cause here)
    if (!compact || (!hasCause && !e.cause)) add(e.context, '__context__');
    if (seen.length > MAX_CHAINED || !seen.every((x) => plainForTE(b, x))) return undefined;
    for (const l of links) if (l.parent === i) queue.push(l.child);
  }
  for (const e of seen) yield* safeString(b, e, frame, site);
  const h = b.it.heap;
  const tes = seen.map((e, i) => {
    const te = h.alloc('builtin', 'TracebackException', h.site(site.line, site.col, 'TracebackException', 'TracebackException'));
    te.builtinName = `${TRACEBACK_EXCEPTION}()`;
    te.tracked = true;
    const type = i === 0 ? args[0] : b.classOf(e)!;
    te.attrs = new Map([['exc_type', h.incref(type)!]]);
    b.noteStore(te, type);
    return te;
  });
  tes.forEach((te, i) => {
    for (const attr of ['__cause__', '__context__'] as const) {
      const l = links.find((x) => x.parent === i && x.attr === attr);
      te.attrs!.set(attr, l ? tes[l.child] : b.none);
      if (l) b.noteStore(te, tes[l.child]);
    }
  });
  return tes[0];
}

/**
 * TracebackException.from_exception(exc, **kw) is `cls(type(exc), exc, exc.__traceback__, **kw)`
 * (3.11-3.13): the constructor above; the traceback it reads is a borrowed reference for the call.
 */
export function* tracebackExceptionFrom(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const exc = args[0];
  const cls = exc && b.classOf(exc);
  if (args.length !== 1 || exc.kind !== 'exception' || !cls) return undefined;
  return yield* tracebackException(b, [cls, exc, exc.traceback ?? b.none], kwargs, frame, site);
}

/** The call with borrowed arguments: the new list, or undefined when not followed. */
export function* formatExceptionOnly(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  if (args.length < 1 || args.length > 2 || kwargs.some(([k]) => k !== 'show_group')) return undefined;
  const chain = chainOf(b, args[args.length - 1]);
  if (!chain) return undefined;
  for (const e of chain) yield* safeString(b, e, frame, site);
  const out = b.newSeq('list', [], site);
  b.fuzzContent(out);
  return out;
}

/**
 * frame.clear() on a frame object: a finished frame's variables go at once (3.11/3.12 keep the
 * f_locals dict PyFrame_GetLocals cached on the frame object: measured); an executing frame
 * raises RuntimeError. 'running' for that, undefined when not followed (a suspended generator's
 * frame: 3.11/3.12 finalize the generator, 3.13 raises).
 */
export function clearFrame(b: Builtins, f: PyObj): 'cleared' | 'running' | undefined {
  const fr = f.kind === 'frame' ? f.frame : undefined;
  if (!fr) return undefined;
  if (!fr.live) return 'cleared';
  if (b.it.stack.includes(fr)) return 'running';
  if (!fr.ownedByObject) return undefined;
  for (const x of fr.release()) b.it.heap.decref(x);
  b.it.recorder.noteStore();
  return 'cleared';
}

/** traceback.clear_frames(tb): clear() on each entry's frame, an executing one skipped (its RuntimeError caught). */
export function clearFrames(b: Builtins, tb: PyObj): boolean {
  const frames = tracebackChain(tb)?.map((t) => t.tbFrame!);
  if (!frames) return false;
  // (decided before any is cleared: a frame not followed leaves the call to the unknown path)
  if (frames.some((f) => f.kind !== 'frame' || !f.frame || (f.frame.live && !b.it.stack.includes(f.frame) && !f.frame.ownedByObject))) return false;
  for (const f of frames) clearFrame(b, f);
  return true;
}

/**
 * What traceback.format_exception / print_exception / format_exc / print_exc read of
 * `value` (Lib/traceback.py 3.11-3.13): each builds `TracebackException(type(value), value, tb,
 * compact=True)` and formats it (format_exc: of sys.exc_info(), its lines "".join'ed), so the
 * constructor above runs (str() of each chained exception; the frames' code and line numbers)
 * and everything it made is dropped when the call returns: no reference to the exception, its
 * traceback or their frames is kept. No exception (None): only `NoneType: None` is formatted.
 * False when the model does not follow it (the call is then unknown).
 */
export function* readForFormat(b: Builtins, value: PyObj, tb: PyObj, frame: Frame, site: CallSite): G<boolean> {
  if (value.kind === 'none') return true;
  const cls = value.kind === 'exception' ? b.classOf(value) : undefined;
  if (!cls || (tb.kind !== 'none' && tb.kind !== 'traceback')) return false;
  const te = yield* tracebackException(b, [cls, value, tb], [['compact', b.trueObj]], frame, site);
  if (!te) return false;
  b.it.heap.decref(te);
  return true;
}

/** Keyword arguments of the format / print functions that change nothing the call keeps. */
const FORMAT_KWARGS = new Set(['limit', 'chain']);

/**
 * format_exception / print_exception(exc, /, value=_sentinel, tb=_sentinel, limit, chain[, file]):
 * `_parse_value_tb` takes (value, exc.__traceback__) from a lone exception, else the given value
 * and tb. A `file` is written to (not followed). Undefined when not followed.
 */
export function* formatExceptionArgs(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<boolean | undefined> {
  if (kwargs.some(([k]) => !FORMAT_KWARGS.has(k))) return undefined;
  let value: PyObj;
  let tb: PyObj;
  if (args.length === 1) {
    value = args[0];
    tb = value.kind === 'exception' ? value.traceback ?? b.none : b.none;
    if (value.kind !== 'exception' && value.kind !== 'none') return undefined;
  } else if (args.length === 3) {
    [, value, tb] = args;
  } else return undefined;
  return (yield* readForFormat(b, value, tb, frame, site)) || undefined;
}
