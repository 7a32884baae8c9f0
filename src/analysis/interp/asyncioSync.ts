// asyncio.Event (Lib/asyncio/locks.py; the same on 3.11-3.13) while the loop is followed exactly
// (asyncioTasks.ts). An Event holds a deque of waiter futures and a flag. `wait()` is an
// `async def`: its coroutine's frame holds the event; set, it returns True without suspending;
// otherwise it appends a new Future to the deque, awaits it and removes it again (finally).
// `set()` sets the flag and completes every waiter future not yet done (each future's done
// callbacks — the waiting task's wakeup — are scheduled); `clear()` resets the flag.
// asyncio.Queue (Lib/asyncio/queues.py, FIFO; 3.13's shutdown() is not followed): the items in its
// `_queue` deque, getter and putter futures in two more deques, an unfinished-task count and a
// `_finished` Event. `put(item)` / `get()` / `join()` are `async def`s whose frames hold the queue
// (and the item): put waits while the queue is full (a putter future), then put_nowait appends the
// item, counts it, clears `_finished` and wakes the first getter; get waits while it is empty (a
// getter future; woken, it checks again), then get_nowait hands the deque's reference to the caller
// and wakes the first putter; task_done sets `_finished` at zero, which join() waits on.
// asyncio.LifoQueue / PriorityQueue only override _init / _put / _get: `_queue` is a list, appended
// to and popped from its end (Lifo) or kept by heapq.heappush / heappop with the items' `<`
// (Priority; asyncioQueueOrder.ts) — the list's reference passes to the getter the same way.
// asyncio.Lock / Semaphore / BoundedSemaphore (cancellation is not followed): acquire() is an
// `async def` (its frame holds the lock) that returns at once when free, else parks on a future in
// the waiter deque, removes it when woken and takes the lock (a Semaphore then wakes the next waiter
// while its value allows: once on 3.11 / 3.12, in a loop on 3.13); release() frees it and wakes the
// first waiter (a Lock: the first future only, done or not). `async with` holds the bound
// __aexit__, and __aenter__'s coroutine holds the lock as acquire's does.
// asyncio.Condition (a new Lock of its own: the model follows it as the Condition's lock state):
// acquire / release / locked / `async with` as the Lock's; wait() (its frame holds the condition)
// releases the lock, parks on a new future in the condition's own waiter deque, removes it when woken
// and re-acquires the lock (acquire's frame holds the inner Lock, not the condition); wait_for(pred)
// calls pred() and waits while it is false (a nested wait() frame holding the condition too) and
// returns pred's value; notify(n=1) / notify_all() set False on the first n waiter futures not done.
// A predicate whose truth the model cannot tell makes the wait one under an unknown condition (exact
// following ends).
// An event, queue or lock made or used while the loop is not followed exactly is not followed (an
// unknown call).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { awaitFollowedFuture, exactNow, finish, futureDone, newFuture } from './asyncioTasks';
import { EVENT, FUTURE, LOCK, QUEUE } from './asyncioNames';
import { LIMITS } from './limits';
import { keepArg, keptArg, letGoArg } from './keptArgs';
import { type QueueOrder, queueGet, queuePut } from './asyncioQueueOrder';

/** The coroutine `event.wait()` makes (kind unknown; its frame's `self` in slots). */
export const EVENT_WAIT = 'asyncio.Event.wait';
const EVENT_METHODS = new Set(['set', 'clear', 'is_set', 'wait']);
const flags = new WeakMap<PyObj, boolean>();
/** The coroutines `queue.put(item)` / `get()` / `join()` make (kind unknown; their frames' variables in slots). */
const QUEUE_AWAIT = new Set([`${QUEUE}.put`, `${QUEUE}.get`, `${QUEUE}.join`]);
const QUEUE_METHODS = new Set(['put', 'get', 'join', 'put_nowait', 'get_nowait', 'qsize', 'empty', 'full', 'task_done']);
interface QueueState { order: QueueOrder; maxsize: number; getters: PyObj[]; putters: PyObj[]; joiners: PyObj[]; unfinished: number }
const queues = new WeakMap<PyObj, QueueState>();

