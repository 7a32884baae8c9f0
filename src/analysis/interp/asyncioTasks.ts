// asyncio's event loop followed exactly (Lib/asyncio/base_events.py, tasks.py, futures.py and the C
// `_asyncio` Task / Future; the same on 3.11-3.13, measured with sys.getrefcount):
// - `_run_once` runs the handles that were ready when the iteration began, in FIFO order
//   (call_soon); what they schedule runs in the next iteration. asyncio.run's main Task ends the
//   loop through a done callback (loop.stop), so the iteration after the one main finished in
//   still runs in full.
// - create_task / ensure_future of a coroutine: a Task holding the coroutine (for good: a done
//   task still has it) whose first step is scheduled — the ready handle holds the task.
// - A step that awaits `asyncio.sleep(0)` reschedules the task (a bare yield); one that awaits a
//   pending Task / gather future F parks: F's done callbacks hold the waiter's wakeup (the task),
//   the task's `_fut_waiter` and the awaiting frame's FutureIter hold F. When F is done each
//   callback is scheduled; the wakeup's step runs with F held twice more (the handle's args and
//   the waiter), until that step ends.
// - A done task holds its result (or exception) until the task is freed; a failed one also the
//   exception's traceback (`fut_exception_tb`) until result() / await hand the exception out.
// - gather(*coros): each coroutine becomes a Task in argument order; the _GatheringFuture holds
//   the children; its `_done_callback` closure (one per child's callbacks, sharing a cell) holds
//   it until the last child's callback ran; then its result is a new list of the children's
//   results in argument order (exceptions in place with return_exceptions=True; otherwise the
//   first exception is the future's).
// - task.cancel() of a task whose step is ready (not started, or after a sleep(0)) sets
//   `_must_cancel`: its next step throws a new CancelledError() into the coroutine (held by the
//   step until the coroutine suspends or ends). Of a task parked on another Task it cancels that
//   task instead (`_fut_waiter.cancel()`); of a task in `asyncio.sleep(delay)` it cancels the
//   sleep's future and drops its timer's arguments (cancelSleep), the wakeup throwing a new
//   CancelledError in at the sleep. A coroutine that lets CancelledError out ends its task
//   cancelled: the task keeps that exception (`fut_cancelled_exc`, with its traceback through the
//   coroutine's frames) until someone retrieves it — `await t` / `t.result()` / `t.exception()`
//   hand that very object over (the task no longer holds it) and any later one gets a new
//   CancelledError(). A woken awaiter's step holds it as it holds any thrown exception. (Measured
//   the same on 3.11-3.13; on 3.12+ the kept traceback's frames link back to the loop's, which
//   asyncioModel.ts's coroutineTracebackAlive covers.)
// - gather(..., return_exceptions=True) puts a new CancelledError('') in a cancelled child's place.
// Anything else — a future the model does not follow, cancel() of a task parked on a future of
// the program's, a task reaching code the
// model does not follow, a coroutine scheduled under an unknown condition — ends exact following:
// `abandonExact` hands every pending task to the widened model of asyncioModel.ts.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { COROUTINE } from './builtinNames';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import { LIMITS } from './limits';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import type { Builtins } from './builtins';

import { FUTURE, GATHERING, LOOP, TASK } from './asyncioNames';
import { LOOP_HANDLE_METHODS, runSoon } from './asyncioHandles';
import { dropLoopEntry } from './asyncioLoopFrames';
const TASK_METHODS = new Set(['result', 'done', 'exception', 'cancelled', 'add_done_callback', 'cancel']);
/** A plain Future's own: completed by the program. */
const FUTURE_METHODS = new Set(['set_result', 'set_exception']);

/** A done callback waiting on a future: a task's wakeup, gather's `_done_callback`, or the program's (add_done_callback). */
type Callback = { kind: 'wakeup'; task: PyObj } | { kind: 'gather'; outer: PyObj } | { kind: 'call'; fn: PyObj } | NativeCallback;
/**
 * A library's own done callback (a bound method of a Python-level asyncio object, e.g. TaskGroup's
 * `_on_task_done`): `holds` is what the bound method holds (owned); `run(fut)` is its body, false
 * when it met something the exact model does not follow.
 */
export interface NativeCallback { kind: 'native'; holds: PyObj; run: (fut: PyObj) => boolean }
/**
 * A ready handle: a task's step (woken by a future, held twice while it runs), gather's callback
 * for a child, or a program's callback called with the future (the handle's args hold it).
 */
export type Handle = { kind: 'step'; task: PyObj; wokenBy?: PyObj } | { kind: 'gather'; outer: PyObj; child: PyObj } | { kind: 'call'; fn: PyObj; fut: PyObj }
  | { kind: 'timer'; fut: PyObj; result: PyObj } | { kind: 'native'; cb: NativeCallback; fut: PyObj } | { kind: 'soon'; handle: PyObj };

