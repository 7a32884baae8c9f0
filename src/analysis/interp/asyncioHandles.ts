// loop.call_soon / call_soon_threadsafe / call_later (Lib/asyncio/base_events.py, events.py; the same
// on 3.11-3.13, measured with sys.getrefcount) while the loop is followed exactly (asyncioTasks.ts):
// - A Handle holds the callback and an `_args` tuple of the arguments (and a Context copy: no
//   program object). call_soon appends it to the loop's `_ready` deque; call_later makes a
//   TimerHandle at `now + delay`, held by the `_scheduled` heap until due, then by `_ready`.
// - `_run` calls `context.run(callback, *args)`: a new tuple (callback, *args) holds the arguments
//   while the callback runs; then the loop drops the handle. `_run` does not clear `_args`: a
//   handle the program keeps keeps its arguments.
// - cancel() clears `_callback` and `_args` (None); a cancelled handle stays in `_ready` (skipped
//   when its turn comes) or in `_scheduled`, from whose head `_run_once` pops cancelled timers at
//   the start of each iteration (below 100 timers).
// - loop.close() (asyncio.run's end) clears `_scheduled`: timers not yet due are dropped.
// A callback that raises (the loop logs it), a delay the model cannot order, or a handle given to
// code the model does not follow ends exact following.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import type { Builtins } from './builtins';
import { type ExactLoop, exactNow, runLoggedCall, withinMargin } from './asyncioTasks';
import { HANDLE, LOOP } from './asyncioNames';
import { LIMITS } from './limits';

export const LOOP_HANDLE_METHODS = new Set(['call_soon', 'call_soon_threadsafe', 'call_later']);
const HANDLE_METHODS = new Set(['cancel', 'cancelled']);
/** Which handles are cancelled (every handle made while following exactly has an entry). */
const cancelled = new WeakMap<PyObj, boolean>();

export function isHandleObject(o: PyObj): boolean {
  return o.builtinName === HANDLE && cancelled.has(o);
}

export function handleAttr(_b: Builtins, _o: PyObj, name: string): ModelAttr {
  return HANDLE_METHODS.has(name) ? { method: `${HANDLE}.${name}` } : undefined;
}

/** loop.call_soon(cb, *args) / call_soon_threadsafe / call_later(delay, cb, *args): the handle (owned). */
function callSoonImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, pos, unknownCall } = call;
  const ex = exactNow(it);
  const later = name.endsWith('.call_later');
  const first = later ? 2 : 1;
  // (context= is not followed)
  if (!ex || kwargs.length || args.length <= first || ex.timers.length >= LIMITS.MAX_EVENT_LOOP_TASKS) return unknownCall();
  let delay = 0;
  if (later) {
    const d = args[1];
    if ((d.kind !== 'int' && d.kind !== 'float') || d.value === undefined || d.fuzzy) return unknownCall();
    delay = Number(d.value);
    // (whether a short delay is due while other work is ready is takeDueTimers' question: asyncioTasks.ts)
    if (!Number.isFinite(delay) || delay <= 0 || delay > 1e6) return unknownCall();
  }
  const type = later ? 'TimerHandle' : 'Handle';
  const hd = h.alloc('builtin', type, h.site(pos.line, pos.col, type, `asyncio.${type}`));
  hd.builtinName = HANDLE;
  hd.tracked = true;
  const fn = args[first];
  const argTuple = b.newSeq('tuple', args.slice(first + 1).map((a) => h.incref(a)!), pos);
  hd.attrs = new Map([['_callback', h.incref(fn)!], ['_args', argTuple]]);
  b.noteStore(hd, fn);
  cancelled.set(hd, false);
  // (the ready deque's or the timer heap's reference)
  if (later) ex.timers.push({ when: ex.now + delay, at: ex.now, seq: ex.timerSeq++, hd: { kind: 'soon', handle: h.incref(hd)! } });
  else ex.ready.push({ kind: 'soon', handle: h.incref(hd)! });
  return hd;
}

function handleMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, h, name, args, kwargs, unknownCall } = call;
  const hd = args[0];
  const ex = exactNow(it);
  if (!ex || args.length !== 1 || kwargs.length || hd.fuzzy || !isHandleObject(hd)) return unknownCall();
  if (name.endsWith('.cancelled')) return b.bool(cancelled.get(hd)!);
  // (past 100 timers _run_once may rebuild the heap instead of popping its head: not followed)
  if (ex.timers.length > 100) return unknownCall();
  if (!cancelled.get(hd)) {
    cancelled.set(hd, true);
    for (const k of ['_callback', '_args']) {
      h.decref(hd.attrs!.get(k));
      hd.attrs!.set(k, b.none);
    }
    it.recorder.noteStore();
  }
  return b.none;
}

/** _run_once's start: cancelled timers at the heap's head are popped (the timers sorted by deadline). */
export function popCancelledTimers(it: Interpreter, ex: ExactLoop): void {
  ex.timers.sort((a, b) => a.when - b.when || a.seq - b.seq);
  for (let hd = ex.timers[0]?.hd; hd?.kind === 'soon' && cancelled.get(hd.handle); hd = ex.timers[0]?.hd) {
    ex.timers.shift();
    it.heap.decref(hd.handle);
  }
}

/** Handle._run, then the loop drops the handle (owned); false when the callback raised. */
export function* runSoon(it: Interpreter, hd: PyObj, frame: Frame): G<boolean> {
  const h = it.heap;
  try {
    if (cancelled.get(hd)) return true;
    const fn = hd.attrs!.get('_callback')!;
    const args = hd.attrs!.get('_args')!.items!;
    // (`self._context.run(self._callback, *self._args)`: the call's own tuple)
    const tmp = it.b.newSeq('tuple', [fn, ...args].map((a) => h.incref(a)!), { line: frame.line, col: 0 });
    try {
      return yield* runLoggedCall(it, fn, [...args], frame, 'call_soon');
    } finally {
      h.decref(tmp);
    }
  } finally {
    h.decref(hd);
  }
}

/** loop.close() at asyncio.run's end: timers not yet due are dropped; false when one may be due meanwhile, or is not a handle of the program's. */
export function dropTimersAtClose(it: Interpreter, ex: ExactLoop): boolean {
  if (ex.timers.some((t) => t.hd.kind !== 'soon' || withinMargin(ex.now, t.when))) return false;
  for (const t of ex.timers.splice(0)) if (t.hd.kind === 'soon') it.heap.decref(t.hd.handle);
  return true;
}

export const ASYNCIO_HANDLE_IMPLS: [string, BuiltinImpl][] = [
  ...[...LOOP_HANDLE_METHODS].map((m): [string, BuiltinImpl] => [`${LOOP}.${m}`, callSoonImpl]),
  ...[...HANDLE_METHODS].map((m): [string, BuiltinImpl] => [`${HANDLE}.${m}`, handleMethodImpl]),
];