/** The coroutines `lock.acquire()` / `__aenter__()` / `__aexit__(...)` make (kind unknown; `self` in slots). */
const LOCK_AWAIT = new Set([`${LOCK}.acquire`, `${LOCK}.__aenter__`, `${LOCK}.__aexit__`, `${LOCK}.wait`, `${LOCK}.wait_for`]);
const LOCK_METHODS = new Set(['acquire', 'release', 'locked', '__aenter__', '__aexit__']);
const CONDITION_METHODS = new Set(['wait', 'wait_for', 'notify', 'notify_all']);
/** A Condition's `_waiters` deque (owned futures); the Condition's lock is its LockState. */
const conditions = new WeakMap<PyObj, PyObj[]>();
/** A Lock (`value` undefined) or a Semaphore's counter (`bound`: a BoundedSemaphore's initial value). */
interface LockState { locked: boolean; value?: number; bound?: number; waiters: PyObj[]; self: PyObj }
const locks = new WeakMap<PyObj, LockState>();

export function isAsyncioSyncObject(o: PyObj): boolean {
  return (o.builtinName === EVENT && flags.has(o)) || (o.builtinName === QUEUE && queues.has(o)) || (o.builtinName === LOCK && locks.has(o));
}

export function asyncioSyncAttr(b: Builtins, o: PyObj, name: string, pos: { line: number; col: number }): ModelAttr {
  if (o.builtinName === LOCK) return LOCK_METHODS.has(name) || (conditions.has(o) && CONDITION_METHODS.has(name)) ? { method: `${LOCK}.${name}` } : undefined;
  if (o.builtinName === QUEUE) {
    // (the property returns `_maxsize`: the constructor's argument itself when one was given)
    if (name === 'maxsize') return { value: b.it.heap.incref(keptArg(o, '_maxsize')) ?? b.newInt(BigInt(queues.get(o)!.maxsize), pos) };
    return QUEUE_METHODS.has(name) ? { method: `${QUEUE}.${name}` } : undefined;
  }
  return EVENT_METHODS.has(name) ? { method: `${EVENT}.${name}` } : undefined;
}

function eventImpl(call: BuiltinCall): PyObj {
  const { h, args, kwargs, pos, unknownCall, it } = call;
  if (args.length || kwargs.length || !exactNow(it)) return unknownCall();
  const ev = h.alloc('builtin', 'Event', h.site(pos.line, pos.col, 'Event', 'asyncio.Event'));
  ev.builtinName = EVENT;
  ev.tracked = true;
  // (the `_waiters` deque's futures, held by the event)
  ev.items = [];
  flags.set(ev, false);
  return ev;
}

function eventMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, pos, unknownCall } = call;
  const ev = args[0];
  const ex = exactNow(it);
  if (args.length !== 1 || kwargs.length || !ex || ev.fuzzy || !isAsyncioSyncObject(ev)) return unknownCall();
  switch (name.slice(EVENT.length + 1)) {
    case 'is_set': return b.bool(flags.get(ev)!);
    case 'clear': flags.set(ev, false); return b.none;
    case 'set':
      if (!flags.get(ev)) {
        flags.set(ev, true);
        for (const f of ev.items!) if (!futureDone(f)) finish(it, ex, f, b.trueObj, undefined);
      }
      return b.none;
    case 'wait': {
      const co = b.unknown(pos.line, pos.col);
      co.builtinName = EVENT_WAIT;
      co.slots = new Map([['self', h.incref(ev)!]]);
      return co;
    }
    default: return unknownCall();
  }
}

/**
 * `r`, the value an await of one of these coroutines (`v`) returned: the coroutine ran to its end and
 * its frame is gone, so freed it leaves no cycle behind (suspended, it was in one: its future's done
 * callback holds the task, which holds the coroutine awaiting it), as asyncio.sleep's. Not on the
 * paths where the model stops following the wait: there the coroutine may still be suspended.
 */
function returned(v: PyObj, r: PyObj): PyObj {
  v.acyclic = true;
  return r;
}

export function isEventWait(it: Interpreter, o: PyObj): boolean {
  const ev = o.builtinName === EVENT_WAIT ? o.slots?.get('self') : undefined;
  return !!ev && !!exactNow(it) && !ev.fuzzy;
}

/** `await event.wait()` (`v` owned: the coroutine, a temporary of this await). */
export function* awaitEventWait(it: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const ev = v.slots!.get('self')!;
  try {
    if (flags.get(ev)) return returned(v, it.b.trueObj);
    const fut = newFuture(it.b, FUTURE, 'Future', e);
    ev.items!.push(h.incref(fut)!);
    it.b.noteStore(ev, fut);
    try {
      // (the frame's `fut` and the FutureIter: one reference here, the await's)
      h.decref(yield* awaitFollowedFuture(it, h.incref(fut)!, frame, e));
      return returned(v, it.b.trueObj);
    } finally {
      const i = ev.items?.indexOf(fut) ?? -1;
      if (i >= 0) { ev.items!.splice(i, 1); h.decref(fut); }
      h.decref(fut);
    }
  } finally {
    h.decref(v);
  }
}