/** A TimerHandle in `_scheduled` (a sleep's: its args, the future and result; call_later's: the handle): its deadline on the model's clock, when it was set, and in which order. */
interface Timer { when: number; at: number; seq: number; hd: Handle }

interface FutState {
  done: boolean;
  /** Owned references (the waiter task; the gathering future for the closure's cell). */
  callbacks: Callback[];
  /** A task's: the future it is parked on (owned: `_fut_waiter`). */
  waiter?: PyObj;
  gather?: { children: PyObj[]; finished: number; returnExceptions: boolean; closureLive: number };
  /** Done by cancellation (its CancelledError, while not handed out, in attrs `cancelled_exc`). */
  cancelled?: boolean;
  /** A task's `_must_cancel`: its next step throws CancelledError in. */
  mustCancel?: boolean;
}
const states = new WeakMap<PyObj, FutState>();

/** The exact part of a loop's state (AsyncLoop.exact). */
export interface ExactLoop {
  ready: Handle[];
  /** Every task / gathering future made while following exactly (not references: the model's bookkeeping). */
  futures: PyObj[];
  main: PyObj;
  /** The loop object asyncio.get_running_loop() gave (a reference of the model's, its count open). */
  loopObj?: PyObj;
  /** The model's clock (seconds since asyncio.run began, as far as the timers tell) and the pending timers. */
  now: number;
  timers: Timer[];
  timerSeq: number;
  /** Deadlines of wait_for timeouts in progress (asyncioWaitFor.ts): the loop reaching one is not followed. */
  guards: { when: number }[];
  /** The task whose step runs now. */
  current?: PyObj;
}

export function newFuture(b: Builtins, name: string, type: string, pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, type));
  o.builtinName = name;
  o.tracked = true;
  o.attrs = new Map();
  states.set(o, { done: false, callbacks: [] });
  return o;
}

/** A Task or gathering future the exact loop still follows. */
export function isFollowedFuture(o: PyObj): boolean {
  return isTaskObject(o) && !o.fuzzy;
}

export function isTaskObject(o: PyObj): boolean {
  return (o.builtinName === TASK || o.builtinName === GATHERING || o.builtinName === FUTURE) && states.has(o);
}

/** A done task that ended with an exception (not by cancellation). */
export function taskFailed(o: PyObj): boolean {
  return !!states.get(o)?.done && !!o.attrs?.get('exception');
}

export function isCancelledTask(o: PyObj): boolean {
  return !!states.get(o)?.cancelled;
}

export function futureDone(o: PyObj): boolean {
  return states.get(o)?.done ?? false;
}

/** A new Task for `coro` (owned by the caller), its first step scheduled. */
export function newTask(it: Interpreter, ex: ExactLoop, coro: PyObj, pos: { line: number; col: number }): PyObj {
  const t = newFuture(it.b, TASK, 'Task', pos);
  t.attrs!.set('coro', it.heap.incref(coro)!);
  it.b.noteStore(t, coro);
  ex.futures.push(t);
  ex.ready.push({ kind: 'step', task: it.heap.incref(t)! });
  return t;
}

/** The future is done: its result or exception is kept, its callbacks are scheduled. */
export function finish(it: Interpreter, ex: ExactLoop, f: PyObj, result: PyObj | undefined, exc: PyObj | undefined, cancelled = false): void {
  const st = states.get(f)!;
  st.done = true;
  st.cancelled = cancelled;
  const v = (result ?? exc)!;
  f.attrs!.set(result ? 'result' : cancelled ? CANCELLED_EXC : 'exception', v);
  it.b.noteStore(f, v);
  // (future_set_exception keeps the exception's traceback besides it, `fut_exception_tb`, until
  // result() / await hands the exception out: 3.11-3.13)
  const tb = exc && !cancelled && exc.kind === 'exception' ? exc.traceback : undefined;
  if (tb) {
    f.attrs!.set(EXCEPTION_TB, it.heap.incref(tb)!);
    it.b.noteStore(f, tb);
  }
  for (const cb of st.callbacks.splice(0)) {
    if (cb.kind === 'wakeup') ex.ready.push({ kind: 'step', task: cb.task, wokenBy: it.heap.incref(f) });
    else if (cb.kind === 'gather') ex.ready.push({ kind: 'gather', outer: cb.outer, child: it.heap.incref(f)! });
    else if (cb.kind === 'native') ex.ready.push({ kind: 'native', cb, fut: it.heap.incref(f)! });
    else ex.ready.push({ kind: 'call', fn: cb.fn, fut: it.heap.incref(f)! });
  }
}

/** A library done callback on a pending followed task (it holds `cb.holds` until it is scheduled). */
export function addNativeCallback(t: PyObj, cb: NativeCallback): void {
  states.get(t)!.callbacks.push(cb);
}

