// queue.Queue / LifoQueue / PriorityQueue (Lib/queue.py) and queue.SimpleQueue (Modules/_queuemodule.c)
// used from one thread. A Queue keeps its items in `self.queue` — a collections.deque (Queue), a list
// (LifoQueue: append / pop) or a heap list (PriorityQueue: heappush / heappop with the items' `<`) —
// until get() hands the container's reference to the caller; SimpleQueue keeps them in a C buffer the
// same way. Nothing else in a queue (its Lock and the three Conditions holding bound methods of that
// lock) refers to the items or to the queue, so a queue is held by its names only (measured 3.11-3.13).
// A queue in a garbage cycle brings those ~14 objects of its own, which the model does not build:
// the collector leaves its count open (bringsUnbuilt). What would block on one thread (get() of an
// empty queue, put() into a full one, join() with unfinished tasks) — another thread may be the one to
// answer it — is not followed: an unknown call. (The calls are in queueCalls.ts: this file stays free of
// value imports but the leaf keptArgs.ts, as the collector and objectModels read it while the interpreter's modules load.)
import type { Builtins } from './builtins';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { keptArg } from './keptArgs';

/** The builtinName of a queue object (its methods are `${QUEUE_OBJECT}.${name}`). */
export const QUEUE_OBJECT = 'queue.Queue()';

export type QueueKind = 'fifo' | 'lifo' | 'heap' | 'simple';
export const CLASSES: Record<string, QueueKind> = { 'queue.Queue': 'fifo', 'queue.LifoQueue': 'lifo', 'queue.PriorityQueue': 'heap', 'queue.SimpleQueue': 'simple' };
export const METHODS = ['put', 'put_nowait', 'get', 'get_nowait', 'qsize', 'empty', 'full', 'task_done', 'join'];
/** SimpleQueue has no maxsize and no task accounting. */
const SIMPLE_METHODS = new Set(['put', 'put_nowait', 'get', 'get_nowait', 'qsize', 'empty']);

export interface QueueState { kind: QueueKind; maxsize: number; unfinished: number }
export const states = new WeakMap<PyObj, QueueState>();

export function isQueue(o: PyObj): boolean {
  return o.builtinName === QUEUE_OBJECT && states.has(o);
}

/** q.queue (not SimpleQueue's) is the container itself; the methods are bound builtins. */
export function queueAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  const st = states.get(o)!;
  if (st.kind === 'simple' ? SIMPLE_METHODS.has(name) : METHODS.includes(name)) return { method: `${QUEUE_OBJECT}.${name}` };
  if (name === 'queue' && st.kind !== 'simple') return { value: b.it.heap.incref(o.attrs!.get('queue'))! };
  if (name === 'maxsize' && st.kind !== 'simple') return { value: b.it.heap.incref(keptArg(o, 'maxsize')) ?? b.smallInt(0n) };
  return undefined;
}