const QUEUE_CLASSES: Record<string, QueueOrder> = { 'asyncio.Queue': 'fifo', 'asyncio.LifoQueue': 'lifo', 'asyncio.PriorityQueue': 'heap' };

/** asyncio.Queue / LifoQueue / PriorityQueue(maxsize=0) with a known int maxsize. */
function queueImpl(call: BuiltinCall): PyObj {
  const { h, args, kw, kwargs, pos, unknownCall, it, name } = call;
  const m = args[0] ?? kw.get('maxsize');
  if (args.length > 1 || kwargs.some(([k]) => k !== 'maxsize') || (args.length && kwargs.length) || !exactNow(it)) return unknownCall();
  if (m && (m.kind !== 'int' || typeof m.value !== 'bigint' || m.fuzzy)) return unknownCall();
  const type = name.slice('asyncio.'.length);
  const q = h.alloc('builtin', type, h.site(pos.line, pos.col, type, name));
  q.builtinName = QUEUE;
  q.tracked = true;
  // (the items of its `_queue` deque; the waiter futures are the state's, held as well)
  q.items = [];
  // `self._maxsize = maxsize`: the queue keeps its argument (measured 3.11-3.13)
  if (m) keepArg(h, q, '_maxsize', m);
  queues.set(q, { order: QUEUE_CLASSES[name], maxsize: m ? Number(m.value) : 0, getters: [], putters: [], joiners: [], unfinished: 0 });
  return q;
}

function full(q: PyObj): boolean {
  const st = queues.get(q)!;
  return st.maxsize > 0 && q.items!.length >= st.maxsize;
}

/** `_wakeup_next(waiters)`: the first waiter future not done gets None. */
function wakeupNext(it: Interpreter, waiters: PyObj[]): void {
  const ex = exactNow(it)!;
  while (waiters.length) {
    const w = waiters.shift()!;
    const done = futureDone(w);
    if (!done) finish(it, ex, w, it.b.none, undefined);
    it.heap.decref(w);
    if (!done) break;
  }
}

/** put_nowait's _put and the rest; false (nothing stored) when a PriorityQueue's order is unknown. */
function* putNowait(it: Interpreter, q: PyObj, item: PyObj, frame: Frame, pos: { line: number; col: number }): G<boolean> {
  const st = queues.get(q)!;
  if (!(yield* queuePut(it.b, st.order, q, item, frame, pos))) return false;
  st.unfinished++;
  wakeupNext(it, st.getters);
  return true;
}

/** get_nowait's _get (the list's reference passes to the caller); undefined when a PriorityQueue's order is unknown. */
function* getNowait(it: Interpreter, q: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  const item = yield* queueGet(it.b, queues.get(q)!.order, q, frame, pos);
  if (item) wakeupNext(it, queues.get(q)!.putters);
  return item;
}

/** A PriorityQueue whose order the model cannot tell: the queue and the item go to code it does not follow. */
function unordered(it: Interpreter, q: PyObj, item: PyObj | undefined, pos: { line: number; col: number }): PyObj {
  it.heap.escape(q);
  if (item) it.heap.escape(item);
  return it.b.unknown(pos.line, pos.col);
}

function* queueMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, pos, frame, unknownCall } = call;
  const q = args[0];
  const ex = exactNow(it);
  const method = name.slice(QUEUE.length + 1);
  const arity = method === 'put' || method === 'put_nowait' ? 2 : 1;
  if (args.length !== arity || kwargs.length || !ex || q.fuzzy || !queues.has(q)) return unknownCall();
  const st = queues.get(q)!;
  switch (method) {
    case 'qsize': return b.newInt(BigInt(q.items!.length), pos);
    case 'empty': return b.bool(!q.items!.length);
    case 'full': return b.bool(full(q));
    // (QueueFull / QueueEmpty / task_done's ValueError are not modelled)
    case 'put_nowait': return !full(q) && (yield* putNowait(it, q, args[1], frame, pos)) ? b.none : unknownCall();
    case 'get_nowait': return (q.items!.length ? yield* getNowait(it, q, frame, pos) : undefined) ?? unknownCall();
    case 'task_done':
      if (st.unfinished <= 0) return unknownCall();
      if (--st.unfinished === 0) for (const f of st.joiners.splice(0)) { if (!futureDone(f)) finish(it, ex, f, b.trueObj, undefined); h.decref(f); }
      return b.none;
    default: {
      const co = b.unknown(pos.line, pos.col);
      co.builtinName = name;
      co.slots = new Map([['self', h.incref(q)!]]);
      if (method === 'put') co.slots.set('item', h.incref(args[1])!);
      return co;
    }
  }
}

