// Classes deriving from threading.Thread alone (directly, or through program classes that each
// have one base): Lib/threading.py's Thread is a Python class, so such an instance is an ordinary
// instance of the program's class whose __dict__ Thread's methods fill. What the model follows
// (the same on 3.11-3.13, measured with sys.getrefcount / gc.collect):
// - Thread.__init__ (inherited, or `super().__init__(...)`) keeps `_target`, `_args` (the tuple
//   given, `()` by default) and `_kwargs` (a new dict when None) as instance attributes; its other
//   attributes (name, Events, locks) are library objects holding nothing of the program's.
// - start() runs `self.run()` as the new thread's whole work, right there, as threadingModel.ts
//   does for Thread(target=...) (what is seen after join() is the same); Thread.run (not
//   overridden) calls the target and then deletes the three attributes. While run() runs, the
//   thread's bootstrap frames, `threading._active` and the main thread (still in start(), or
//   already in join(), or elsewhere) hold the instance at times the model does not know: its
//   recorded count is open then (Interpreter.racyCounts). Once join() returned, none of that is left.
// - join / is_alive; name, ident, native_id and daemon read as values of unknown content.
// Any other attribute Thread would give is not followed (the instance escapes, libraryHooks.ts).
// A thread instance in garbage leaves the collection's count open (its unbuilt objects: collector.ts).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { raiseThroughLibraryFrames } from './libraryFrames';
import type { Builtins } from './builtins';
import type { CallSite, G } from './interpreter';
import type { PyObj } from './objects';

const THREAD_BASE = 'threading.Thread';
const PREFIX = 'Thread.';
const METHODS = new Set(['__init__', 'start', 'join', 'is_alive', 'run']);
const VALUES = new Set(['name', 'ident', 'native_id', 'daemon']);

const threadClasses = new WeakSet<PyObj>();
/** An instance's progress: after Thread.__init__, after start(). */
const states = new WeakMap<PyObj, 'new' | 'started'>();

/** Whether a class statement with these bases makes a Thread class the model follows (marks it). */
export function noteThreadClass(k: PyObj, bases: PyObj[]): void {
  const [b] = bases;
  if (bases.length === 1 && (b.builtinName === THREAD_BASE || threadClasses.has(b))) threadClasses.add(k);
}

export function isThreadClass(c: PyObj | undefined): boolean {
  return !!c && threadClasses.has(c);
}

/** An instance of such a class (its Thread part is not built). */
export function isThreadInstance(o: PyObj): boolean {
  return o.kind === 'instance' && isThreadClass(o.cls);
}

/**
 * What Thread gives an instance for `name` when the program's classes do not define it: a bound
 * method of Thread (the model's), a value, or undefined (not followed).
 */
export function threadAttr(b: Builtins, obj: PyObj, name: string, site: CallSite): { func: PyObj; self?: PyObj } | undefined {
  if (!isThreadInstance(obj) || obj.fuzzy) return undefined;
  if (METHODS.has(name)) return { func: b.boundBuiltin(`${PREFIX}${name}`), self: b.it.heap.incref(obj)! };
  if (VALUES.has(name) && states.has(obj)) return { func: b.unknown(site.line, site.col) };
  return undefined;
}

/** The Thread method `super().name` reaches from a Thread class's method, bound to `self`. */
export function threadSuperAttr(b: Builtins, self: PyObj | undefined, name: string): { func: PyObj; self: PyObj } | undefined {
  if (!self || !isThreadInstance(self) || self.fuzzy || !METHODS.has(name)) return undefined;
  return { func: b.boundBuiltin(`${PREFIX}${name}`), self: b.it.heap.incref(self)! };
}

/** `threading.Thread.<method>` read off the class itself: the same function, called with self first. */
export function threadClassAttr(b: Builtins, obj: PyObj, name: string): PyObj | undefined {
  return obj.builtinName === THREAD_BASE && obj.external && METHODS.has(name) ? b.boundBuiltin(`${PREFIX}${name}`) : undefined;
}

/** The instance a Thread method was called on, when it is one the model follows. */
function followedSelf(call: BuiltinCall): PyObj | undefined {
  const self = call.args[0];
  return self && isThreadInstance(self) && !self.fuzzy ? self : undefined;
}

/** Thread.__init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). */
function* initImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, kw, frame, pos, unknownCall } = call;
  const [, ...rest] = args;
  const self = followedSelf(call);
  if (!self) return unknownCall();
  const names = ['group', 'target', 'name', 'args', 'kwargs'];
  if (rest.length > names.length || [...kw.keys()].some((k) => !names.includes(k) && k !== 'daemon')) return unknownCall();
  const arg = (i: number): PyObj | undefined => rest[i] ?? kw.get(names[i]);
  const [group, target, tname, targs, tkw] = names.map((_, i) => arg(i));
  if ((group && group.kind !== 'none') || (tname && tname.kind !== 'str' && tname.kind !== 'none')) return unknownCall();
  // (args a tuple the model knows: kept as given; kwargs None or a dict)
  if (targs && (targs.kind !== 'tuple' || !targs.items || targs.fuzzy)) return unknownCall();
  if (tkw && tkw.kind !== 'none' && (tkw.kind !== 'dict' || tkw.type !== 'dict' || !tkw.entries || tkw.fuzzy)) return unknownCall();
  yield* b.setAttr(self, '_target', h.incref(target ?? b.none)!, frame);
  yield* b.setAttr(self, '_args', targs ? h.incref(targs)! : h.incref(b.emptyTuple)!, frame);
  yield* b.setAttr(self, '_kwargs', tkw && tkw.kind === 'dict' ? h.incref(tkw)! : b.newDict(pos), frame);
  states.set(self, 'new');
  return b.none;
}