/**
 * Runs one ready handle. A step resumes the task's coroutine; what it yields says what it waits
 * on. Returns false when the step met something the exact model does not follow (the caller
 * abandons exact following).
 */
export function* runHandle(it: Interpreter, ex: ExactLoop, hd: Handle, frame: Frame): G<boolean> {
  const h = it.heap;
  if (hd.kind === 'gather') return gatherChildDone(it, ex, hd.outer, hd.child);
  if (hd.kind === 'call') return yield* runCallback(it, hd.fn, hd.fut, frame);
  if (hd.kind === 'native') {
    try {
      return hd.cb.run(hd.fut);
    } finally {
      h.decref(hd.cb.holds);
      h.decref(hd.fut);
    }
  }
  if (hd.kind === 'soon') return yield* runSoon(it, hd.handle, frame);
  if (hd.kind === 'timer') {
    // (_set_result_unless_cancelled: the sleep's future is done, its wakeup scheduled)
    if (states.get(hd.fut)!.done) it.heap.decref(hd.result);
    else finish(it, ex, hd.fut, hd.result, undefined);
    it.heap.decref(hd.fut);
    return true;
  }
  const task = hd.task;
  const st = states.get(task)!;
  const co = task.attrs!.get('coro')!;
  // (the future it was parked on stays its `_fut_waiter` until this step ends)
  const parkedOn = st.waiter;
  st.waiter = undefined;
  // (task_wakeup throws a future's exception into the coroutine: task_step holds it meanwhile;
  // a cancelled one's CancelledError is taken from it: create_cancelled_error)
  const woken = hd.wokenBy;
  const thrown = woken && states.get(woken)?.cancelled ? takeCancelledError(it, woken) : h.incref(woken?.attrs?.get('exception'));
  if (woken && thrown && states.get(woken)?.cancelled) stepThrows.set(woken, thrown);
  // (`_must_cancel`: a new CancelledError() thrown in instead of the send, held by task_step)
  // (a cancelled sleep's future: the CancelledError task_wakeup got from it is thrown in the same way)
  const cancelExc = (st.mustCancel || (woken && sleepFutures.has(woken) && states.get(woken)?.cancelled)) && !st.done ? newCancelledError(it) : undefined;
  st.mustCancel = false;
  let ok = true;
  ex.current = task;
  try {
    if (st.done || (co.genState !== 'created' && co.genState !== 'suspended')) return true;
    let r: { done: boolean; value: PyObj };
    try {
      if (cancelExc) {
        // (thrown into a coroutine not started yet, it is raised in its frame's first instruction)
        if (co.genState === 'created' && co.genFrame) it.addTraceback(cancelExc, co.genFrame);
        r = yield* it.b.throwInto(co, h.incref(cancelExc)!, frame);
      } else r = yield* it.b.resume(co, co.genState === 'suspended' ? h.incref(it.b.none) : undefined, frame);
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      const dropped = dropLoopEntry(it, err.exc, frame);
      if (task === ex.main && isCancelledError(it, err.exc)) {
        // (main's CancelledError goes on out of asyncio.run at once: its entry for the caller, as
        // the model gave it before the loop's frames were a stand-in; the loop's rest is widened)
        if (dropped && frame.back) it.addTraceback(err.exc, frame.back);
        throw err;
      }
      // (main's other exceptions too are kept by its Task while the loop runs on: asyncio.run's
      // run_until_complete raises it from future.result() once the loop stopped — asyncioModel.ts)
      if (isCancelledError(it, err.exc)) {
        // task_step: the task ends cancelled, keeping this CancelledError (`fut_cancelled_exc`).
        finish(it, ex, task, undefined, err.exc, true);
        return true;
      }
      // The Task keeps the exception (its traceback holds the coroutine's frames).
      finish(it, ex, task, undefined, err.exc);
      return true;
    }
    if (r.done) {
      finish(it, ex, task, r.value, undefined);
      return true;
    }
    const y = r.value;
    const delay = sleepDelay(y);
    if (it.fuzzyDepth > 0) {
      // (it suspended under an unknown condition: whether, and on what, it waits is not known)
      h.decref(y);
      ok = false;
    } else if (delay !== undefined && delay <= 0) {
      h.decref(y);
      ex.ready.push({ kind: 'step', task: h.incref(task)! });
    } else if (delay !== undefined && startTimer(it, ex, task, y, delay)) {
      h.decref(y);
    } else if (isFollowedFuture(y) && !states.get(y)!.done && y !== task) {
      states.get(y)!.callbacks.push({ kind: 'wakeup', task: h.incref(task)! });
      st.waiter = y;
    } else {
      h.decref(y);
      ok = false;
    }
    return ok;
  } finally {
    ex.current = undefined;
    if (woken) stepThrows.delete(woken);
    // The handle (and, once woken, its args and the task's `_fut_waiter`) go when the step ends.
    h.decref(cancelExc);
    h.decref(thrown);
    h.decref(hd.wokenBy);
    h.decref(parkedOn);
    h.decref(task);
  }
}