export function isQueueAwait(it: Interpreter, o: PyObj): boolean {
  const q = o.builtinName && QUEUE_AWAIT.has(o.builtinName) ? o.slots?.get('self') : undefined;
  return !!q && !!exactNow(it) && !q.fuzzy;
}

/** Parks the running task on a new future held in `waiters` until it is done; false when exact following ended meanwhile. */
function* park(it: Interpreter, waiters: PyObj[], frame: Frame, e: { line: number; col: number }): G<boolean> {
  const h = it.heap;
  const fut = newFuture(it.b, FUTURE, 'Future', e);
  waiters.push(h.incref(fut)!);
  try {
    h.decref(yield* awaitFollowedFuture(it, h.incref(fut)!, frame, e));
    return futureDone(fut) && !fut.fuzzy && !!exactNow(it);
  } finally {
    // (removed again when it was not the one woken: `waiters.remove(fut)` in the except / finally)
    const i = waiters.indexOf(fut);
    if (i >= 0) { waiters.splice(i, 1); h.decref(fut); }
    h.decref(fut);
  }
}

/** `await queue.put(item)` / `get()` / `join()` (`v` owned: the coroutine, a temporary of this await). */
export function* awaitQueue(it: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const q = v.slots!.get('self')!;
  const st = queues.get(q)!;
  try {
    switch (v.builtinName!.slice(QUEUE.length + 1)) {
      case 'put':
        for (let n = 0; full(q); n++) if (n >= LIMITS.MAX_EVENT_LOOP_ROUNDS || !(yield* park(it, st.putters, frame, e))) return it.b.unknown(e.line, e.col);
        return (yield* putNowait(it, q, v.slots!.get('item')!, frame, e)) ? returned(v, it.b.none) : unordered(it, q, v.slots!.get('item'), e);
      case 'get': {
        for (let n = 0; !q.items!.length; n++) if (n >= LIMITS.MAX_EVENT_LOOP_ROUNDS || !(yield* park(it, st.getters, frame, e))) return it.b.unknown(e.line, e.col);
        const item = yield* getNowait(it, q, frame, e);
        return item ? returned(v, item) : unordered(it, q, undefined, e);
      }
      default:
        if (st.unfinished > 0 && !(yield* park(it, st.joiners, frame, e))) return it.b.unknown(e.line, e.col);
        return returned(v, it.b.none);
    }
  } finally {
    it.heap.decref(v);
  }
}

/** asyncio.Lock() / Semaphore(value=1) / BoundedSemaphore(value=1) with a known value. */
function lockImpl(call: BuiltinCall): PyObj {
  const { h, args, kw, kwargs, pos, name, unknownCall, it } = call;
  const lock = name === 'asyncio.Lock' || name === 'asyncio.Condition';
  const v = args[0] ?? kw.get('value');
  if ((lock && (args.length || kwargs.length)) || args.length > 1 || kwargs.some(([k]) => k !== 'value') || (args.length && kwargs.length) || !exactNow(it)) return unknownCall();
  if (v && (v.kind !== 'int' || typeof v.value !== 'bigint' || v.fuzzy || v.value < 0n || v.value > 1000000n)) return unknownCall();
  const type = name.slice('asyncio.'.length);
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, name));
  o.builtinName = LOCK;
  o.tracked = true;
  const value = lock ? undefined : v ? Number(v.value) : 1;
  locks.set(o, { locked: false, value, bound: name === 'asyncio.BoundedSemaphore' ? value : undefined, waiters: [], self: o });
  // A Semaphore keeps its argument as `_value` until the value first changes; a BoundedSemaphore
  // also as `_bound_value`, for good (measured 3.11-3.13: +1, BoundedSemaphore +2)
  if (v && !lock) {
    keepArg(h, o, '_value', v);
    if (name === 'asyncio.BoundedSemaphore') keepArg(h, o, '_bound_value', v);
  }
  if (name === 'asyncio.Condition') conditions.set(o, []);
  return o;
}

