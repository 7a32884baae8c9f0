// A generator or coroutine run by code the model does not follow: an iterator's consumer in a
// library (statistics.fmean, ExitStack at exit) or asyncio's event loop stepping a task. When,
// and how far, that code runs it is unknown, so each run happens under an unknown condition:
// its lines get counts, and what it touches is open afterwards.
//
// The two callers differ only in what they do with the values that cross the boundary, so both
// go through `runForUnfollowedCaller` with a description of the caller.
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { PyException, runSync } from './interpreter';
import type { PyObj } from './objects';

/** How a run for an unfollowed caller stopped. */
export type UnfollowedRunEnd = 'suspended' | 'returned' | 'raised';

/** What the code that resumes the generator sends, and what it keeps of what comes back. */
export interface UnfollowedCaller {
  /**
   * Each resumption after the first sends a value of unknown content (the event loop: the
   * awaited future's result) rather than None (`next()`).
   */
  readonly sendsUnknown: boolean;
  /**
   * What it yields reaches the caller, who may keep it (an iterator's consumer: `list()`), so it
   * escapes; otherwise it is only dropped (a Task's awaited future, which the loop itself holds).
   */
  readonly keepsYielded: boolean;
  /** Its return value is kept (a Task keeps its result), so it escapes; otherwise it is dropped. */
  readonly keepsReturned: boolean;
}

/** A library that consumes an iterator: `next()` with None, keeps what is yielded, drops the return value. */
export const ITERATOR_CONSUMER: UnfollowedCaller = { sendsUnknown: false, keepsYielded: true, keepsReturned: false };

/** asyncio's loop stepping a task: sends the future's result, holds the awaited future itself, keeps the result. */
export const EVENT_LOOP: UnfollowedCaller = { sendsUnknown: true, keepsYielded: false, keepsReturned: true };

/**
 * Resumes `g` up to `steps` times, all of them inside one run under an unknown condition, until
 * it suspends for the last allowed time, returns or raises. An exception it raises is the
 * caller's (kept by a Task, or handled by the library): it escapes, and what it holds is garbage
 * the model no longer follows.
 */
export function runForUnfollowedCaller(it: Interpreter, g: PyObj, frame: Frame, steps: number, caller: UnfollowedCaller): UnfollowedRunEnd {
  if (g.genState !== 'created' && g.genState !== 'suspended') return 'returned';
  it.fuzzyEvents++;
  it.enterFuzzy();
  try {
    for (let n = 0; n < steps; n++) {
      const sent = caller.sendsUnknown && g.genState === 'suspended' ? it.b.unknown(frame.line, 0) : undefined;
      const r = runSync(it.b.resume(g, sent, frame));
      if (r.done) {
        if (caller.keepsReturned) it.heap.escape(r.value);
        it.heap.decref(r.value);
        return 'returned';
      }
      if (caller.keepsYielded) it.heap.escape(r.value);
      it.heap.decref(r.value);
    }
    return 'suspended';
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    it.heap.escape(err.exc);
    it.heap.decref(err.exc);
    it.unmodelledGarbage = true;
    return 'raised';
  } finally {
    it.exitFuzzy();
  }
}
