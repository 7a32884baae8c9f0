// asyncio.Event (Lib/asyncio/locks.py; the same on 3.11-3.13) while the loop is followed exactly
// (asyncioTasks.ts). An Event holds a deque of waiter futures and a flag. `wait()` is an
// `async def`: its coroutine's frame holds the event; set, it returns True without suspending;
// otherwise it appends a new Future to the deque, awaits it and removes it again (finally).
// `set()` sets the flag and completes every waiter future not yet done (each future's done
// callbacks — the waiting task's wakeup — are scheduled); `clear()` resets the flag.
// An event made or used while the loop is not followed exactly is not followed (an unknown call).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { awaitFollowedFuture, exactNow, finish, futureDone, FUTURE, newFuture } from './asyncioTasks';

export const EVENT = 'asyncio.Event()';
/** The coroutine `event.wait()` makes (kind unknown; its frame's `self` in slots). */
export const EVENT_WAIT = 'asyncio.Event.wait';
const EVENT_METHODS = new Set(['set', 'clear', 'is_set', 'wait']);
const flags = new WeakMap<PyObj, boolean>();

export function isAsyncioSyncObject(o: PyObj): boolean {
  return o.builtinName === EVENT && flags.has(o);
}

export function asyncioSyncAttr(_b: Builtins, o: PyObj, name: string): ModelAttr {
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

export function isEventWait(it: Interpreter, o: PyObj): boolean {
  const ev = o.builtinName === EVENT_WAIT ? o.slots?.get('self') : undefined;
  return !!ev && !!exactNow(it) && !ev.fuzzy;
}

/** `await event.wait()` (`v` owned: the coroutine, a temporary of this await). */
export function* awaitEventWait(it: Interpreter, v: PyObj, frame: Frame, e: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const ev = v.slots!.get('self')!;
  try {
    if (flags.get(ev)) return it.b.trueObj;
    const fut = newFuture(it.b, FUTURE, 'Future', e);
    ev.items!.push(h.incref(fut)!);
    it.b.noteStore(ev, fut);
    try {
      // (the frame's `fut` and the FutureIter: one reference here, the await's)
      h.decref(yield* awaitFollowedFuture(it, h.incref(fut)!, frame, e));
      return it.b.trueObj;
    } finally {
      const i = ev.items?.indexOf(fut) ?? -1;
      if (i >= 0) { ev.items!.splice(i, 1); h.decref(fut); }
      h.decref(fut);
    }
  } finally {
    h.decref(v);
  }
}

export const ASYNCIO_SYNC_IMPLS: [string, BuiltinImpl][] = [
  ['asyncio.Event', eventImpl],
  ...[...EVENT_METHODS].map((m): [string, BuiltinImpl] => [`${EVENT}.${m}`, eventMethodImpl]),
];
