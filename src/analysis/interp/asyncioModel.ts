// asyncio's event loop, as far as the model follows it: `asyncio.run(main())` drives main here,
// and coroutines handed to calls the model does not follow while it runs (create_task, gather,
// ensure_future, wait_for, a TaskGroup's create_task …) become tasks of this loop.
//
// CPython: a Task does not start its coroutine when it is made; its first step is scheduled
// (call_soon) and runs when the running task next suspends (an await that yields a future to the
// loop). A task that raises keeps the exception (with its traceback) instead of passing it on;
// asyncio.run returns main's own return value, and the Runner, loop and main Task are gone then.
// The loop is first followed exactly (asyncioTasks.ts, asyncioSync.ts): main is a Task like the
// others and every step runs as such. Once something comes up that the model does not follow (a
// future it does not know, an ambiguous timer, cancel() of a task parked on a future, a task
// reaching unknown code), when each step runs and how long a task waits is no longer known: main
// goes on driven here, and every step of another task runs under an unknown condition (what it
// touches gets open counts), never as an exact run nor as an exception of the call that scheduled it.
import type { BuiltinCall } from './builtinCalls';
import { isPlainCallable } from './builtinCalls';
import { COROUTINE } from './builtinNames';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import { EVENT_LOOP, runForUnfollowedCaller } from './unfollowedRuns';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import type { ExactLoop, Handle } from './asyncioTasks';
import { endLoopFrames, loopFrames } from './asyncioLoopFrames';
import { dropTimersAtClose, popCancelledTimers } from './asyncioHandles';
import { abandonExact, ASYNCIO_SLEEP, exactLost, futureDone, isSleepZeroValue, newTask, pendingCount, restoreExceptionTb, runHandle, taskFailed, takeDueTimers } from './asyncioTasks';

export class AsyncLoop {
  /** The other tasks' coroutines (owned), started or not, in the order they were scheduled. */
  readonly tasks: PyObj[] = [];
  /** The coroutines this loop drives (main and the tasks): an await in their chain suspends to it. */
  readonly driven = new Set<PyObj>();
  /**
   * A task stepped by the widened model raised: its exception (with a traceback through the loop's
   * frames) is kept by a Task the model does not build. (The exact loop's tasks keep theirs in the
   * heap, where coroutineTracebackAlive sees whether they still live.)
   */
  taskRaised = false;
  /** The loop followed exactly (asyncioTasks.ts), until something the model does not follow comes up. */
  exact?: ExactLoop;
  /**
   * asyncio code the model does not follow ran with a task current (`asyncio.timeout()`): it may
   * cancel that task at any suspension, and the CancelledError its wakeup throws in is held by
   * task_wakeup until the step ends, with a traceback through the frames it unwound (awaitables.ts).
   */
  unknownCancel = false;
}

/**
 * Coroutines given to a call the model does not follow while a loop runs (unknownCall), directly or
 * in a list or tuple: they are the loop's tasks now (returned).
 */
export function scheduleCoroutines(it: Interpreter, loop: AsyncLoop, args: PyObj[]): PyObj[] {
  const scheduled: PyObj[] = [];
  for (const a of args) for (const x of a.kind === 'list' || a.kind === 'tuple' ? a.items ?? [] : [a]) {
    if (x.builtinName === COROUTINE && x.genState === 'created' && !loop.driven.has(x) && loop.tasks.length < LIMITS.MAX_EVENT_LOOP_TASKS) {
      loop.driven.add(x);
      loop.tasks.push(it.heap.incref(x)!);
      scheduled.push(x);
    }
  }
  return scheduled;
}

/**
 * Whether an `await` in `frame` of a future the model does not follow suspends to the loop: the
 * frame is a coroutine's, awaited (by coroutines only) from one the loop drives. (An async
 * generator's await, driven as a generator, is not: its yields are its items.)
 */
export function suspendsToLoop(loop: AsyncLoop, frame: Frame): boolean {
  let f: Frame | undefined = frame;
  for (let n = 0; f && n < LIMITS.MAX_CALL_DEPTH; n++, f = f.back) {
    if (f.kind !== 'function' || !('isAsync' in f.code) || !f.code.isAsync || f.code.isGenerator) return false;
    if (f.ownerObj && loop.driven.has(f.ownerObj)) return true;
  }
  return false;
}