/**
 * A program's done callback, `fn(fut)` (Handle._run). An exception it raises goes to the loop's
 * exception handler, which logs it: not followed (the exact loop ends).
 */
function* runCallback(it: Interpreter, fn: PyObj, fut: PyObj, frame: Frame): G<boolean> {
  try {
    return yield* runLoggedCall(it, fn, [fut], frame, 'done_callback');
  } finally {
    it.heap.decref(fn);
    it.heap.decref(fut);
  }
}

/** A callback the loop runs (Handle._run): false when it raised (the loop logs the exception; what its traceback keeps is not followed). */
export function* runLoggedCall(it: Interpreter, fn: PyObj, args: PyObj[], frame: Frame, what: string): G<boolean> {
  const h = it.heap;
  try {
    h.decref(yield* it.callFromC(fn, args, frame, { line: frame.line, col: 0, key: `${frame.line}:0:${what}` }));
    return true;
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    h.escape(err.exc);
    h.decref(err.exc);
    it.unmodelledGarbage = true;
    return false;
  }
}

/** gather's `_done_callback(child)`. */
function gatherChildDone(it: Interpreter, ex: ExactLoop, outer: PyObj, child: PyObj): boolean {
  const h = it.heap;
  const st = states.get(outer)!;
  const g = st.gather!;
  const cancelled = !!states.get(child)?.cancelled;
  if (cancelled && !g.returnExceptions) {
    // (a cancelled child cancels the gathering future: not followed)
    h.fuzz(outer);
    h.fuzz(child);
    return false;
  }
  try {
    g.finished++;
    if (st.done) return true;
    const exc = cancelled ? undefined : child.attrs!.get('exception');
    if (exc && !g.returnExceptions) {
      finish(it, ex, outer, undefined, h.incref(exc));
      return true;
    }
    if (g.finished === g.children.length) {
      const list = h.alloc('list', 'list', h.site(it.b.it.stack.at(-1)?.line ?? 0, 0, 'list', 'gather results'));
      // (a cancelled child's place gets a new CancelledError('') — its cancel message — while the
      // child keeps the one its coroutine raised: fut.exception() would raise it, not return it)
      list.items = g.children.map((c) => (states.get(c)?.cancelled ? newCancelledError(it, [it.b.newStrImmortal('')]) : h.incref(c.attrs!.get('result') ?? c.attrs!.get('exception'))!));
      list.tracked = true;
      for (const x of list.items) it.b.noteStore(list, x);
      finish(it, ex, outer, list, undefined);
    }
    return true;
  } finally {
    h.decref(child);
    // (the closure's cell holds the outer future until the last child's callback ran)
    if (--g.closureLive === 0) h.decref(outer);
  }
}

/** The coroutine `asyncio.sleep(delay, result)` makes while a loop runs (kind unknown; its frame's two variables in slots). */
export const ASYNCIO_SLEEP = 'asyncio.sleep';

/** `asyncio.sleep(0)`'s coroutine (a delay of zero: `__sleep0`, one bare yield to the loop). */
export function isSleepZeroValue(o: PyObj): boolean {
  const d = sleepDelay(o);
  return d !== undefined && d <= 0;
}

