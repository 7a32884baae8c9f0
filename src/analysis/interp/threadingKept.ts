// threading's Python-level objects that keep their arguments (Lib/threading.py; measured with
// ob_refcnt on 3.11-3.13, the same on all three: z_hW13_threading_kept):
// - Semaphore(value=1) keeps the argument as `_value` until acquire / release compute a new one
//   (`self._value -= 1`); BoundedSemaphore also as `_initial_value`, for good.
// - Barrier(parties, action=None, timeout=None) keeps `_parties`, `_action` and `_timeout`.
// - Timer(interval, function, args=None, kwargs=None) keeps `interval`, `function`, `args` (the
//   object given, else a new list) and `kwargs` (else a new dict); nothing else holds it before start().
// Each also builds objects the model does not (a Condition over a Lock with its waiter deque, a
// Timer's Thread parts): a garbage cycle through one leaves a collection's count open (collector.ts).
// What is not modelled (a Barrier's wait, a Timer's start, an acquire that would block, releasing a
// BoundedSemaphore past its value) is an unknown call: the object and what it keeps are opened.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { keepArg, keptArg, letGoArg } from './keptArgs';

const SEMAPHORE = 'threading.Semaphore()';
const BARRIER = 'threading.Barrier()';
const TIMER = 'threading.Timer()';
const SEMAPHORE_METHODS = new Set(['acquire', 'release', '__enter__', '__exit__']);
/** The attributes each keeps (readable as themselves). */
const KEPT: Record<string, readonly string[]> = {
  [SEMAPHORE]: ['_value', '_initial_value'],
  [BARRIER]: ['_parties', '_action', '_timeout'],
  [TIMER]: ['interval', 'function', 'args', 'kwargs'],
};

/** A Semaphore's value and, for a BoundedSemaphore, its bound. */
const semaphores = new WeakMap<PyObj, { value: number; bound?: number }>();
const others = new WeakSet<PyObj>();

/** A Semaphore / BoundedSemaphore / Barrier / Timer this model made. */
export function isThreadingKept(o: PyObj): boolean {
  return semaphores.has(o) || others.has(o);
}

export function threadingKeptAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  if (o.builtinName === SEMAPHORE && SEMAPHORE_METHODS.has(name)) return { method: `${SEMAPHORE}.${name}` };
  const v = KEPT[o.builtinName ?? '']?.includes(name) ? keptArg(o, name) : undefined;
  return v ? { value: b.it.heap.incref(v)! } : undefined;
}

/** A known int in [lo, 10**6]. */
function smallInt(o: PyObj | undefined, lo: number): number | undefined {
  return o && o.kind === 'int' && typeof o.value === 'bigint' && !o.fuzzy && o.value >= BigInt(lo) && o.value <= 1000000n ? Number(o.value) : undefined;
}

function newKept(call: BuiltinCall, builtinName: string, type: string, attrs: [string, PyObj][]): PyObj {
  const { h, pos } = call;
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, `${type}(…)`));
  o.builtinName = builtinName;
  o.tracked = true;
  for (const [k, v] of attrs) keepArg(h, o, k, v);
  return o;
}

/** Semaphore(value=1) / BoundedSemaphore(value=1) with a known int value. */
function semaphoreImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, kwargs, pos, name, unknownCall } = call;
  if (args.length > 1 || kwargs.some(([k]) => k !== 'value') || (args.length && kwargs.length)) return unknownCall();
  const given = args[0] ?? kw.get('value');
  const value = given ? smallInt(given, 0) : 1;
  if (value === undefined) return unknownCall();
  const bounded = name === 'threading.BoundedSemaphore';
  const v = given ?? b.newInt(1n, pos);
  const o = newKept(call, SEMAPHORE, bounded ? 'BoundedSemaphore' : 'Semaphore', bounded ? [['_value', v], ['_initial_value', v]] : [['_value', v]]);
  if (!given) call.h.decref(v);
  semaphores.set(o, { value, bound: bounded ? value : undefined });
  return o;
}