/** `asyncio.run(coro)`: main runs at once (nothing else runs before it) and its return value is the result. */
export function* asyncioRun(call: BuiltinCall): G<PyObj> {
  const { it, args, kwargs, frame, pos } = call;
  const co = args[0];
  // (a running loop makes asyncio.run raise; a loop_factory's loop is not followed)
  if (args.length !== 1 || co.builtinName !== COROUTINE || co.genState !== 'created' || it.asyncLoop || kwargs.some(([k]) => k !== 'debug')) return call.unknownCall();
  const h = it.heap;
  const loop = new AsyncLoop();
  loop.driven.add(co);
  it.asyncLoop = loop;
  let result: PyObj | undefined;
  let loopFrame: Frame | undefined;
  let exactDone = false;
  let chainOpen = false;
  let mainExc: PyObj | undefined;
  const ex: ExactLoop = { ready: [], futures: [], main: undefined!, now: 0, timers: [], timerSeq: 0, guards: [] };
  try {
    // The Runner's main Task, followed exactly as long as the model can (asyncioTasks.ts).
    loop.exact = ex;
    ex.main = newTask(it, ex, co, pos);
    loopFrame = loopFrames(frame, ex.main, it);
    const end = yield* runExactly(it, loop, ex, frame, loopFrame);
    exactDone = end === 'done';
    if (end === 'done' && !taskFailed(ex.main)) {
      result = h.incref(ex.main.attrs!.get('result'))!;
      h.decref(ex.main);
      loop.exact = undefined;
    } else if (end === 'done') {
      loop.exact = undefined;
    } else {
      // What main waits on when exact following ends: the next round (sleep(0): its step is
      // ready), or a future the model no longer follows.
      const mainStepReady = ex.ready.some((hd) => hd.kind === 'step' && hd.task === ex.main);
      const callbacks: PyObj[] = [];
      loop.tasks.push(...abandonExact(it, ex, callbacks));
      // (as for any callable given to code the model does not follow: it escapes, and runs there)
      for (const f of callbacks) h.escape(f);
      if (callbacks.length) it.runEscapedCallables(callbacks.filter(isPlainCallable), frame, call.site);
      loop.exact = undefined;
      const mainResult = ex.main.attrs!.get('result');
      if (mainResult) result = h.incref(mainResult)!;
      else if (!taskFailed(ex.main)) {
        try {
          result = yield* runWidened(it, loop, co, frame, mainStepReady);
        } catch (err) {
          // (main failing after exact following ended: CPython's Task keeps the exception and
          // run_until_complete's frame, in its traceback, keeps that Task, which the model does
          // not build on this path: the exception's count and what it reaches stay open)
          if (err instanceof PyException) h.escape(err.exc);
          throw err;
        }
      }
    }
    if (taskFailed(ex.main)) {
      // Main's Task failed: run_until_complete's `future.result()` raises its exception (the Task
      // lets go of the kept traceback and keeps the exception), through run_until_complete,
      // Runner.run and asyncio.run, whose frame objects the traceback keeps with their variables:
      // `future` and `task` (the main Task, so the exception and its traceback form a cycle) and
      // the main coroutine. One entry for the stand-in of those frames, one for the caller.
      mainExc = ex.main.attrs!.get('exception')!;
      restoreExceptionTb(it, ex.main, mainExc);
      it.addTraceback(mainExc, loopFrame);
      // (Runner.run's `task`: the reference newTask gave)
      loopFrame.locals.set('task', ex.main);
    }
  } finally {
    // Main is done: asyncio.run cancels the tasks still pending (CancelledError at their await),
    // which may also have finished before; what is left of each runs under an unknown condition.
    try {
      loop.exact = undefined;
      runTasks(it, loop, frame, loop.tasks.slice());
    } finally {
      it.asyncLoop = undefined;
      // (the loop's frames end with asyncio.run, raising or not)
      if (loopFrame) chainOpen = endLoopFrames(it, loopFrame);
    }
  }
  // 3.12+: the traceback of a task's exception, or of any exception raised in a coroutine the loop
  // ran that is still alive, keeps the loop's frames (f_back), and through them the main Task
  // holding this result for as long as it lives. Followed to the end exactly, that chain is the
  // stand-in's (asyncioLoopFrames.ts); otherwise (and when what keeps the chain is not known)
  // the result and the tasks' results are open.
  const unfollowedChain = !exactDone && (loop.taskRaised || coroutineTracebackAlive(it));
  if (it.vm.genFrameLinksBack && (chainOpen || unfollowedChain)) {
    h.escape(result);
    for (const f of ex.futures) if (f.alive) h.escape(f.attrs?.get('result'));
  }
  if (mainExc) throw it.raiseObj(h.incref(mainExc)!, frame, false);
  return result!;
}

/** Whether a traceback through a coroutine's frame is alive (true as well when too many objects live to look). */
function coroutineTracebackAlive(it: Interpreter): boolean {
  let n = 0;
  for (const o of it.heap.live) {
    if (++n > LIMITS.MAX_LIVE_SCAN) return true;
    const fr = o.kind === 'traceback' ? o.tbFrame?.frame : undefined;
    if (fr && 'isAsync' in fr.code && fr.code.isAsync) return true;
  }
  return false;
}

/**
 * The loop followed exactly (asyncioTasks.ts): iterations of the ready handles until the one
 * after main finished; 'done' when nothing is left pending then, 'abandoned' when something
 * the model does not follow came up (pending tasks go to the widened model).
 */
