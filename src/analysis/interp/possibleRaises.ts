// Exceptions the model does not see: raised inside code it does not follow, or by a branch of
// unknown direction while the program is followed on the path that goes on (controlFlow.fuzzyRuns).
// A `try` around such code also follows its handlers, with an exception of unknown value. When a
// handler keeps that exception (stores it, hands it to code the model does not follow), its
// traceback keeps every frame the exception passed through: a frame that finished by it keeps
// what it held then (its frame object takes the variables over, take_ownership), and the try's
// own frame keeps its variables once it returns, and links its caller's (f_back). A handler that
// drops the exception leaves nothing: the model stays exact in that common case.
import type { Completion, G, Interpreter } from './interpreter';
import type { Frame } from './frame';
import type { Handler } from '../ir/irTypes';
import { PyObj, pushTargets } from './objects';
import { LIMITS } from './limits';

/** A `try` with handlers whose body runs: what the traceback of an exception it may catch would keep. */
export interface OpenTry {
  frame: Frame;
  /** Objects a possible traceback's finished frames (and what only they held) keep a reference to. */
  held: Set<PyObj>;
  /** More than LIMITS.MAX_TRACEBACK_HELD: what a kept exception keeps is not listed. */
  full: boolean;
}

/** The innermost try whose body runs on the current stack, and the index of its frame there. */
function innermostTry(ip: Interpreter): { t: OpenTry; at: number } | undefined {
  for (let i = ip.stack.length - 1; i >= 0; i--) {
    const tries = ip.stack[i].openTries;
    if (tries?.length) return { t: tries[tries.length - 1], at: i };
  }
  return undefined;
}

/**
 * An exception may come out of here (`exc`, when the model built the one a branch raised): the
 * frames above the innermost try's would finish by it, their frame objects keeping what they hold
 * now (and their functions); the finished frames of `exc`'s traceback keep theirs already.
 */
export function notePossibleTraceback(ip: Interpreter, exc?: PyObj): void {
  const found = innermostTry(ip);
  if (!found || found.t.full) return;
  const roots: PyObj[] = [];
  if (exc) roots.push(exc);
  for (let i = found.at + 1; i < ip.stack.length; i++) {
    const f = ip.stack[i];
    f.pushTargets(roots);
    if (f.funcObj) roots.push(f.funcObj);
  }
  holdOwned(found.t, roots);
}

/**
 * Adds what `roots` (one reference each) keep to t.held: the objects themselves, and the content of
 * those every one of whose references is among them (alive only as long as the traceback is).
 */
function holdOwned(t: OpenTry, roots: PyObj[]): void {
  // (a possible raise in the try's own frame has no roots: nothing to hold, no tally made)
  if (!roots.length) return;
  const tally = new Map<PyObj, number>();
  const queue = roots;
  while (queue.length) {
    const o = queue.pop()!;
    if (o.immortal || o.external) continue;
    if (t.held.size >= LIMITS.MAX_TRACEBACK_HELD) { t.full = true; return; }
    t.held.add(o);
    const n = (tally.get(o) ?? 0) + 1;
    tally.set(o, n);
    if (n === o.rc && o.kind !== 'class' && o.kind !== 'function') pushTargets(o, queue);
  }
}

/** A try's body starts (a try with handlers, not except*). */
export function openTry(frame: Frame): OpenTry {
  const t: OpenTry = { frame, held: new Set(), full: false };
  (frame.openTries ??= []).push(t);
  return t;
}

/**
 * The body ended. When it may have raised unseen, an exception its handlers do not take goes on to
 * the next try out, through this frame (and those between): that try's possible traceback holds
 * what this one's does.
 */
export function closeTry(ip: Interpreter, t: OpenTry, mayHaveRaised: boolean): void {
  const tries = t.frame.openTries!;
  const i = tries.lastIndexOf(t);
  if (i >= 0) tries.splice(i, 1);
  if (!mayHaveRaised) return;
  const outer = innermostTry(ip);
  if (!outer) return;
  if (t.full) outer.t.full = true;
  else holdOwned(outer.t, [...t.held]);
  notePossibleTraceback(ip);
}

/**
 * An exception the model does not know, caught in `frame`: its traceback's entry names the frame's
 * object (made now). The caller owns the one reference.
 */
export function unknownExceptionThrough(ip: Interpreter, frame: Frame, line: number): PyObj {
  const exc = ip.b.unknown(line, 0);
  const tb = ip.heap.alloc('traceback', 'traceback', ip.heap.site(frame.line, 0, 'traceback', 'traceback'));
  tb.tracked = true;
  tb.tbFrame = ip.heap.incref(ip.frameObject(frame));
  exc.traceback = tb;
  return exc;
}

/**
 * After a handler ran on such an exception (the caller still holding its one reference): whether it kept it,
 * by a reference besides that one or by handing it to unknown code (escape reached the traceback).
 * Then the cycle frame -> exception -> traceback -> frame keeps the frame's variables once it ends
 * (Interpreter.teardown opens them). (A handler that raises makes it the new exception's
 * __context__, which goes on to the next try out: closeTry gave that one what this one holds.)
 */
export function keptByHandler(ip: Interpreter, exc: PyObj, frame: Frame): boolean {
  if (exc.rc <= 1 && !exc.traceback?.fuzzy) return false;
  frame.maybeKeptByTraceback = true;
  ip.unmodelledGarbage = true;
  return true;
}

/**
 * A handler of `t` run with an exception the model does not know (beside the else block, as a
 * branch of unknown direction). Its traceback has an entry for this frame; when the handler keeps
 * the exception, what the frames it passed through hold is open, and this frame keeps its variables
 * once it ends (Interpreter.teardown), and so do its callers.
 */
export function* runUnknownHandler(ip: Interpreter, h: Handler, t: OpenTry, frame: Frame): G<Completion> {
  const exc = unknownExceptionThrough(ip, frame, h.line);
  ip.heap.incref(exc);
  try {
    const c = yield* ip.runHandler(h, exc, frame);
    if (keptByHandler(ip, exc, frame)) {
      if (t.full) for (const o of ip.heap.live) ip.heap.fuzz(o);
      else for (const o of t.held) if (o.alive) ip.heap.fuzz(o);
    }
    return c;
  } finally {
    ip.heap.decref(exc);
  }
}