/** `self._value += delta`: a new int from then on, so the constructor's argument is let go. */
function changeValue(it: Interpreter, st: LockState, delta: number): void {
  st.value! += delta;
  letGoArg(it.heap, st.self, '_value');
}

function lockIsLocked(st: LockState): boolean {
  // (Lock: any waiter not cancelled keeps it from being taken at once; none is cancelled here)
  return st.value === undefined ? st.locked || st.waiters.length > 0 : st.value === 0 || st.waiters.length > 0;
}

/** Semaphore._wake_up_next: the first waiter not done gets True and one unit of the value. */
function wakeUpNext(it: Interpreter, st: LockState): boolean {
  const ex = exactNow(it)!;
  const f = st.waiters.find((w) => !futureDone(w));
  if (!f) return false;
  changeValue(it, st, -1);
  finish(it, ex, f, it.b.trueObj, undefined);
  return true;
}

function release(it: Interpreter, st: LockState): boolean {
  if (st.value === undefined) {
    if (!st.locked) return false;
    st.locked = false;
    // Lock._wake_up_first: only the first future, if it is not done yet
    const f = st.waiters[0];
    if (f && !futureDone(f)) finish(it, exactNow(it)!, f, it.b.trueObj, undefined);
    return true;
  }
  if (st.bound !== undefined && st.value >= st.bound) return false;
  changeValue(it, st, 1);
  wakeUpNext(it, st);
  return true;
}

function lockMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, pos, unknownCall } = call;
  const o = args[0];
  const method = name.slice(LOCK.length + 1);
  const st = locks.get(o);
  const arity = method === '__aexit__' ? 4 : method === 'wait_for' ? 2 : method === 'notify' ? Math.min(args.length, 2) : 1;
  if (!st || o.fuzzy || !exactNow(it) || kwargs.length || args.length !== arity) return unknownCall();
  switch (method) {
    case 'notify': case 'notify_all': {
      // (notifying without holding the lock is a RuntimeError: not modelled)
      const n = method === 'notify_all' ? Infinity : args.length === 1 ? 1 : knownCount(args[1]);
      if (!st.locked || n === undefined) return unknownCall();
      notify(it, conditions.get(o)!, n);
      return b.none;
    }
    case 'locked': return b.bool(st.value === undefined ? st.locked : lockIsLocked(st));
    // (releasing an unlocked Lock is a RuntimeError, a BoundedSemaphore past its value a ValueError: not modelled)
    case 'release': return release(it, st) ? b.none : unknownCall();
    default: {
      const co = b.unknown(pos.line, pos.col);
      co.builtinName = name;
      co.slots = new Map([['self', h.incref(o)!]]);
      if (method === 'wait_for') co.slots.set('predicate', h.incref(args[1])!);
      return co;
    }
  }
}

function knownCount(o: PyObj): number | undefined {
  return o.kind === 'int' && typeof o.value === 'bigint' && !o.fuzzy && o.value >= 0n && o.value <= 1000000n ? Number(o.value) : undefined;
}

/** Condition._notify(n): False to the first n waiter futures not done (they stay in the deque: wait() removes its own). */
function notify(it: Interpreter, waiters: PyObj[], n: number): void {
  const ex = exactNow(it)!;
  let idx = 0;
  for (const f of waiters) {
    if (idx >= n) break;
    if (!futureDone(f)) { idx++; finish(it, ex, f, it.b.falseObj, undefined); }
  }
}

/** Condition.wait() with the lock held: release, park on a waiter future, take the lock again; false when exact following ended. */
function* conditionWait(it: Interpreter, o: PyObj, st: LockState, frame: Frame, e: { line: number; col: number }): G<boolean> {
  release(it, st);
  if (!(yield* park(it, conditions.get(o)!, frame, e))) return false;
  // (`await self.acquire()`: the inner Lock's acquire)
  if (lockIsLocked(st) && !(yield* park(it, st.waiters, frame, e))) return false;
  st.locked = true;
  return true;
}

/**
 * Condition.wait_for(predicate): pred() until true, waiting in between (the nested wait() frame holds
 * the condition). `held`: the predicate was followed to a true result, so the coroutine returned.
 */
