// The awaitables the model runs itself rather than treating as a future it does not follow:
// one table, tried in order by Interpreter.awaitValue after a coroutine (delegated to like
// `yield from`) and before an object's own `__await__`. Each entry is a kind of object that
// C code makes and whose await the model knows step by step.
import type { Pos } from '../ir/irTypes';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { awaitAgenStep, awaitAnextDefault, isAgenAwaitable, isAnextAwaitable } from './asyncIteration';
import { ASYNCIO_SLEEP, suspendsToLoop } from './asyncioModel';
import type { AsyncLoop } from './asyncioModel';
import { awaitFollowedFuture, isCancelledError, isFollowedFuture } from './asyncioTasks';
import { PyException } from './interpreter';
import { awaitEventWait, awaitLock, awaitQueue, isEventWait, isLockAwait, isQueueAwait } from './asyncioSync';
import { awaitTaskGroup, isTaskGroupAwait } from './asyncioTaskGroup';
import { awaitWaitFor, isWaitFor } from './asyncioWaitFor';
import { thrownException } from './builtinCalls';
import { awaitAcmCoroutine, isAcmCoroutine } from './contextlibModel';

interface AwaitableKind {
  /** What CPython calls it (for the reader; nothing matches on it). */
  readonly name: string;
  matches(ip: Interpreter, v: PyObj, frame: Frame): boolean;
  /** `await v` on the owned `v`: the result, owned. */
  await(ip: Interpreter, v: PyObj, frame: Frame, e: Pos, tag: string): G<PyObj>;
}

export const SPECIAL_AWAITABLES: readonly AwaitableKind[] = [
  {
    // An async generator's asend / athrow awaitable: one step of the generator.
    name: 'async_generator_asend / async_generator_athrow',
    matches: (_ip, v) => isAgenAwaitable(v),
    await: (ip, v, frame, e, tag) => awaitAgenStep(ip, v, frame, e, (args) => thrownException(ip, args, frame, { line: e.line, col: e.col, key: `${e.line}:${e.col}:${tag}:athrow` })),
  },
  {
    name: 'anext(ait, default)',
    matches: (_ip, v) => isAnextAwaitable(v),
    await: (ip, v, frame, e, tag) => awaitAnextDefault(ip, v, frame, e, tag),
  },
  {
    // @asynccontextmanager's __aenter__ / __aexit__ coroutines run its async generator.
    name: '_AsyncGeneratorContextManager.__aenter__ / __aexit__',
    matches: (_ip, v) => isAcmCoroutine(v),
    await: (ip, v, frame, e, tag) => awaitAcmCoroutine(ip.b, ip, v, frame, { line: e.line, col: e.col, key: `${e.line}:${e.col}:${tag}:acm` }),
  },
  {
    name: 'asyncio.sleep(delay, result)',
    matches: (ip, v, frame) => v.builtinName === ASYNCIO_SLEEP && !!ip.asyncLoop && suspendsToLoop(ip.asyncLoop, frame),
    await: awaitSleep,
  },
  {
    // A Task or gather's future the exact loop follows (asyncioTasks.ts).
    name: 'asyncio.Task / _GatheringFuture',
    matches: (ip, v, frame) => !!ip.asyncLoop?.exact && isFollowedFuture(v) && suspendsToLoop(ip.asyncLoop, frame),
    await: (ip, v, frame, e) => awaitFollowedFuture(ip, v, frame, e),
  },
  {
    name: 'asyncio.Event.wait()',
    matches: (ip, v, frame) => isEventWait(ip, v) && suspendsToLoop(ip.asyncLoop!, frame),
    await: (ip, v, frame, e) => awaitEventWait(ip, v, frame, e),
  },
  {
    name: 'asyncio.Queue.put() / get() / join()',
    matches: (ip, v, frame) => isQueueAwait(ip, v) && suspendsToLoop(ip.asyncLoop!, frame),
    await: (ip, v, frame, e) => awaitQueue(ip, v, frame, e),
  },
  {
    name: 'asyncio.Lock / Semaphore acquire() / __aenter__() / __aexit__()',
    matches: (ip, v, frame) => isLockAwait(ip, v) && suspendsToLoop(ip.asyncLoop!, frame),
    await: (ip, v, frame, e) => awaitLock(ip, v, frame, e),
  },
  {
    name: 'asyncio.TaskGroup __aenter__() / __aexit__()',
    matches: (ip, v, frame) => isTaskGroupAwait(ip, v) && suspendsToLoop(ip.asyncLoop!, frame),
    await: (ip, v, frame, e) => awaitTaskGroup(ip, v, frame, e),
  },
  {
    name: 'asyncio.wait_for(aw, timeout)',
    matches: (ip, v, frame) => isWaitFor(v) && !!ip.asyncLoop && suspendsToLoop(ip.asyncLoop, frame),
    await: (ip, v, frame, e) => awaitWaitFor(ip, v, frame, e),
  },
];

/**
 * A CancelledError thrown in at this suspension by code the model does not follow unwinds the
 * coroutine frames above the task's own one: task_wakeup holds it (its traceback keeping those
 * frames, so their variables) until the step ends, which the model cannot place, and it may live
 * on in a cycle. What those frames hold gets an open count (not the task's own frame, which goes on).
 */
function keptUnwoundFrames(ip: Interpreter, loop: AsyncLoop): void {
  for (let i = ip.stack.length - 1; i >= 0; i--) {
    const f = ip.stack[i];
    if (!('isAsync' in f.code) || !f.code.isAsync || (f.ownerObj && loop.driven.has(f.ownerObj))) return;
    for (const x of f.locals.values()) ip.heap.escape(x);
    for (const c of f.cells.values()) ip.heap.escape(c.cellValue);
  }
}

/**
 * asyncio.sleep's coroutine: one suspension to the loop (the other tasks run), then its `result`
 * argument itself; the coroutine, a temporary of this await, is freed then.
 */
function* awaitSleep(ip: Interpreter, v: PyObj, frame: Frame): G<PyObj> {
  const others = ip.asyncLoop!.tasks.length > 0;
  try {
    ip.heap.decref(yield ip.heap.incref(v));
  } catch (err) {
    if (ip.asyncLoop?.unknownCancel) keptUnwoundFrames(ip, ip.asyncLoop);
    // (task.cancel(): CancelledError thrown in at the yield; its traceback keeps sleep's frame,
    // holding `result`, which the model does not build)
    if (err instanceof PyException && isCancelledError(ip, err.exc)) {
      ip.heap.escape(v.slots?.get('result'));
      // (it ended by that exception: its frame, which only the traceback keeps, is no longer the coroutine's)
      v.acyclic = true;
    }
    ip.heap.decref(v);
    throw err;
  }
  // (another task may cancel this one meanwhile)
  if (others) ip.noteMayRaise();
  // (so may asyncio code the model did not follow: the frames a CancelledError would unwind)
  if (ip.asyncLoop?.unknownCancel) {
    ip.noteMayRaise();
    keptUnwoundFrames(ip, ip.asyncLoop);
  }
  const r = ip.heap.incref(v.slots?.get('result') ?? ip.b.none)!;
  // (it returned: its frame is cleared, so freed it leaves no cycle behind — while suspended it was
  // in one: its future's done callback holds the task, which holds the coroutine awaiting it)
  v.acyclic = true;
  ip.heap.decref(v);
  return r;
}
