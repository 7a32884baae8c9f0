// threading.Condition(lock=None) (Lib/threading.py; the same on 3.11-3.13, measured with
// sys.getrefcount and gc.collect): a Python object whose __init__ keeps the lock (`_lock`, a new
// RLock when none is given), the lock's bound `acquire` and `release` (each a builtin method
// holding the lock), for an RLock also its bound `_release_save`, `_acquire_restore` and
// `_is_owned` (a Lock has none: Condition's own methods stand in), and an empty deque of waiters.
// So Condition(rlock) holds the RLock six times, Condition(lock) three times; all of them are
// tracked objects a collection of the Condition counts. `with cond:` / acquire / release are the
// lock's; notify / notify_all need the lock held (RuntimeError) and wake the waiters, of whom the
// model has none on one thread (a wait() is not followed: it would block on other threads); the
// RuntimeError of one without the lock keeps the Condition in its traceback (libraryFrames.ts).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { raiseThroughLibraryFrames } from './libraryFrames';
import { callLockMethod, isRLock, lockHeld, newLock } from './threadingModel';

export const CONDITION = 'threading.Condition()';
/** Condition's own methods the model follows (`_is_owned` only when the lock has none to lend). */
const METHODS = new Set(['__enter__', '__exit__', 'notify', 'notify_all', 'wait', '_is_owned']);
/** The lock methods Condition.__init__ binds and keeps: always, and only when the lock has them (an RLock). */
const BOUND_ALWAYS = ['acquire', 'release'];
const BOUND_RLOCK = ['_release_save', '_acquire_restore', '_is_owned'];

const conditions = new WeakSet<PyObj>();

export function isCondition(o: PyObj): boolean {
  return o.builtinName === CONDITION && conditions.has(o);
}

/** An attribute of a Condition: what __init__ stored (a lock's bound method shadows the class's), else its methods. */
export function conditionAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  const v = o.attrs?.get(name);
  if (v) return { value: b.it.heap.incref(v)! };
  return METHODS.has(name) ? { method: `${CONDITION}.${name}` } : undefined;
}

function conditionImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kw, pos, unknownCall } = call;
  if (args.length + kw.size > 1 || (kw.size && !kw.has('lock'))) return unknownCall();
  const given = args[0] ?? kw.get('lock');
  // (a lock the model does not follow: what the Condition binds of it is not known)
  if (given && given.kind !== 'none' && lockHeld(given) === undefined) return unknownCall();
  const lock = given && given.kind !== 'none' ? h.incref(given)! : newLock(h, true, pos);
  const c = h.alloc('builtin', 'Condition', h.site(pos.line, pos.col, 'Condition', 'Condition(…)'));
  c.builtinName = CONDITION;
  c.tracked = true;
  c.attrs = new Map([['_lock', lock]]);
  for (const m of [...BOUND_ALWAYS, ...(isRLock(lock) ? BOUND_RLOCK : [])]) {
    c.attrs.set(m, b.boundMethodObject(b.boundBuiltin(`${lock.builtinName}.${m}`), h.incref(lock)!, m, pos));
  }
  const waiters = b.newSeq('list', [], pos);
  waiters.type = 'deque';
  c.attrs.set('_waiters', waiters);
  conditions.add(c);
  return c;
}

function conditionMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kwargs, frame, pos, unknownCall } = call;
  const c = args[0];
  const lock = c && isCondition(c) && !c.fuzzy ? c.attrs?.get('_lock') : undefined;
  const held = lock ? lockHeld(lock) : undefined;
  const waiters = c?.attrs?.get('_waiters');
  if (!lock || held === undefined || !waiters || waiters.fuzzy || kwargs.length) return unknownCall();
  switch (name.slice(CONDITION.length + 1)) {
    case '__enter__': return args.length === 1 ? callLockMethod(call, lock, '__enter__', []) : unknownCall();
    case '__exit__': return callLockMethod(call, lock, '__exit__', []);
    // (Condition's own, for a Lock: acquire(False) succeeds only when nobody holds it)
    case '_is_owned': return args.length === 1 ? (held ? b.trueObj : b.falseObj) : unknownCall();
    case 'notify': case 'notify_all': {
      const all = name.endsWith('notify_all');
      if (args.length > (all ? 1 : 2)) return unknownCall();
      // (RuntimeError out of notify, which notify_all calls with len(self._waiters): their frames keep self)
      const notifyFrame = { qualname: 'Condition.notify', locals: [['self', c], ['n', all ? b.smallInt(0n) : args[1] ?? b.smallInt(1n)]] as [string, PyObj][] };
      const frames = all ? [{ qualname: 'Condition.notify_all', locals: [['self', c]] as [string, PyObj][] }, notifyFrame] : [notifyFrame];
      if (!held) throw raiseThroughLibraryFrames(it, b.cError('RuntimeError', pos), frame, frames);
      // (no waiter on one thread: nothing to wake)
      return waiters.items?.length === 0 ? b.none : unknownCall();
    }
    case 'wait':
      // (held: it would block until another thread notifies, not followed)
      if (held || args.length > 2) return unknownCall();
      throw raiseThroughLibraryFrames(it, b.cError('RuntimeError', pos), frame, [{ qualname: 'Condition.wait', locals: [['self', c], ['timeout', args[1] ?? b.none]] }]);
    default: return unknownCall();
  }
}

export const CONDITION_IMPLS: [string, BuiltinImpl][] = [
  ['threading.Condition', conditionImpl],
  ...[...METHODS].map((m): [string, BuiltinImpl] => [`${CONDITION}.${m}`, conditionMethodImpl]),
];
