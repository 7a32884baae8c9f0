// The builtin names of the asyncio objects the exact loop follows (asyncioTasks.ts, asyncioSync.ts).
// Free of value imports: the collector reads it while the interpreter's modules load.
import type { PyObj } from './objects';

export const TASK = 'asyncio.Task()';
export const GATHERING = 'asyncio._GatheringFuture()';
/** A plain Future (loop.create_future()), as asyncio's synchronisation primitives make them. */
export const FUTURE = 'asyncio.Future()';
export const EVENT = 'asyncio.Event()';
export const QUEUE = 'asyncio.Queue()';
export const LOCK = 'asyncio.Lock()';
export const TASKGROUP = 'asyncio.TaskGroup()';
/** A loop.call_soon / call_later Handle (asyncioHandles.ts). */
export const HANDLE = 'asyncio.Handle()';
/** The running loop as `asyncio.get_running_loop()` gives it. */
export const LOOP = 'asyncio.running_loop';

const OBJECTS = new Set([TASK, GATHERING, FUTURE, EVENT, QUEUE, LOCK, TASKGROUP, HANDLE]);

/** A Task / future, Event, Queue, Lock, TaskGroup or Handle: in a garbage cycle it brings objects the model does not build (a Context, deques, a __dict__). */
export function isAsyncioObject(o: PyObj): boolean {
  return !!o.builtinName && OBJECTS.has(o.builtinName);
}
