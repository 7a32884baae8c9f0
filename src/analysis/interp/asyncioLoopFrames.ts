// The Python frames asyncio.run's loop runs a task step under (Lib/asyncio/runners.py,
// base_events.py, events.py: asyncio.run → Runner.run → run_until_complete → run_forever →
// _run_once → Handle._run → the C task_step → the coroutine), as one stand-in frame.
//
// Why they matter: from 3.12 a coroutine frame that ends while its frame object is held elsewhere
// (a traceback of the task's exception) links the frame that resumed it as f_back (take_ownership,
// versions.ts genFrameLinksBack), and that chain of frame objects goes up through
// run_until_complete's, which keeps `future` — the main Task, and through it main's return value
// — for as long as the traceback lives. Handle._run and _run_once end with `self = None` /
// `handle = None`, so only the Runner's and run_until_complete's references to the main Task are
// kept; the rest of the chain (the loop and its state) is garbage the model does not build, which
// the main Task brings into any collection (collector.ts, isAsyncioObject). On 3.11 the coroutine
// frame does not link back, so the stand-in's frame object is not made by a task step.
// An exception main lets out is kept by the main Task and raised by run_until_complete's
// `future.result()` (asyncioModel.ts): its traceback gets an entry for the stand-in, whose frame
// object keeps `future` / `task` (the main Task) and the main coroutine (`coro`, `main`) on
// every version, until the exception is collected.
import { Frame } from './frame';
import type { Interpreter } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { targetsOf } from './objects';

const standIns = new WeakSet<Frame>();

/** The stand-in frame (a function frame whose back is asyncio.run's caller), holding the main Task. */
export function loopFrames(caller: Frame, mainTask: PyObj, it: Interpreter): Frame {
  const f = new Frame(caller.code, 'BaseEventLoop.run_until_complete', caller.globals, 'function', caller);
  f.line = caller.line;
  f.locals.set('future', it.heap.incref(mainTask)!);
  // (Runner.run's `coro` and asyncio.run's `main`: the main coroutine, held twice more until they end)
  const co = mainTask.attrs?.get('coro');
  if (co) for (const name of ['coro', 'main']) f.locals.set(name, it.heap.incref(co)!);
  standIns.add(f);
  return f;
}

/**
 * A task's exception left its coroutine into the C task_step, which catches it: no Python frame
 * of the loop gains a traceback entry (runStep added one for the stand-in that resumed it:
 * removed). True when it was removed.
 */
export function dropLoopEntry(it: Interpreter, exc: PyObj, loopFrame: Frame): boolean {
  const head = exc.kind === 'exception' ? exc.traceback : undefined;
  if (!standIns.has(loopFrame) || !head || head.tbFrame?.frame !== loopFrame) return false;
  exc.traceback = head.tbNext;
  head.tbNext = undefined;
  it.heap.decref(head);
  return true;
}

/**
 * asyncio.run ends: the stand-in frame ends too (its frame object, when a coroutine frame links
 * it, takes the main Task over). True when that frame object lives on and what keeps it is not
 * all known (an object of open count among its holders): then whether main's result is kept is
 * not known either.
 */
export function endLoopFrames(it: Interpreter, loopFrame: Frame): boolean {
  const fo = loopFrame.frameObj;
  it.teardown(loopFrame);
  if (!fo?.alive) return false;
  if (fo.fuzzy) return true;
  // (the objects that hold it, and what holds them, up to the program's names: one of open count
  // may drop it at any time or keep it for good)
  const holders = new Map<PyObj, PyObj[]>();
  let n = 0;
  for (const o of it.heap.live) {
    if (++n > LIMITS.MAX_LIVE_SCAN) return true;
    for (const t of targetsOf(o)) {
      const l = holders.get(t);
      if (l) l.push(o);
      else holders.set(t, [o]);
    }
  }
  const seen = new Set<PyObj>([fo]);
  const todo = [fo];
  while (todo.length) {
    for (const h of holders.get(todo.pop()!) ?? []) {
      if (seen.has(h)) continue;
      if (h.fuzzy || h.kind === 'unknown') return true;
      seen.add(h);
      todo.push(h);
    }
  }
  return false;
}
