// threading.Lock / RLock and threading.Thread(target=f, args=...) (Lib/threading.py, Modules/_threadmodule.c;
// the same on 3.11-3.13, measured with sys.getrefcount):
// - Lock() / RLock() are new C objects held by their names only (GC types: gc.is_tracked is True,
//   and a collection counts one found in garbage).
//   `with lock:` keeps the bound `lock.__exit__` on the value stack for the block (one reference
//   to the lock); acquire / release / locked change only the lock's state.
// - Thread(target=f, args=(...), kwargs=None) keeps `_target`, `_args` (the tuple given) and
//   `_kwargs` (a new dict when none is given); nothing else holds the Thread before start().
//   start() runs f(*args, **kwargs) in a new thread; the model runs it right there, as if the
//   thread ran to its end before the main thread goes on (what is observed after join() is the
//   same), and then, as Thread.run's `finally: del self._target, self._args, self._kwargs` does,
//   drops the three. An exception in f ends that thread only (printed by threading.excepthook).
// What would wait for another thread on one thread (acquiring a Lock that is held, releasing one
// that is not) is not followed. A Thread's own objects (its Events, Conditions, the tstate lock)
// are not built: a Thread in a garbage cycle leaves the count open (collector.ts).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { Heap } from './heap';
import { raiseThroughLibraryFrames } from './libraryFrames';
import type { G } from './interpreter';
import type { ModelAttr, StoreDenied } from './objectModels';
import type { PyObj } from './objects';

const LOCK = 'threading.Lock()';
const RLOCK = 'threading.RLock()';
export const THREAD = 'threading.Thread()';
const LOCK_METHODS = new Set(['acquire', 'release', 'locked', '__enter__', '__exit__']);
// (_is_owned: what a Condition over an RLock asks; held by this thread, on one thread: held at all)
const RLOCK_METHODS = new Set(['acquire', 'release', '__enter__', '__exit__', '_is_owned']);
const THREAD_METHODS = new Set(['start', 'join', 'is_alive']);

/** A lock's acquisitions (an RLock's count; 0 or 1 for a Lock), a Thread's progress. */
const lockCounts = new WeakMap<PyObj, number>();
const threadState = new WeakMap<PyObj, 'new' | 'done'>();

export function isThreadingObject(o: PyObj): boolean {
  return (o.builtinName === LOCK || o.builtinName === RLOCK) ? lockCounts.has(o) : o.builtinName === THREAD && threadState.has(o);
}

/** A Thread object (its own objects are not built: collector.ts). */
export function isThreadObject(o: PyObj): boolean {
  return o.builtinName === THREAD && threadState.has(o);
}

export function threadingAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  const methods = o.builtinName === LOCK ? LOCK_METHODS : o.builtinName === RLOCK ? RLOCK_METHODS : THREAD_METHODS;
  if (methods.has(name)) return { method: `${o.builtinName}.${name}` };
  if (o.builtinName === THREAD && name === 'name' && o.attrs?.has('name')) return { value: b.it.heap.incref(o.attrs.get('name'))! };
  return undefined;
}

/**
 * A store on a Lock / RLock fails: C types without a __dict__. A Thread keeps other names in its
 * __dict__, but `ident` and `native_id` are properties without a setter (measured on 3.11-3.13).
 */
export function threadingStore(o: PyObj, name: string): StoreDenied {
  if (o.builtinName === LOCK || o.builtinName === RLOCK) return 'no-dict';
  return o.builtinName === THREAD && (name === 'ident' || name === 'native_id') ? 'read-only' : undefined;
}

function lockImpl(call: BuiltinCall): PyObj {
  const { h, name, args, kwargs, pos, unknownCall } = call;
  if (args.length || kwargs.length) return unknownCall();
  return newLock(h, name === 'threading.RLock', pos);
}

/** A new, unlocked Lock or RLock. */
export function newLock(h: Heap, reentrant: boolean, pos: { line: number; col: number }): PyObj {
  const type = reentrant ? 'RLock' : 'lock';
  const l = h.alloc('builtin', type, h.site(pos.line, pos.col, type, `${type}()`));
  l.builtinName = reentrant ? RLOCK : LOCK;
  l.tracked = true;
  lockCounts.set(l, 0);
  return l;
}

/** A Lock / RLock the model follows (its state known): its acquisitions, else undefined. */
export function lockHeld(l: PyObj): number | undefined {
  return (l.builtinName === LOCK || l.builtinName === RLOCK) && !l.fuzzy ? lockCounts.get(l) : undefined;
}

/** Whether `l` is an RLock (whose _is_owned / _release_save / _acquire_restore a Condition takes over). */
export function isRLock(l: PyObj): boolean {
  return l.builtinName === RLOCK;
}

/** `l.<method>(*rest)` of a followed lock, from another model's method (a Condition's with-block). */
export function callLockMethod(call: BuiltinCall, l: PyObj, method: string, rest: PyObj[]): PyObj {
  return lockMethodImpl({ ...call, name: `${l.builtinName}.${method}`, args: [l, ...rest], self: l, kwargs: [], kw: new Map() });
}

function lockMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kw, frame, pos, unknownCall } = call;
  const l = args[0];
  const n = lockCounts.get(l);
  if (n === undefined || l.fuzzy) return unknownCall();
  const reentrant = l.builtinName === RLOCK;
  switch (name.slice(l.builtinName!.length + 1)) {
    case 'acquire': case '__enter__': {
      if (n && !reentrant) {
        // (held: a blocking acquire waits for another thread; blocking=False answers False)
        const blocking = args[1] ?? kw.get('blocking');
        if (name.endsWith('acquire') && blocking && blocking.kind === 'bool' && blocking.value === false) return b.falseObj;
        return unknownCall();
      }
      lockCounts.set(l, n + 1);
      return b.trueObj;
    }
    case 'release': case '__exit__':
      // (releasing an unlocked lock: RuntimeError)
      if (!n) throw it.raiseObj(b.cError('RuntimeError', pos), frame, true);
      lockCounts.set(l, n - 1);
      return b.none;
    case 'locked': return n ? b.trueObj : b.falseObj;
    case '_is_owned': return n ? b.trueObj : b.falseObj;
    default: return unknownCall();
  }
}

/** Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). */
function threadImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kw, pos, unknownCall } = call;
  const names = ['group', 'target', 'name', 'args', 'kwargs'];
  if (args.length > names.length || [...kw.keys()].some((k) => !names.includes(k) && k !== 'daemon')) return unknownCall();
  const arg = (i: number): PyObj | undefined => args[i] ?? kw.get(names[i]);
  const group = arg(0);
  const target = arg(1);
  const tname = arg(2);
  const targs = arg(3);
  const tkw = arg(4);
  if ((group && group.kind !== 'none') || (tname && tname.kind !== 'str' && tname.kind !== 'none')) return unknownCall();
  // (args must be a tuple the model knows: Thread keeps it as given; kwargs a dict)
  if (targs && (targs.kind !== 'tuple' || !targs.items || targs.fuzzy)) return unknownCall();
  if (tkw && tkw.kind !== 'none' && (tkw.kind !== 'dict' || tkw.type !== 'dict' || !tkw.entries || tkw.fuzzy)) return unknownCall();
  const t = h.alloc('builtin', 'Thread', h.site(pos.line, pos.col, 'Thread', 'Thread(…)'));
  t.builtinName = THREAD;
  t.tracked = true;
  t.attrs = new Map([
    ['_target', h.incref(target ?? b.none)!],
    ['_args', targs ? h.incref(targs)! : b.newSeq('tuple', [], pos)],
    ['_kwargs', tkw && tkw.kind === 'dict' ? h.incref(tkw)! : b.newDict(pos)],
  ]);
  if (tname && tname.kind === 'str') t.attrs.set('name', h.incref(tname)!);
  threadState.set(t, 'new');
  return t;
}

function* threadMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, site, pos, unknownCall } = call;
  const t = args[0];
  const st = threadState.get(t);
  if (!st || t.fuzzy || args.length > (name.endsWith('.join') ? 2 : 1) || (kwargs.length && !name.endsWith('.join'))) return unknownCall();
  switch (name.slice(THREAD.length + 1)) {
    case 'start': {
      // (a second start(): RuntimeError, its traceback keeping start's frame)
      if (st !== 'new') throw raiseThroughLibraryFrames(it, b.cError('RuntimeError', pos), frame, [{ qualname: 'Thread.start', locals: [['self', t]] }]);
      threadState.set(t, 'done');
      const target = t.attrs!.get('_target')!;
      const targs = t.attrs!.get('_args')!;
      const tkw = t.attrs!.get('_kwargs')!;
      if (target.kind !== 'none') {
        const kw: [string, PyObj][] = [...tkw.entries!.values()].flatMap((e) => (e.key.kind === 'str' && typeof e.key.value === 'string' ? [[e.key.value, e.value] as [string, PyObj]] : []));
        if (kw.length !== tkw.entries!.size) {
          h.escape(t);
          return unknownCall();
        }
        // (an exception ends that thread only; meanwhile the thread's machinery holds t at times not known)
        it.racyCounts.add(t);
        it.runningThreads.push(t);
        try {
          yield* it.callAsThread(target, [...targs.items!], frame, site, kw);
        } finally {
          it.runningThreads.pop();
          it.racyCounts.delete(t);
        }
      }
      // Thread.run's finally: del self._target, self._args, self._kwargs
      for (const k of ['_target', '_args', '_kwargs']) {
        const v = t.attrs!.get(k)!;
        t.attrs!.delete(k);
        h.decref(v);
      }
      it.recorder.noteStore();
      return b.none;
    }
    // (a thread that was never started: RuntimeError)
    case 'join':
      if (st === 'new') throw raiseThroughLibraryFrames(it, b.cError('RuntimeError', pos), frame, [{ qualname: 'Thread.join', locals: [['self', t], ['timeout', args[1] ?? call.kw.get('timeout') ?? b.none]] }]);
      return b.none;
    case 'is_alive': return b.falseObj;
    default: return unknownCall();
  }
}

export const THREADING_IMPLS: [string, BuiltinImpl][] = [
  ['threading.Lock', lockImpl],
  ['threading.RLock', lockImpl],
  ['threading.Thread', threadImpl],
  ...[...LOCK_METHODS].map((m): [string, BuiltinImpl] => [`${LOCK}.${m}`, lockMethodImpl]),
  ...[...RLOCK_METHODS].map((m): [string, BuiltinImpl] => [`${RLOCK}.${m}`, lockMethodImpl]),
  ...[...THREAD_METHODS].map((m): [string, BuiltinImpl] => [`${THREAD}.${m}`, threadMethodImpl]),
];