function* runExactly(it: Interpreter, loop: AsyncLoop, ex: ExactLoop, frame: Frame, loopFrame: Frame): G<'done' | 'abandoned'> {
  // (a task's step runs under the loop's frames; a callback's as before, from asyncio.run's caller)
  const under = (hd: Handle): Frame => hd.kind === 'step' ? loopFrame : frame;
  let last = false;
  for (let n = 0; n < LIMITS.MAX_EVENT_LOOP_ROUNDS; n++) {
    popCancelledTimers(it, ex);
    if (!takeDueTimers(ex)) return 'abandoned';
    const batch = ex.ready.length;
    if (!batch) break;
    for (let i = 0; i < batch; i++) {
      if (loop.tasks.length || exactLost(ex)) return 'abandoned';
      const hd = ex.ready.shift()!;
      const ok = yield* runHandle(it, ex, hd, under(hd));
      if (!ok) return 'abandoned';
    }
    // (main's done callback stops the loop in the next iteration, which runs in full)
    if (last) break;
    if (futureDone(ex.main)) last = true;
  }
  if (!futureDone(ex.main) || pendingCount(ex) || loop.tasks.length || exactLost(ex)) return 'abandoned';
  // (callbacks still ready run in the Runner's shutdown; no task is left to run)
  for (let i = 0; ex.ready.length && i < LIMITS.MAX_EVENT_LOOP_TASKS * 4; i++) {
    const hd = ex.ready.shift()!;
    yield* runHandle(it, ex, hd, under(hd));
  }
  return ex.ready.length || !dropTimersAtClose(it, ex) ? 'abandoned' : 'done';
}

/**
 * Main driven as without exact following: each time it suspends, the other tasks run under an
 * unknown condition (one step each for `sleep(0)`, to their end for a future the model does not
 * follow) and main resumes with a value of unknown content.
 */
function* runWidened(it: Interpreter, loop: AsyncLoop, co: PyObj, frame: Frame, oneRoundFirst: boolean): G<PyObj> {
  const h = it.heap;
  let oneRound = oneRoundFirst;
  for (let round = 0; ; round++) {
    if (co.genState !== 'suspended' && co.genState !== 'created') return it.b.unknown(frame.line, 0);
    runTasks(it, loop, frame, oneRound ? undefined : loop.tasks.slice());
    if (round >= LIMITS.MAX_EVENT_LOOP_ROUNDS) {
      // Suspended too often: the rest of main is not followed.
      h.escape(co);
      return it.b.unknown(frame.line, 0);
    }
    const r = yield* it.b.resume(co, it.b.unknown(frame.line, 0), frame);
    if (r.done) return r.value;
    oneRound = isSleepZeroValue(r.value);
    h.decref(r.value);
  }
}

/** One round of the loop while main waits: each task takes its next step; those in `finish` run to their end. */
function runTasks(it: Interpreter, loop: AsyncLoop, frame: Frame, finish: PyObj[] | undefined): void {
  for (let i = 0; i < loop.tasks.length && i < LIMITS.MAX_EVENT_LOOP_TASKS; i++) {
    const co = loop.tasks[i];
    const steps = finish?.includes(co) ? LIMITS.MAX_ESCAPED_GENERATOR_STEPS : 1;
    for (let n = 0; n < steps; n++) {
      if (stepTask(it, loop, co, frame)) {
        loop.tasks.splice(i--, 1);
        it.heap.decref(co);
        break;
      }
    }
  }
}

/** Runs a task's coroutine to its next suspension under an unknown condition; true once it is done. */
function stepTask(it: Interpreter, loop: AsyncLoop, co: PyObj, frame: Frame): boolean {
  // (a future it waits on escaped at its await; its result, kept by the Task, is read by code the
  // model does not follow. An exception is kept by the Task: task.exception(), await task.)
  const end = runForUnfollowedCaller(it, co, frame, 1, EVENT_LOOP);
  if (end === 'raised') loop.taskRaised = true;
  return end !== 'suspended';
}

export { ASYNCIO_SLEEP };

/**
 * `asyncio.sleep(delay[, result])` is an `async def` (the same on 3.11-3.13): the coroutine's frame
 * holds both arguments; awaited, it suspends once to the loop and returns `result` itself.
 */
export function asyncioSleep(call: BuiltinCall): PyObj {
  const { it, args, kwargs, site } = call;
  const result = args[1] ?? kwargs.find(([k]) => k === 'result')?.[1];
  if (!it.asyncLoop || args.length < 1 || args.length > 2 || kwargs.some(([k]) => k !== 'result') || (args.length === 2 && kwargs.length)) return call.unknownCall();
  const co = it.b.unknown(site.line, site.col);
  co.builtinName = ASYNCIO_SLEEP;
  co.slots = new Map([['delay', it.heap.incref(args[0])!], ['result', it.heap.incref(result ?? it.b.none)!]]);
  return co;
}