/** Thread.run: the target on the arguments, then `del self._target, self._args, self._kwargs`. */
function* runImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, kwargs, frame, site, unknownCall } = call;
  const self = followedSelf(call);
  const target = self?.attrs?.get('_target');
  const targs = self?.attrs?.get('_args');
  const tkw = self?.attrs?.get('_kwargs');
  if (!self || args.length > 1 || kwargs.length || !target || !targs?.items || !tkw?.entries) return unknownCall();
  const kw: [string, PyObj][] = [...tkw.entries.values()].flatMap((e) => (e.key.kind === 'str' && typeof e.key.value === 'string' ? [[e.key.value, e.value] as [string, PyObj]] : []));
  if (kw.length !== tkw.entries.size) return unknownCall();
  try {
    if (target.kind !== 'none') h.decref(yield* it.callFromC(target, [...targs.items], frame, site, kw));
  } finally {
    for (const k of ['_target', '_args', '_kwargs']) yield* b.delAttr(self, k, frame);
  }
  return b.none;
}

/** Thread's own attributes: the three the model keeps; a private name beside them may be one of Thread's internals. */
const KEPT = new Set(['_target', '_args', '_kwargs']);

/**
 * Whether the program's classes or the instance define a private name (`_stop`, `_started`,
 * `_bootstrap` …) that Thread's own machinery uses and that would then be the program's: start() /
 * join() are not followed then.
 */
function shadowsInternals(self: PyObj): boolean {
  const priv = (n: string): boolean => /^_[^_]/.test(n) && !KEPT.has(n);
  if ([...(self.attrs?.keys() ?? [])].some(priv)) return true;
  return (self.cls?.mroTuple?.items ?? []).some((c) => !!c.classIR && [...(c.attrs?.keys() ?? [])].some(priv));
}

/** start(): run() as another thread's work, done before the caller goes on. */
function* startImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, kwargs, frame, site, pos, unknownCall } = call;
  const self = followedSelf(call);
  if (!self || args.length > 1 || kwargs.length || shadowsInternals(self)) return unknownCall();
  const st = states.get(self);
  // (__init__ not called, or a second start(): RuntimeError, its traceback keeping start's frame)
  if (st !== 'new') throw raiseThroughLibraryFrames(it, b.cError('RuntimeError', pos), frame, [{ qualname: 'Thread.start', locals: [['self', self]] }]);
  states.set(self, 'started');
  const run = yield* b.loadMethod(self, 'run', frame, site);
  it.racyCounts.add(self);
  it.runningThreads.push(self);
  try {
    yield* it.callAsThread(run.func, run.self ? [run.self] : [], frame, site, []);
  } finally {
    it.runningThreads.pop();
    it.racyCounts.delete(self);
    h.decref(run.func);
    h.decref(run.self);
  }
  it.recorder.noteStore();
  return b.none;
}

function threadMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, frame, pos, unknownCall } = call;
  const self = followedSelf(call);
  const st = self && states.get(self);
  if (!self || !st || shadowsInternals(self)) return unknownCall();
  if (name.endsWith('.join')) {
    if (args.length > 2 || call.kwargs.some(([k]) => k !== 'timeout')) return unknownCall();
    // (a thread that was never started: RuntimeError, its traceback keeping join's frame)
    if (st === 'new') throw raiseThroughLibraryFrames(it, b.cError('RuntimeError', pos), frame, [{ qualname: 'Thread.join', locals: [['self', self], ['timeout', args[1] ?? call.kw.get('timeout') ?? b.none]] }]);
    return b.none;
  }
  return args.length === 1 && !call.kwargs.length ? b.falseObj : unknownCall();
}

/** threading.current_thread(): the Thread whose work the model is running, else not followed. */
function currentThreadImpl(call: BuiltinCall): PyObj {
  const { it, h, args, kwargs, unknownCall } = call;
  const t = it.runningThreads[it.runningThreads.length - 1];
  return t && !args.length && !kwargs.length ? h.incref(t)! : unknownCall();
}

/** threading.enumerate(): not followed; the running threads it lists may be changed by that code. */
function enumerateImpl(call: BuiltinCall): PyObj {
  for (const t of call.it.runningThreads) call.h.escape(t);
  return call.unknownCall();
}


export const THREAD_SUBCLASS_IMPLS: [string, BuiltinImpl][] = [
  [`${PREFIX}__init__`, initImpl],
  [`${PREFIX}run`, runImpl],
  [`${PREFIX}start`, startImpl],
  [`${PREFIX}join`, threadMethodImpl],
  [`${PREFIX}is_alive`, threadMethodImpl],
  ['threading.current_thread', currentThreadImpl],
  ['threading.enumerate', enumerateImpl],
];