/** The known delay of asyncio.sleep's coroutine (`delay <= 0`: one bare yield, `__sleep0`). */
function sleepDelay(o: PyObj): number | undefined {
  const d = o.builtinName === ASYNCIO_SLEEP ? o.slots?.get('delay') : undefined;
  if ((d?.kind !== 'int' && d?.kind !== 'float') || d.value === undefined || d.fuzzy) return undefined;
  const n = Number(d.value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * How far apart (seconds) two timers' deadlines must be for the model to know their order and
 * that they fire in different loop iterations: the loop wakes late by the selector's rounding and
 * the program's own run time, which the model does not know. A timer this close to the model's
 * clock while other work is ready may be due already (joining this iteration's batch or a later
 * one); a lone timer is not: with nothing ready the loop sleeps until the first deadline.
 */
const TIMER_MARGIN = 0.005;
/** Deadlines are sums of delays: `0.015 - 0.01` is a hair under 0.005, and still as far apart as the program says. */
const TIMER_EPSILON = 1e-9;

/** Whether two deadlines (or a deadline and the clock) are closer than TIMER_MARGIN. */
export function withinMargin(earlier: number, later: number): boolean {
  return later - earlier < TIMER_MARGIN - TIMER_EPSILON;
}

/**
 * asyncio.sleep(delay > 0) parks the task on a new future (its frame's `future`: kept in the sleep
 * coroutine's slots) that `call_later`'s TimerHandle, holding the future and `result`, completes
 * with `result`: in the model a timer at `now + delay`; once due its handle sets the result, and
 * the future's wakeup steps the task one iteration later. False when the delay is not one the
 * model can order.
 */
/** The futures asyncio.sleep parks on (startTimer): a task.cancel() there is followed (cancelSleep). */
const sleepFutures = new WeakSet<PyObj>();

function startTimer(it: Interpreter, ex: ExactLoop, task: PyObj, sleep: PyObj, delay: number): boolean {
  const h = it.heap;
  if (delay > 1e6 || ex.timers.length >= LIMITS.MAX_EVENT_LOOP_TASKS || !sleep.slots || sleep.slots.has('future')) return false;
  const fut = newFuture(it.b, FUTURE, 'Future', { line: it.stack.at(-1)?.line ?? 0, col: 0 });
  sleep.slots.set('future', fut);
  sleepFutures.add(fut);
  states.get(fut)!.callbacks.push({ kind: 'wakeup', task: h.incref(task)! });
  states.get(task)!.waiter = h.incref(fut);
  const result = h.incref(sleep.slots.get('result') ?? it.b.none)!;
  ex.timers.push({ when: ex.now + delay, at: ex.now, seq: ex.timerSeq++, hd: { kind: 'timer', fut: h.incref(fut)!, result } });
  return true;
}

/**
 * _run_once's timers: with nothing ready the clock moves to the first deadline; the timers due then
 * are ready in deadline order (equal deadlines set at the same moment: in the order they were
 * set). False when their order or grouping is not known: deadlines closer than TIMER_MARGIN, or,
 * while other work is ready (the clock does not move), a timer not yet due that may be by now.
 */
export function takeDueTimers(ex: ExactLoop): boolean {
  if (!ex.timers.length && !ex.guards.length) return true;
  if (!ex.ready.length) ex.now = Math.min(...ex.timers.map((t) => t.when), ...ex.guards.map((g) => g.when));
  // (a wait_for deadline reached, or too close to tell: its timeout may cancel the task)
  if (ex.guards.some((g) => withinMargin(ex.now, g.when))) return false;
  ex.timers.sort((a, b) => a.when - b.when || a.seq - b.seq);
  let due = 0;
  while (due < ex.timers.length && ex.timers[due].when <= ex.now) due++;
  if (ex.ready.length && due < ex.timers.length && withinMargin(ex.now, ex.timers[due].when)) return false;
  for (let i = 1; i < ex.timers.length && i <= due; i++) {
    const [a, b] = [ex.timers[i - 1], ex.timers[i]];
    const same = a.when === b.when && a.at === b.at;
    if (!same && withinMargin(a.when, b.when)) return false;
  }
  for (const t of ex.timers.splice(0, due)) ex.ready.push(t.hd);
  return true;
}

/**
 * Ends exact following: every pending task's coroutine goes to the widened model (returned,
 * owned), the program's done callbacks not yet run to `callbacks` (code the model does not follow
 * calls them), and what the exact loop held (handles, callbacks, tasks) becomes of unknown count.
 */
export function abandonExact(it: Interpreter, ex: ExactLoop, callbacks: PyObj[]): PyObj[] {
  const h = it.heap;
  const pending: PyObj[] = [];
  for (const f of ex.futures) {
    const st = states.get(f)!;
    if (st.done || !f.alive) continue;
    h.fuzz(f);
    for (const cb of st.callbacks) if (cb.kind === 'call') callbacks.push(cb.fn); else if (cb.kind === 'native') h.fuzz(cb.holds);
    const co = f.attrs!.get('coro');
    if (co && f !== ex.main) pending.push(h.incref(co)!);
  }
  // (the handles' and callbacks' references are left in place: their objects live on, open)
  for (const hd of [...ex.ready, ...ex.timers.map((t) => t.hd)]) {
    for (const o of handleObjects(hd)) h.fuzz(o);
    if (hd.kind === 'call') callbacks.push(hd.fn);
    // (a call_soon / call_later handle: its callback runs there, with its arguments)
    if (hd.kind === 'soon') {
      const fn = hd.handle.attrs?.get('_callback');
      if (fn && fn !== it.b.none) callbacks.push(fn);
      h.escape(hd.handle);
    }
  }
  ex.ready.length = 0;
  ex.timers.length = 0;
  return pending;
}


/** Whether anything the exact loop follows went to code the model does not follow. */
export function exactLost(ex: ExactLoop): boolean {
  return ex.futures.some((f) => f.alive && f.fuzzy && !states.get(f)!.done) || ex.ready.some((hd) => handleObjects(hd).some((o) => o.fuzzy));
}

function handleObjects(hd: Handle): PyObj[] {
  return hd.kind === 'step' ? [hd.task] : hd.kind === 'timer' ? [hd.fut] : hd.kind === 'soon' ? [hd.handle] : hd.kind === 'gather' ? [hd.outer, hd.child] : hd.kind === 'native' ? [hd.cb.holds, hd.fut] : [hd.fn, hd.fut];
}

export function pendingCount(ex: ExactLoop): number {
  // (a plain Future nobody completes does not keep the loop running)
  return ex.futures.filter((f) => f.alive && f.builtinName !== FUTURE && !states.get(f)!.done).length;
}

/**
 * `await fut` of a Task / gathering future the exact loop follows (`v` owned, the FutureIter's):
 * a done one gives its result (or raises its exception) at once; a pending one is yielded to the
 * loop, which resumes the task once it is done.
 */
export function* awaitFollowedFuture(it: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  try {
    if (!states.get(v)!.done) {
      const sent = yield h.incref(v)!;
      if (!isFollowedFuture(v) || !states.get(v)!.done) {
        // (exact following ended meanwhile: the widened loop sends what it knows)
        it.noteMayRaise();
        return sent ?? it.b.unknown(e.line, e.col);
      }
      h.decref(sent);
    }
    if (states.get(v)!.cancelled) {
      // (the woken step's CancelledError, or one taken from the task now)
      const held = stepThrows.get(v);
      throw it.raiseObj(held ? h.incref(held)! : takeCancelledError(it, v), frame, false);
    }
    const exc = v.attrs!.get('exception');
    if (exc) {
      restoreExceptionTb(it, v, exc);
      throw it.raiseObj(h.incref(exc)!, frame, false);
    }
    return h.incref(v.attrs!.get('result'))!;
  } finally {
    h.decref(v);
  }
}

/** The attribute a failed future keeps its exception's traceback in (`fut_exception_tb`). */
const EXCEPTION_TB = 'exception_tb';

/**
 * future_get_result of a failed future (result(), await, a woken awaiter's task_wakeup): the
 * exception's `__traceback__` is set back to the kept one — None once an earlier call took it —
 * and the future lets go of it (Py_CLEAR(fut_exception_tb)). The same on 3.11-3.13; exception()
 * leaves both alone.
 */
export function restoreExceptionTb(it: Interpreter, f: PyObj, exc: PyObj): void {
  if (exc.kind !== 'exception') return;
  const kept = f.attrs!.get(EXCEPTION_TB);
  f.attrs!.delete(EXCEPTION_TB);
  const old = exc.traceback;
  // (ownership of the kept reference moves to the exception)
  exc.traceback = kept;
  it.heap.decref(old);
}

/** A cancelled task's kept CancelledError while a woken step of its awaiter holds it (taken). */
const stepThrows = new WeakMap<PyObj, PyObj>();
/** The attribute a cancelled task keeps its CancelledError in until it is handed out. */
const CANCELLED_EXC = 'cancelled_exc';

function newCancelledError(it: Interpreter, args: PyObj[] = []): PyObj {
  const line = it.stack.at(-1)?.line ?? 0;
  return it.b.makeException(it.b.cancelledErrorClass(), args, { line, col: 0 }, [], 'internal');
}

export function isCancelledError(it: Interpreter, exc: PyObj): boolean {
  return exc.kind === 'exception' && it.b.isSubclass(it.b.classOf(exc), it.b.cancelledErrorClass());
}

/**
 * create_cancelled_error: the CancelledError a cancelled task kept (ownership moves to the caller:
 * the task no longer holds it), else a new CancelledError().
 */
function takeCancelledError(it: Interpreter, f: PyObj): PyObj {
  const kept = f.attrs!.get(CANCELLED_EXC);
  if (!kept) return newCancelledError(it);
  f.attrs!.delete(CANCELLED_EXC);
  return kept;
}

/**
 * `_fut_waiter.cancel()` of the future an asyncio.sleep parks on: the future is cancelled, its one
 * done callback (the task's wakeup) scheduled, and the task's next step gets a new CancelledError
 * (task_wakeup: future_get_result raises create_cancelled_error) thrown in at the sleep's await;
 * the sleep's `finally: h.cancel()` clears the TimerHandle's args (future and result), so its timer
 * holds nothing any more (a cancelled handle never runs). False when it is not that simple.
 */
function cancelSleep(it: Interpreter, ex: ExactLoop, fut: PyObj): boolean {
  const st = states.get(fut)!;
  const i = ex.timers.findIndex((tm) => tm.hd.kind === 'timer' && tm.hd.fut === fut);
  if (st.done || i < 0 || st.callbacks.length !== 1 || st.callbacks[0].kind !== 'wakeup') return false;
  const [tm] = ex.timers.splice(i, 1);
  if (tm.hd.kind === 'timer') {
    it.heap.decref(tm.hd.fut);
    it.heap.decref(tm.hd.result);
  }
  st.done = true;
  st.cancelled = true;
  const cb = st.callbacks.pop()!;
  if (cb.kind === 'wakeup') ex.ready.push({ kind: 'step', task: cb.task, wokenBy: it.heap.incref(fut) });
  return true;
}

/**
 * task.cancel(): True when it will be cancelled — a task whose step is ready gets `_must_cancel`,
 * a task parked on another Task cancels that one (`_fut_waiter.cancel()`); False when done;
 * undefined when the model does not follow it (parked on a future, cancelling itself).
 */
function cancelTask(it: Interpreter, ex: ExactLoop, t: PyObj, depth: number): boolean | undefined {
  const st = states.get(t);
  if (!st || t.builtinName !== TASK || t.fuzzy || depth > LIMITS.MAX_EVENT_LOOP_TASKS) return undefined;
  if (st.done) return false;
  if (t === ex.current) return undefined;
  if (st.waiter && sleepFutures.has(st.waiter)) return cancelSleep(it, ex, st.waiter) ? true : undefined;
  if (st.waiter) return st.waiter.builtinName === TASK ? (cancelTask(it, ex, st.waiter, depth + 1) ? true : undefined) : undefined;
  st.mustCancel = true;
  return true;
}

export function taskAttr(_b: Builtins, o: PyObj, name: string): ModelAttr {
  if (o.builtinName === FUTURE && FUTURE_METHODS.has(name)) return { method: `${TASK}.${name}` };
  return (o.builtinName === TASK || o.builtinName === FUTURE) && TASK_METHODS.has(name) ? { method: `${TASK}.${name}` } : undefined;
}

export function isLoopObject(o: PyObj): boolean {
  return o.builtinName === LOOP;
}

export function loopAttr(_b: Builtins, _o: PyObj, name: string): ModelAttr {
  return name === 'create_future' || LOOP_HANDLE_METHODS.has(name) ? { method: `${LOOP}.${name}` } : undefined;
}

/**
 * asyncio.get_running_loop() / get_event_loop() while the loop is followed exactly: the loop object
 * (held by the Runner, its handles and tasks: its count is not followed).
 */
function runningLoopImpl(call: BuiltinCall): PyObj {
  const { it, h, args, kwargs, pos, unknownCall } = call;
  const ex = exactNow(it);
  if (!ex || args.length || kwargs.length) return unknownCall();
  if (!ex.loopObj) {
    const o = h.alloc('builtin', '_UnixSelectorEventLoop', h.site(pos.line, pos.col, 'loop', 'running loop'));
    o.builtinName = LOOP;
    o.tracked = true;
    h.fuzz(o);
    // (the Runner's reference, never dropped while the model follows it)
    ex.loopObj = h.incref(o);
    return o;
  }
  return h.incref(ex.loopObj)!;
}

/** loop.create_future() / asyncio.Future(): a new pending Future. */
function createFutureImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, pos, unknownCall } = call;
  const ex = exactNow(it);
  const own = call.name === 'asyncio.Future' ? 0 : 1;
  if (!ex || args.length !== own || kwargs.length || (own && (args[0] !== ex.loopObj || !ex.loopObj))) return unknownCall();
  const f = newFuture(b, FUTURE, 'Future', pos);
  ex.futures.push(f);
  return f;
}