/** `self._value -= 1` / `+= n`: a new int from then on, so the argument is let go. */
function setValue(call: BuiltinCall, s: PyObj, value: number): void {
  const { b, h, pos } = call;
  letGoArg(h, s, '_value', b.newInt(BigInt(value), pos));
  semaphores.get(s)!.value = value;
}

function semaphoreMethodImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, kwargs, name, unknownCall } = call;
  const s = args[0];
  const st = semaphores.get(s);
  if (!st || s.fuzzy) return unknownCall();
  const method = name.slice(SEMAPHORE.length + 1);
  if (method === 'acquire' || method === '__enter__') {
    const blocking = args[1] ?? kw.get('blocking');
    if (method === '__enter__' ? args.length > 1 || kwargs.length : args.length > 3 || kwargs.some(([k]) => k !== 'blocking' && k !== 'timeout')) return unknownCall();
    if (st.value > 0) {
      setValue(call, s, st.value - 1);
      return b.trueObj;
    }
    // (a zero value: a non-blocking acquire fails; one that would wait for another thread is not followed)
    return blocking && (blocking.kind === 'bool' || blocking.kind === 'int') && !blocking.fuzzy && !blocking.value ? b.falseObj : unknownCall();
  }
  // release(n=1) / __exit__(*exc)
  let count = 1;
  if (method === 'release') {
    if (args.length > 2 || kwargs.some(([k]) => k !== 'n')) return unknownCall();
    const n = args[1] ?? kw.get('n');
    if (n) {
      const c = smallInt(n, 1);
      if (c === undefined) return unknownCall();
      count = c;
    }
  } else if (args.length > 4 || kwargs.length) return unknownCall();
  // (a BoundedSemaphore released past its value: ValueError, not followed)
  if (st.bound !== undefined && st.value + count > st.bound) return unknownCall();
  setValue(call, s, st.value + count);
  return method === '__exit__' ? b.falseObj : b.none;
}

/** Barrier(parties, action=None, timeout=None) with a known parties count (3.13 rejects one below 1). */
function barrierImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, kwargs, unknownCall } = call;
  const names = ['parties', 'action', 'timeout'];
  if (args.length > 3 || kwargs.some(([k]) => !names.includes(k))) return unknownCall();
  const arg = (i: number): PyObj | undefined => args[i] ?? kw.get(names[i]);
  const parties = arg(0);
  if (smallInt(parties, 1) === undefined) return unknownCall();
  const o = newKept(call, BARRIER, 'Barrier', [['_parties', parties!], ['_action', arg(1) ?? b.none], ['_timeout', arg(2) ?? b.none]]);
  others.add(o);
  return o;
}

/** Timer(interval, function, args=None, kwargs=None). */
function timerImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kw, kwargs, pos, unknownCall } = call;
  const names = ['interval', 'function', 'args', 'kwargs'];
  if (args.length > 4 || kwargs.some(([k]) => !names.includes(k))) return unknownCall();
  const arg = (i: number): PyObj | undefined => args[i] ?? kw.get(names[i]);
  if (!arg(0) || !arg(1)) return unknownCall();
  const given = (i: number): PyObj | undefined => (arg(i) && arg(i)!.kind !== 'none' ? arg(i) : undefined);
  const targs = given(2) ?? b.newSeq('list', [], pos);
  const tkw = given(3) ?? b.newDict(pos);
  const o = newKept(call, TIMER, 'Timer', [['interval', arg(0)!], ['function', arg(1)!], ['args', targs], ['kwargs', tkw]]);
  if (!given(2)) h.decref(targs);
  if (!given(3)) h.decref(tkw);
  others.add(o);
  return o;
}

export const THREADING_KEPT_IMPLS: [string, BuiltinImpl][] = [
  ['threading.Semaphore', semaphoreImpl],
  ['threading.BoundedSemaphore', semaphoreImpl],
  ['threading.Barrier', barrierImpl],
  ['threading.Timer', timerImpl],
  ...[...SEMAPHORE_METHODS].map((m): [string, BuiltinImpl] => [`${SEMAPHORE}.${m}`, semaphoreMethodImpl]),
];
