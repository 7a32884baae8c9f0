// asyncio.TaskGroup (Lib/asyncio/taskgroups.py, 3.11+) under the exact loop, on the path where no
// task fails (measured the same on 3.11-3.13):
// - `async with TaskGroup() as tg`: `__aenter__` keeps the current task (`_parent_task`) and gives
//   tg itself; the block holds the bound `__aexit__` (execWith), so tg has one reference more.
// - `tg.create_task(coro)`: a Task (loop.create_task) kept in tg's `_tasks` set while pending, with
//   the bound `_on_task_done` (holding tg) in its done callbacks; that callback, scheduled when the
//   task is done, drops the task from the set and, once the set is empty, completes the future
//   `__aexit__` waits on.
// - `__aexit__` without an exception: while tasks are left it parks the task on a new future
//   (`_on_completed_fut`, held by tg until it is woken), then returns None.
// A failing task (its callback aborts the group and cancels the parent), an exception leaving the
// block, `create_task` after the exit began: not followed (the exact loop ends, or the call is unknown).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { COROUTINE } from './builtinNames';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { FUTURE, TASKGROUP } from './asyncioNames';
import { addNativeCallback, awaitFollowedFuture, exactNow, finish, futureDone, isCancelledTask, newFuture, newTask, taskFailed } from './asyncioTasks';
import { LIMITS } from './limits';

const TG_METHODS = new Set(['create_task', '__aenter__', '__aexit__']);
const TG_AWAIT = new Set([`${TASKGROUP}.__aenter__`, `${TASKGROUP}.__aexit__`]);

interface GroupState { entered: boolean; exiting: boolean; failed: boolean }
const groups = new WeakMap<PyObj, GroupState>();

export function isTaskGroup(o: PyObj): boolean {
  return o.builtinName === TASKGROUP && groups.has(o);
}

export function taskGroupAttr(_b: Builtins, _o: PyObj, name: string): ModelAttr {
  return TG_METHODS.has(name) ? { method: `${TASKGROUP}.${name}` } : undefined;
}

/** asyncio.TaskGroup(): its `_tasks` set as the object's items. */
function taskGroupImpl(call: BuiltinCall): PyObj {
  const { h, it, args, kwargs, pos, unknownCall } = call;
  if (args.length || kwargs.length || !exactNow(it)) return unknownCall();
  const o = h.alloc('builtin', 'TaskGroup', h.site(pos.line, pos.col, 'TaskGroup', 'asyncio.TaskGroup'));
  o.builtinName = TASKGROUP;
  o.tracked = true;
  o.items = [];
  o.attrs = new Map();
  groups.set(o, { entered: false, exiting: false, failed: false });
  return o;
}

function tgMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, pos, unknownCall } = call;
  const tg = args[0];
  const st = groups.get(tg);
  const ex = exactNow(it);
  const method = name.slice(TASKGROUP.length + 1);
  if (!st || tg.fuzzy || !ex || st.failed) return unknownCall();
  if (method === 'create_task') {
    const co = args[1];
    if (args.length !== 2 || kwargs.length || !st.entered || st.exiting || ex.futures.length >= LIMITS.MAX_EVENT_LOOP_TASKS) return unknownCall();
    if (co.builtinName !== COROUTINE || co.genState !== 'created' || co.fuzzy || it.asyncLoop!.driven.has(co)) return unknownCall();
    it.asyncLoop!.driven.add(co);
    const t = newTask(it, ex, co, pos);
    tg.items!.push(h.incref(t)!);
    b.noteStore(tg, t);
    addNativeCallback(t, { kind: 'native', holds: h.incref(tg)!, run: (f) => onTaskDone(it, tg, f) });
    return t;
  }
  // (__aexit__(et, exc, tb) with an exception: the group aborts, not followed)
  if (kwargs.length || args.length !== (method === '__aexit__' ? 4 : 1) || (method === '__aexit__' && args[1] !== b.none)) return unknownCall();
  const co = b.unknown(pos.line, pos.col);
  co.builtinName = name;
  co.slots = new Map([['self', h.incref(tg)!]]);
  return co;
}

/**
 * `_on_task_done(task)`: the task leaves `_tasks`; the last one completes `_on_completed_fut`. A
 * task that raised aborts the group and cancels its parent: not followed (false).
 */
function onTaskDone(it: Interpreter, tg: PyObj, t: PyObj): boolean {
  const h = it.heap;
  const st = groups.get(tg)!;
  if (taskFailed(t) && !isCancelledTask(t)) {
    // (_abort cancels the others and code not followed drops them from the set; `_errors` keeps the exception)
    st.failed = true;
    h.fuzz(tg);
    for (const o of [t, ...tg.items!]) h.fuzz(o);
    h.escape(t.attrs!.get('exception'));
    return false;
  }
  const i = tg.items!.indexOf(t);
  if (i >= 0) h.decref(tg.items!.splice(i, 1)[0]);
  const fut = tg.attrs!.get('_on_completed_fut');
  const ex = exactNow(it);
  if (fut && !tg.items!.length && !futureDone(fut) && ex) finish(it, ex, fut, it.b.trueObj, undefined);
  return true;
}

export function isTaskGroupAwait(it: Interpreter, o: PyObj): boolean {
  const tg = o.builtinName && TG_AWAIT.has(o.builtinName) ? o.slots?.get('self') : undefined;
  return !!tg && !!exactNow(it) && !tg.fuzzy && !groups.get(tg)!.failed;
}

/** `await tg.__aenter__()` / `__aexit__(None, None, None)` (`v` owned: the coroutine, a temporary of this await). */
export function* awaitTaskGroup(it: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const tg = v.slots!.get('self')!;
  const st = groups.get(tg)!;
  const ex = exactNow(it)!;
  try {
    if (v.builtinName === `${TASKGROUP}.__aenter__`) {
      // (entered twice: RuntimeError, not modelled)
      if (st.entered || !ex.current) return it.b.unknown(e.line, e.col);
      st.entered = true;
      tg.attrs!.set('_parent_task', h.incref(ex.current)!);
      it.b.noteStore(tg, ex.current);
      return h.incref(tg)!;
    }
    st.exiting = true;
    for (let n = 0; tg.items!.length; n++) {
      if (n >= LIMITS.MAX_EVENT_LOOP_ROUNDS || st.failed) return it.b.unknown(e.line, e.col);
      // (self._on_completed_fut = self._loop.create_future(); await it; … = None)
      const fut = newFuture(it.b, FUTURE, 'Future', e);
      tg.attrs!.set('_on_completed_fut', fut);
      it.b.noteStore(tg, fut);
      try {
        h.decref(yield* awaitFollowedFuture(it, h.incref(fut)!, frame, e));
      } finally {
        if (tg.attrs!.get('_on_completed_fut') === fut) tg.attrs!.delete('_on_completed_fut');
        h.decref(fut);
      }
      if (!futureDone(fut) || fut.fuzzy || !exactNow(it)) return it.b.unknown(e.line, e.col);
    }
    return it.b.none;
  } finally {
    h.decref(v);
  }
}

export const ASYNCIO_TASKGROUP_IMPLS: [string, BuiltinImpl][] = [
  ['asyncio.TaskGroup', taskGroupImpl],
  ...[...TG_METHODS].map((m): [string, BuiltinImpl] => [`${TASKGROUP}.${m}`, tgMethodImpl]),
];