/** task.result() / done() / exception() / cancelled() / add_done_callback(fn) of a followed task. */
function taskMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, frame, unknownCall } = call;
  const t = args[0];
  if (name === `${TASK}.add_done_callback`) return addDoneCallback(call);
  if (name === `${TASK}.set_result` || name === `${TASK}.set_exception`) return setFutureResult(call);
  if (args.length !== 1 || kwargs.length || !isFollowedFuture(t)) return unknownCall();
  const st = states.get(t)!;
  const exc = t.attrs!.get('exception');
  switch (name.slice(TASK.length + 1)) {
    case 'done': return b.bool(st.done);
    case 'cancelled': return b.bool(!!st.cancelled);
    case 'cancel': {
      const ex = exactNow(it);
      const r = ex ? cancelTask(it, ex, t, 0) : undefined;
      return r === undefined ? unknownCall() : b.bool(r);
    }
    case 'result':
    case 'exception':
      // (a pending task's InvalidStateError is not modelled)
      if (!st.done) return unknownCall();
      // (both raise a cancelled task's CancelledError)
      if (st.cancelled) throw it.raiseObj(takeCancelledError(it, t), frame, false);
      if (name.endsWith('exception')) return h.incref(exc ?? b.none)!;
      if (exc) {
        restoreExceptionTb(it, t, exc);
        throw it.raiseObj(h.incref(exc)!, frame, false);
      }
      return h.incref(t.attrs!.get('result'))!;
    default: return unknownCall();
  }
}

