// asyncio.wait_for(aw, timeout) under the exact loop, when the model can tell the timeout does not
// expire: aw (a fresh coroutine or a followed Task) is awaited in the calling task — 3.12+'s
// `async with timeouts.timeout(timeout): return await fut`, and `timeout=None` on every version —
// while wait_for's frame keeps `fut` and `timeout` (the coroutine object's slots here). The
// timeout's TimerHandle is a guard deadline on the model's clock (asyncioTasks.ts takeDueTimers):
// if the loop would reach it (or come too close to tell) exact following ends. 3.11 with a timeout
// (`waitForAwaitsInline` false): `ensure_future(fut)` makes a Task, whose done callback (a partial
// of `_release_waiter`, holding the waiter future) completes `waiter = loop.create_future()` one
// iteration after the task is done; the caller parks on the waiter and returns `fut.result()` one
// iteration later. A timeout <= 0 is not followed.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { COROUTINE } from './builtinNames';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';
import type { ExactLoop } from './asyncioTasks';
import { addNativeCallback, awaitFollowedFuture, exactNow, finish, futureDone, isFollowedFuture, newFuture, newTask, withinMargin } from './asyncioTasks';
import { FUTURE } from './asyncioNames';

const WAIT_FOR = 'asyncio.wait_for()';

/** A known number of seconds, or undefined. */
function seconds(o: PyObj): number | undefined {
  if ((o.kind !== 'int' && o.kind !== 'float') || o.value === undefined || o.fuzzy) return undefined;
  const n = Number(o.value);
  return Number.isFinite(n) ? n : undefined;
}

function waitForImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kw, kwargs, pos, unknownCall } = call;
  const aw = args[0];
  const timeout = args[1] ?? kw.get('timeout');
  if (!aw || !timeout || args.length > 2 || kwargs.some(([k]) => k !== 'timeout') || (args.length === 2 && kwargs.length) || !exactNow(it)) return unknownCall();
  const secs = seconds(timeout);
  if (timeout !== b.none && (secs === undefined || withinMargin(0, secs) || secs > 1e6)) return unknownCall();
  const fresh = aw.builtinName === COROUTINE && aw.genState === 'created' && !aw.fuzzy && !it.asyncLoop!.driven.has(aw);
  if (!fresh && !isFollowedFuture(aw)) return unknownCall();
  const co = b.unknown(pos.line, pos.col);
  co.builtinName = WAIT_FOR;
  co.slots = new Map([['fut', h.incref(aw)!], ['timeout', h.incref(timeout)!]]);
  return co;
}

export function isWaitFor(o: PyObj): boolean {
  return o.builtinName === WAIT_FOR && !!o.slots?.get('fut');
}

/** `await asyncio.wait_for(aw, timeout)` (`v` owned: the wait_for coroutine, a temporary of this await). */
export function* awaitWaitFor(ip: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = ip.heap;
  const fut = v.slots!.get('fut')!;
  const timeout = v.slots!.get('timeout')!;
  const ex = exactNow(ip);
  const secs = timeout === ip.b.none ? undefined : seconds(timeout);
  const guard = ex && secs !== undefined ? { when: ex.now + secs } : undefined;
  if (guard) ex!.guards.push(guard);
  try {
    if (secs !== undefined && !ip.vm.waitForAwaitsInline) {
      if (!ex) {
        ip.heap.escape(fut);
        ip.noteMayRaise();
        return ip.b.unknown(e.line, e.col);
      }
      return yield* waitThroughTask(ip, ex, v, frame, e);
    }
    const r = yield* ip.awaitValue(h.incref(fut)!, frame, e);
    // (exact following ended before it could be told that the timeout did not fire: it may have
    // cancelled the coroutine at an await and raised TimeoutError instead)
    if (timeout !== ip.b.none && (!guard || exactNow(ip) !== ex)) {
      h.escape(r);
      ip.noteMayRaise();
    }
    return r;
  } catch (err) {
    // (the exception's traceback keeps wait_for's frame, holding both; not built)
    if (err instanceof PyException) {
      h.escape(fut);
      h.escape(timeout);
    }
    throw err;
  } finally {
    const i = guard && ex ? ex.guards.indexOf(guard) : -1;
    if (i >= 0) ex!.guards.splice(i, 1);
    h.decref(v);
  }
}

/** 3.11's wait_for with a timeout: a Task for `aw`, the caller parked on a waiter future its done callback completes. */
function* waitThroughTask(ip: Interpreter, ex: ExactLoop, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = ip.heap;
  const aw = v.slots!.get('fut')!;
  const waiter = newFuture(ip.b, FUTURE, 'Future', e);
  let task: PyObj;
  if (isFollowedFuture(aw)) task = h.incref(aw)!;
  else {
    ip.asyncLoop!.driven.add(aw);
    task = newTask(ip, ex, aw, e);
    // (`fut = ensure_future(fut)`: wait_for's frame holds the task now, the task the coroutine)
    v.slots!.set('fut', h.incref(task)!);
    h.decref(aw);
  }
  try {
    if (futureDone(task)) finish(ip, ex, waiter, ip.b.none, undefined);
    else addNativeCallback(task, { kind: 'native', holds: h.incref(waiter)!, run: () => {
      // (_release_waiter: `if not waiter.done(): waiter.set_result(None)`)
      const now = exactNow(ip);
      if (now && !futureDone(waiter)) finish(ip, now, waiter, ip.b.none, undefined);
      return true;
    } });
    h.decref(yield* awaitFollowedFuture(ip, h.incref(waiter)!, frame, e));
    if (!futureDone(task) || task.fuzzy || !exactNow(ip)) {
      ip.noteMayRaise();
      h.escape(task);
      return ip.b.unknown(e.line, e.col);
    }
    // (fut.result(): its result, or its exception raised)
    return yield* awaitFollowedFuture(ip, h.incref(task)!, frame, e);
  } finally {
    h.decref(task);
    h.decref(waiter);
  }
}

export const ASYNCIO_WAIT_FOR_IMPLS: [string, BuiltinImpl][] = [['asyncio.wait_for', waitForImpl]];
