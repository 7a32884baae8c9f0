// The calls of queue objects (queueModel.ts has the model and what the collector reads).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { heapqCall, Unordered } from './heapqBisect';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { keepArg } from './keptArgs';
import { CLASSES, METHODS, QUEUE_OBJECT, states } from './queueModel';

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
  // (3.13's SimpleQueue keeps its items in a ring buffer of its own, no list: the queue visits
  // them itself, collector.ts gcVisits; measured with gc.get_referents)
  if (kind === 'simple' && call.it.vm.simpleQueueRingBuffer) store.payloadOf = q;
  q.builtinName = QUEUE_OBJECT;
  q.tracked = true;
  q.attrs = new Map([['queue', store]]);
  // `self.maxsize = maxsize`: the queue keeps its argument (measured 3.11-3.13)
  if (m) keepArg(h, q, 'maxsize', m);
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