/**
 * fut.set_result(v) / set_exception(exc) of a pending plain Future: it holds v / exc, its callbacks
 * are scheduled. (A done one's InvalidStateError, and an exception class to instantiate, are not
 * modelled.)
 */
function setFutureResult(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, unknownCall } = call;
  const [f, v] = args;
  const ex = exactNow(it);
  const isExc = name.endsWith('set_exception');
  if (!ex || args.length !== 2 || kwargs.length || f.builtinName !== FUTURE || !isFollowedFuture(f) || states.get(f)!.done || (isExc && v.kind !== 'exception')) return unknownCall();
  finish(it, ex, f, isExc ? undefined : h.incref(v), isExc ? h.incref(v) : undefined);
  return b.none;
}

/**
 * task.add_done_callback(fn): the task holds fn until it is done, then schedules fn(task); on a
 * done task it is scheduled at once. (The context copied for it is the loop's, not the program's.)
 */
function addDoneCallback(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, unknownCall } = call;
  const [t, fn] = args;
  const ex = exactNow(it);
  if (!ex || args.length !== 2 || kwargs.length || !isFollowedFuture(t) || fn.fuzzy || fn.kind === 'unknown') return unknownCall();
  const st = states.get(t)!;
  if (st.done) ex.ready.push({ kind: 'call', fn: h.incref(fn)!, fut: h.incref(t)! });
  else st.callbacks.push({ kind: 'call', fn: h.incref(fn)! });
  b.noteStore(t, fn);
  return b.none;
}