function* conditionWaitFor(it: Interpreter, o: PyObj, st: LockState, pred: PyObj, frame: Frame, e: { line: number; col: number }): G<{ value: PyObj; held: boolean }> {
  const h = it.heap;
  const site = { line: e.line, col: e.col, key: `${e.line}:${e.col}:wait_for` };
  for (let n = 0; ; n++) {
    const r = yield* it.callFromC(pred, [], frame, site);
    const t = yield* it.truthOf(h.incref(r)!, frame);
    if (t) return { value: r, held: true };
    h.decref(r);
    if (n >= LIMITS.MAX_EVENT_LOOP_ROUNDS) return { value: it.b.unknown(e.line, e.col), held: false };
    h.incref(o);
    // (whether it waits is not known: a suspension under an unknown condition ends exact following)
    if (t === undefined) it.enterFuzzy();
    try {
      if (!st.locked || !(yield* conditionWait(it, o, st, frame, e))) return { value: it.b.unknown(e.line, e.col), held: false };
    } finally {
      if (t === undefined) it.exitFuzzy();
      h.decref(o);
    }
  }
}

export function isLockAwait(it: Interpreter, o: PyObj): boolean {
  const l = o.builtinName && LOCK_AWAIT.has(o.builtinName) ? o.slots?.get('self') : undefined;
  return !!l && !!exactNow(it) && !l.fuzzy;
}

/** `await lock.acquire()` / `__aenter__()` / `__aexit__(...)` (`v` owned: the coroutine, a temporary of this await). */
export function* awaitLock(it: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const o = v.slots!.get('self')!;
  const st = locks.get(o)!;
  const method = v.builtinName!.slice(LOCK.length + 1);
  try {
    if (method === '__aexit__') return release(it, st) ? returned(v, it.b.none) : it.b.unknown(e.line, e.col);
    if (method === 'wait') {
      if (!st.locked) throw it.raiseObj(it.b.cError('RuntimeError', e), frame, true);
      return (yield* conditionWait(it, o, st, frame, e)) ? returned(v, it.b.trueObj) : it.b.unknown(e.line, e.col);
    }
    if (method === 'wait_for') {
      const r = yield* conditionWaitFor(it, o, st, v.slots!.get('predicate')!, frame, e);
      return r.held ? returned(v, r.value) : r.value;
    }
    const done = method === 'acquire' ? it.b.trueObj : it.b.none;
    if (!lockIsLocked(st)) {
      if (st.value === undefined) st.locked = true;
      else changeValue(it, st, -1);
      return returned(v, done);
    }
    // (__aenter__ awaits acquire(), whose frame holds the lock too while it waits)
    // (a Condition's acquire is its inner Lock's, whose frame holds that Lock)
    const nested = method === '__aenter__' && !conditions.has(o) ? h.incref(o) : undefined;
    try {
      if (!(yield* park(it, st.waiters, frame, e))) return it.b.unknown(e.line, e.col);
    } finally {
      h.decref(nested);
    }
    if (st.value === undefined) st.locked = true;
    else if (it.vm.semaphoreWakesWhileValue) { for (let n = 0; st.value > 0 && n < LIMITS.MAX_EVENT_LOOP_TASKS && wakeUpNext(it, st); n++); }
    else if (st.value > 0) wakeUpNext(it, st);
    return returned(v, done);
  } finally {
    h.decref(v);
  }
}

export const ASYNCIO_SYNC_IMPLS: [string, BuiltinImpl][] = [
  ['asyncio.Lock', lockImpl],
  ['asyncio.Semaphore', lockImpl],
  ['asyncio.BoundedSemaphore', lockImpl],
  ['asyncio.Condition', lockImpl],
  ...[...CONDITION_METHODS].map((m): [string, BuiltinImpl] => [`${LOCK}.${m}`, lockMethodImpl]),
  ...[...LOCK_METHODS].map((m): [string, BuiltinImpl] => [`${LOCK}.${m}`, lockMethodImpl]),
  ...Object.keys(QUEUE_CLASSES).map((c): [string, BuiltinImpl] => [c, queueImpl]),
  ...[...QUEUE_METHODS].map((m): [string, BuiltinImpl] => [`${QUEUE}.${m}`, queueMethodImpl]),
  ['asyncio.Event', eventImpl],
  ...[...EVENT_METHODS].map((m): [string, BuiltinImpl] => [`${EVENT}.${m}`, eventMethodImpl]),
];
