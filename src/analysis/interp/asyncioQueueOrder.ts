// The `_queue` of asyncio.Queue / LifoQueue / PriorityQueue (Lib/asyncio/queues.py; the same on
// 3.11-3.13): Queue's is a deque (append / popleft), LifoQueue's a list (append / pop) and
// PriorityQueue's a heap list (heapq.heappush / heappop, running the items' `<`: tuples item by
// item, a class's own __lt__). The container holds one reference per item; a get hands it to the
// caller. The model keeps the items in the queue object's `items`. A heap whose order a comparison
// cannot tell is left untouched (the caller hands the queue to code the model does not follow).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G } from './interpreter';
import { siftDown, siftUp, Unordered } from './heapqBisect';
import type { PyObj } from './objects';

export type QueueOrder = 'fifo' | 'lifo' | 'heap';

function lessOf(b: Builtins, frame: Frame, pos: { line: number; col: number }): (x: PyObj, y: PyObj) => G<boolean> {
  return function* less(x, y) {
    const t = yield* b.it.truthOf(yield* b.compare('<', x, y, frame, pos), frame);
    if (t === undefined) throw new Unordered();
    return t;
  };
}

/** `_put(item)`: the queue takes a reference; false (nothing changed) when the heap's order is unknown. */
export function* queuePut(b: Builtins, order: QueueOrder, q: PyObj, item: PyObj, frame: Frame, pos: { line: number; col: number }): G<boolean> {
  const heap = [...q.items!, item];
  if (order === 'heap') {
    try {
      yield* siftDown(heap, 0, heap.length - 1, lessOf(b, frame, pos));
    } catch (err) {
      if (err instanceof Unordered) return false;
      throw err;
    }
  }
  q.items!.splice(0, q.items!.length, ...heap);
  b.it.heap.incref(item);
  b.noteStore(q, item);
  return true;
}

/** `_get()` of a queue with items: the queue's reference (owned), or undefined (nothing changed) when the heap's order is unknown. */
export function* queueGet(b: Builtins, order: QueueOrder, q: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  const items = q.items!;
  if (order === 'fifo') return items.shift()!;
  if (order === 'lifo' || items.length === 1) return items.pop()!;
  // heappop: the last item replaces the first, which sinks back (_siftup)
  const heap = [...items];
  const first = heap[0];
  heap[0] = heap.pop()!;
  try {
    yield* siftUp(heap, 0, lessOf(b, frame, pos));
  } catch (err) {
    if (err instanceof Unordered) return undefined;
    throw err;
  }
  items.splice(0, items.length, ...heap);
  b.it.recorder.noteStore();
  return first;
}