/** Whether a new task may be made exactly now: the loop follows exactly, and not under an unknown condition. */
export function exactNow(it: Interpreter): ExactLoop | undefined {
  const loop = it.asyncLoop;
  return loop?.exact && it.fuzzyDepth === 0 && !loop.tasks.length ? loop.exact : undefined;
}

function isFreshCoroutine(it: Interpreter, o: PyObj | undefined): o is PyObj {
  return !!o && o.builtinName === COROUTINE && o.genState === 'created' && !o.fuzzy && !it.asyncLoop!.driven.has(o);
}

/** asyncio.create_task(coro) / ensure_future(coro). */
function createTaskImpl(call: BuiltinCall): PyObj {
  const { it, args, kwargs, pos, unknownCall } = call;
  const ex = exactNow(it);
  const co = args[0];
  if (!ex || args.length !== 1 || kwargs.length || ex.futures.length >= LIMITS.MAX_EVENT_LOOP_TASKS) return unknownCall();
  if (call.name === 'asyncio.ensure_future' && isFollowedFuture(co)) return it.heap.incref(co)!;
  if (!isFreshCoroutine(it, co)) return unknownCall();
  it.asyncLoop!.driven.add(co);
  return newTask(it, ex, co, pos);
}

/** asyncio.gather(*aws, return_exceptions=False). */
function gatherImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kw, kwargs, pos, unknownCall } = call;
  const ex = exactNow(it);
  const rex = kw.get('return_exceptions');
  const rexKnown = !rex || rex === b.trueObj || rex === b.falseObj;
  if (!ex || !args.length || !rexKnown || kwargs.some(([k]) => k !== 'return_exceptions') || ex.futures.length + args.length > LIMITS.MAX_EVENT_LOOP_TASKS) return unknownCall();
  if (!args.every((a) => isFreshCoroutine(it, a) || isFollowedFuture(a)) || new Set(args).size !== args.length) return unknownCall();
  const children = args.map((a) => {
    if (isFollowedFuture(a)) return h.incref(a)!;
    it.asyncLoop!.driven.add(a);
    return newTask(it, ex, a, pos);
  });
  const outer = newFuture(b, GATHERING, '_GatheringFuture', pos);
  outer.items = children;
  for (const c of children) b.noteStore(outer, c);
  ex.futures.push(outer);
  const gst = { children, finished: 0, returnExceptions: rex === b.trueObj, closureLive: children.length };
  states.get(outer)!.gather = gst;
  // (one closure, in every child's callbacks, holds the cell that holds the outer future)
  h.incref(outer);
  for (const c of children) {
    const cst = states.get(c)!;
    if (cst.done) ex.ready.push({ kind: 'gather', outer, child: h.incref(c)! });
    else cst.callbacks.push({ kind: 'gather', outer });
  }
  return outer;
}

export const ASYNCIO_TASK_IMPLS: [string, BuiltinImpl][] = [
  ['asyncio.create_task', createTaskImpl],
  ['asyncio.ensure_future', createTaskImpl],
  ['asyncio.gather', gatherImpl],
  ...[...TASK_METHODS, ...FUTURE_METHODS].map((m): [string, BuiltinImpl] => [`${TASK}.${m}`, taskMethodImpl]),
  ['asyncio.get_running_loop', runningLoopImpl],
  ['asyncio.get_event_loop', runningLoopImpl],
  [`${LOOP}.create_future`, createFutureImpl],
  ['asyncio.Future', createFutureImpl],
];
