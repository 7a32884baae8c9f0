// queue.Queue / LifoQueue / PriorityQueue (Lib/queue.py) and queue.SimpleQueue (Modules/_queuemodule.c)
// used from one thread. A Queue keeps its items in `self.queue` — a collections.deque (Queue), a list
// (LifoQueue: append / pop) or a heap list (PriorityQueue: heappush / heappop with the items' `<`) —
// until get() hands the container's reference to the caller; SimpleQueue keeps them in a C buffer the
// same way. Nothing else in a queue (its Lock and the three Conditions holding bound methods of that
// lock) refers to the items or to the queue, so a queue is held by its names only (measured 3.11-3.13).
// A queue in a garbage cycle brings those ~14 objects of its own, which the model does not build:
// the collector leaves its count open (bringsUnbuilt). What would block on one thread (get() of an
// empty queue, put() into a full one, join() with unfinished tasks) — another thread may be the one to
// answer it — is not followed: an unknown call.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import { heapqCall, Unordered } from './heapqBisect';
import type { G } from './interpreter';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';

/** The builtinName of a queue object (its methods are `${QUEUE_OBJECT}.${name}`). */
export const QUEUE_OBJECT = 'queue.Queue()';

type QueueKind = 'fifo' | 'lifo' | 'heap' | 'simple';
const CLASSES: Record<string, QueueKind> = { 'queue.Queue': 'fifo', 'queue.LifoQueue': 'lifo', 'queue.PriorityQueue': 'heap', 'queue.SimpleQueue': 'simple' };
const METHODS = ['put', 'put_nowait', 'get', 'get_nowait', 'qsize', 'empty', 'full', 'task_done', 'join'];
/** SimpleQueue has no maxsize and no task accounting. */
const SIMPLE_METHODS = new Set(['put', 'put_nowait', 'get', 'get_nowait', 'qsize', 'empty']);

interface QueueState { kind: QueueKind; maxsize: number; unfinished: number }
const states = new WeakMap<PyObj, QueueState>();

export function isQueue(o: PyObj): boolean {
  return o.builtinName === QUEUE_OBJECT && states.has(o);
}

/** q.queue (not SimpleQueue's) is the container itself; the methods are bound builtins. */
export function queueAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  const st = states.get(o)!;
  if (st.kind === 'simple' ? SIMPLE_METHODS.has(name) : METHODS.includes(name)) return { method: `${QUEUE_OBJECT}.${name}` };
  if (name === 'queue' && st.kind !== 'simple') return { value: b.it.heap.incref(o.attrs!.get('queue'))! };
  return undefined;
}

/** Queue(maxsize=0): the queue and its empty container. */
function queueNewImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, kw, pos, unknownCall } = call;
  const kind = CLASSES[name];
  const m = args[0] ?? kw.get('maxsize');
  if (args.length + kw.size > (kind === 'simple' ? 0 : 1) || (kw.size && !kw.has('maxsize'))) return unknownCall();
  if (m && (m.kind !== 'int' || typeof m.value !== 'bigint')) return unknownCall();
  const store = b.newSeq('list', [], pos);
  if (kind === 'fifo') store.type = 'deque';
  const q = h.alloc('builtin', name.slice('queue.'.length), h.site(pos.line, pos.col, name, `${name.slice('queue.'.length)}()`));
  q.builtinName = QUEUE_OBJECT;
  q.tracked = true;
  q.attrs = new Map([['queue', store]]);
  states.set(q, { kind, maxsize: m ? Number(m.value) : 0, unfinished: 0 });
  return q;
}

/** A queue's methods on one thread (args[0] the queue). */
function* queueMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kw, frame, site, pos, unknownCall } = call;
  const q = args[0];
  const st = states.get(q);
  const store = q?.attrs?.get('queue');
  const method = name.slice(QUEUE_OBJECT.length + 1);
  if (!st || !store?.items || q.fuzzy || store.fuzzy) return unknownCall();
  const items = store.items;
  const full = st.maxsize > 0 && items.length >= st.maxsize;
  // (block= / timeout= change only what happens when it would wait)
  if ([...kw.keys()].some((k) => k !== 'block' && k !== 'timeout')) return unknownCall();
  switch (method) {
    case 'put': case 'put_nowait': {
      const item = args[1] ?? kw.get('item');
      if (!item || full) return unknownCall();
      if (st.kind === 'heap') {
        const r = yield* heapqCall(b, it, 'heappush', [store, item], [], frame, site, noSort);
        if (!r) return unknownCall();
      } else {
        items.push(h.incref(item)!);
        b.noteStore(store, item);
      }
      if (st.kind !== 'simple') st.unfinished++;
      return b.none;
    }
    case 'get': case 'get_nowait': {
      if (!items.length) return unknownCall();
      if (st.kind === 'heap') return (yield* heapqCall(b, it, 'heappop', [store], [], frame, site, noSort)) ?? unknownCall();
      // The container's reference passes to the caller.
      const v = st.kind === 'lifo' ? items.pop()! : items.shift()!;
      it.recorder.noteStore();
      return v;
    }
    case 'qsize': return b.newInt(BigInt(items.length), pos);
    case 'empty': return items.length ? b.falseObj : b.trueObj;
    case 'full': return full ? b.trueObj : b.falseObj;
    case 'task_done':
      if (st.unfinished <= 0) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      st.unfinished--;
      return b.none;
    case 'join': return st.unfinished ? unknownCall() : b.none;
    default: return unknownCall();
  }
}

function* noSort(): G<void> {
  throw new Unordered();
}

export const QUEUE_IMPLS: [string, BuiltinImpl][] = [
  ...Object.keys(CLASSES).map((c): [string, BuiltinImpl] => [c, queueNewImpl]),
  ...METHODS.map((m): [string, BuiltinImpl] => [`${QUEUE_OBJECT}.${m}`, queueMethodImpl]),
];
