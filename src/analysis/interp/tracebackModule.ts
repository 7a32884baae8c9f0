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

/** The call with borrowed arguments: the new list, or undefined when not followed. */
export function* formatExceptionOnly(b: Builtins, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  if (args.length < 1 || args.length > 2 || kwargs.some(([k]) => k !== 'show_group')) return undefined;
  const chain = chainOf(b, args[args.length - 1]);
  if (!chain) return undefined;
  const h = b.it.heap;
  for (const e of chain) {
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
  const frames: PyObj[] = [];
  for (let t: PyObj | undefined = tb; t && t.kind !== 'none'; t = t.tbNext) {
    if (t.kind !== 'traceback' || !t.tbFrame || frames.length > MAX_CHAINED) return false;
    frames.push(t.tbFrame);
  }
  // (decided before any is cleared: a frame not followed leaves the call to the unknown path)
  if (frames.some((f) => f.kind !== 'frame' || !f.frame || (f.frame.live && !b.it.stack.includes(f.frame) && !f.frame.ownedByObject))) return false;
  for (const f of frames) clearFrame(b, f);
  return true;
}
