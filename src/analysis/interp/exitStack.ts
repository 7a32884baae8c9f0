// contextlib.ExitStack as Lib/contextlib.py runs it (3.11-3.13).
//
// The stack keeps its callbacks in a deque `_exit_callbacks` of (is_sync,
// callback) tuples. enter_context(cm) reads type(cm).__exit__ first (a
// missing one is a TypeError before anything runs), calls __enter__, and
// pushes MethodType(__exit__, cm): a bound method holding cm until the stack
// unwinds. callback(fn, *args, **kwds) pushes a wrapper closing over fn, the
// args tuple and the kwds dict, and returns fn. close() / __exit__ pop the
// callbacks last in, first out, calling each with the exception details (three
// Nones without one); a callback answering true suppresses the exception for
// the ones after it. pop_all() moves the callbacks to a new stack.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';
import { CB_WRAPPER, ExitFrames } from './exitStackFrames';
import { LeftLibraryFrame, raiseReplacingAttributeError, throughLibraryFrame } from './libraryFrames';
import { missingCmMethod } from './cmProtocol';

/** builtinName of an ExitStack object (and the prefix of its methods'). */
export const EXIT_STACK = 'contextlib.ExitStack';
/** The methods followed; any other name is not. */
export const EXIT_STACK_METHODS = new Set(['enter_context', 'callback', 'push', 'close', 'pop_all', '__enter__', '__exit__']);

/** ExitStack(): the object and its empty deque of callbacks. */
export function makeExitStack(b: Builtins, it: Interpreter, site: CallSite): PyObj {
  const h = it.heap;
  const s = h.alloc('builtin', 'ExitStack', h.site(site.line, site.col, 'ExitStack', 'ExitStack()'));
  s.builtinName = EXIT_STACK;
  s.tracked = true;
  s.attrs = new Map([['_exit_callbacks', newDeque(b, site)]]);
  return s;
}

function newDeque(b: Builtins, site: CallSite): PyObj {
  const d = b.newSeq('list', [], site);
  d.type = 'deque';
  return d;
}

/**
 * enter_context's variables once `_enter(cm)` was called: `cls = type(cm)` and the class's
 * `__enter__` / `__exit__` as found on it (a class of the program's; for another object only
 * self and cm, the class and its methods not being objects the model counts).
 */
function enterContextLocals(b: Builtins, s: PyObj, cm: PyObj): [string, PyObj][] {
  const locals: [string, PyObj][] = [['self', s], ['cm', cm]];
  if (cm.kind !== 'instance' || !cm.cls) return locals;
  locals.push(['cls', cm.cls]);
  const enter = b.lookupClassAttr(cm.cls, '__enter__');
  const exit = b.lookupClassAttr(cm.cls, '__exit__');
  if (enter) locals.push(['_enter', enter]);
  if (exit) locals.push(['_exit', exit]);
  return locals;
}

/**
 * enter_context(cm) of a manager whose type lacks `lacking` (3.11+): `raise TypeError(...) from None`
 * inside enter_context, its frame holding self, cm, cls, and `_enter` when only __exit__ was
 * missing; the AttributeError of the class lookup keeps the class.
 */
function refuseManager(b: Builtins, it: Interpreter, s: PyObj, cm: PyObj, lacking: string, frame: Frame, site: CallSite): PyException {
  const locals = enterContextLocals(b, s, cm).filter(([k]) => k !== '_exit' && (k !== '_enter' || lacking === '__exit__'));
  return raiseReplacingAttributeError(it, frame, { qualname: 'ExitStack.enter_context', locals }, cm.kind === 'instance' ? cm.cls : undefined, site);
}

function callbacksOf(s: PyObj): PyObj {
  return s.attrs!.get('_exit_callbacks')!;
}

/** _push_exit_callback: (True, cb) appended, cb owned. */
function pushCallback(b: Builtins, s: PyObj, cb: PyObj, site: CallSite): void {
  const dq = callbacksOf(s);
  const entry = b.newSeq('tuple', [b.trueObj, cb], site);
  dq.items!.push(entry);
  b.noteStore(dq, entry);
}

/** A method of the stack, `args` borrowed (args[0] is the stack); undefined when not followed. */
export function* exitStackMethod(b: Builtins, it: Interpreter, method: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  const s = args[0];
  if (s?.builtinName !== EXIT_STACK || !s.attrs) return undefined;
  switch (method) {
    case '__enter__': return h.incref(s)!;
    case 'enter_context': {
      const cm = args[1];
      if (!cm || args.length !== 2 || kwargs.length) return undefined;
      // `cls.__enter__`, then `cls.__exit__`: a type the model knows to lack one is a TypeError.
      const lacking = missingCmMethod(b, cm, false);
      if (lacking) throw refuseManager(b, it, s, cm, lacking, frame, site);
      // The bound __exit__ first (MethodType(type(cm).__exit__, cm)): it holds cm from now on.
      const exit = yield* b.getAttr(cm, '__exit__', frame, site);
      let result: PyObj;
      // Nothing is pushed when __enter__ raises: the manager is not exited by the stack. The
      // exception leaves enter_context's frame, whose traceback entry keeps its variables (self,
      // cm, cls and the class's _enter / _exit functions): measured, the failed manager and the
      // stack are each held once more while the exception lives.
      const enterFrame = (): LeftLibraryFrame => ({ qualname: 'ExitStack.enter_context', locals: enterContextLocals(b, s, cm) });
      try {
        result = yield* throughLibraryFrame(it, frame, enterFrame, function* () {
          const enter = yield* b.loadMethod(cm, '__enter__', frame, site);
          try {
            return yield* it.callObject(enter.func, enter.self ? [enter.self] : [], [], frame, site);
          } finally {
            h.decref(enter.func);
          }
        });
      } catch (err) {
        h.decref(exit);
        throw err;
      }
      pushCallback(b, s, exit, site);
      return result;
    }
    case 'push': {
      const exit = args[1];
      if (!exit || args.length !== 2) return undefined;
      // An object with __exit__ is pushed as its bound __exit__; anything else as the callable it is.
      const own = exit.kind === 'instance' ? b.lookupClassAttr(exit.cls, '__exit__') : undefined;
      pushCallback(b, s, own ? yield* b.getAttr(exit, '__exit__', frame, site) : h.incref(exit)!, site);
      return h.incref(exit)!;
    }
    case 'callback': {
      const fn = args[1];
      if (!fn) return undefined;
      const w = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', 'ExitStack callback'));
      w.builtinName = CB_WRAPPER;
      w.tracked = true;
      const rest = args.slice(2);
      const kw = b.newDict(site);
      for (const [k, v] of kwargs) b.dictSet(kw, b.newStr(k, site), h.incref(v)!);
      // (the closure's cell and `_exit_wrapper.__wrapped__` both hold fn)
      w.items = [h.incref(fn)!, rest.length ? b.newSeq('tuple', rest.map((a) => h.incref(a)!), site) : h.incref(b.emptyTuple)!, kw, h.incref(fn)!];
      pushCallback(b, s, w, site);
      return h.incref(fn)!;
    }
    case 'pop_all': {
      const other = makeExitStack(b, it, site);
      const moved = callbacksOf(other);
      other.attrs!.set('_exit_callbacks', callbacksOf(s));
      s.attrs!.set('_exit_callbacks', moved);
      return other;
    }
    case 'close': {
      if (!unwindable(s)) return undefined;
      const r = yield* unwind(b, it, s, [b.none, b.none, b.none], frame, site, true);
      h.decref(r);
      return b.none;
    }
    case '__exit__': {
      if (args.length !== 4 || !unwindable(s)) return undefined;
      return yield* unwind(b, it, s, args.slice(1), frame, site);
    }
  }
  return undefined;
}

/**
 * Whether the callbacks are known: the program reaches the deque through `_exit_callbacks`, so
 * it may have pushed anything there, or handed it to code the model does not follow.
 */
function unwindable(s: PyObj): boolean {
  const dq = callbacksOf(s);
  return !dq.fuzzy && dq.items!.every((e) => e.kind === 'tuple' && e.type === 'tuple' && e.items?.length === 2 && e.items[0].kind === 'bool' && e.items[0].value === true);
}

/**
 * __exit__(*exc_details): the callbacks popped last first, each called with the details
 * (a wrapper calls its fn with its own arguments instead); one answering true suppresses
 * the exception for those after it. close() answers None, __exit__ whether it suppressed.
 *
 * A callback that raises does not stop the unwinding: __exit__ catches it, chains it to the
 * exception the callbacks had so far (_fix_exception_context), hands it to the callbacks left
 * and re-raises the last one at the end. Each such exception's traceback gets entries for
 * __exit__'s frame (and the _exit_wrapper's frame a wrapper ran in), the re-raised one a second
 * __exit__ entry (`raise exc_details[1]`; the bare `raise` after it adds none). When the last
 * one is re-raised, those frames are built (exitFrames): their variables hold that exception
 * again, so it is a cycle only gc.collect() frees. When a later callback suppressed a failure,
 * what the frames keep is not built: it gets open counts.
 */
function* unwind(b: Builtins, it: Interpreter, s: PyObj, details: PyObj[], frame: Frame, site: CallSite, viaClose = false): G<PyObj> {
  const h = it.heap;
  const received = details[0].kind !== 'none';
  let exc = details;
  let suppressed: boolean | undefined = false;
  const frameExc = it.currentHandled(frame);
  /** The exception a callback raised (owned), to be re-raised after the others ran. */
  let pending: PyObj | undefined;
  /** What __exit__'s frame and the failed wrappers' frames keep once one raised. */
  const kept: PyObj[] = [];
  let failed = false;
  const dq = callbacksOf(s);
  const frames = new ExitFrames(b, it, frame, site);
  while (dq.items!.length) {
    const entry = dq.items!.pop()!;
    const cb = h.incref(entry.items![1])!;
    h.decref(entry);
    frames.called(cb, exc);
    try {
      let r: PyObj;
      if (cb.builtinName === CB_WRAPPER) {
        const [fn, argsTuple, kw] = cb.items!;
        r = yield* it.callFromC(fn, argsTuple.items ?? [], frame, site, [...(kw.entries?.values() ?? [])].map((e): [string, PyObj] => [String(e.key.value), e.value]));
      } else r = yield* it.callFromC(cb, exc, frame, site);
      // (`if cb(*exc_details):` in _exit_callbacks' loop: the answer's own __bool__ runs)
      const t = yield* it.truthOf(r, frame);
      if (received && t === true) { suppressed = true; exc = [b.none, b.none, b.none]; }
      else if (received && t === undefined) { suppressed = undefined; for (const x of details) h.escape(x); }
      // (a true answer drops a pending exception too: pending_raise = False)
      if (t === true && pending) { kept.push(pending); pending = undefined; exc = [b.none, b.none, b.none]; frames.suppressedFailure = true; }
    } catch (err) {
      if (!(err instanceof PyException) || err.exc.kind !== 'exception') throw err;
      frames.failed(err.exc, cb, exc);
      fixContext(it, err.exc, exc[1].kind === 'none' ? undefined : exc[1], frameExc);
      if (pending) kept.push(pending);
      pending = err.exc;
      exc = [b.classOf(pending) ?? b.none, pending, pending.traceback ?? b.none];
      failed = true;
    } finally {
      // (from the first failure on, the callbacks popped: the last one is __exit__'s `cb`, a
      // failed wrapper's frame keeps its own)
      if (failed) kept.push(h.incref(cb)!);
      h.decref(cb);
    }
  }
  if (pending && !frames.suppressedFailure) {
    // (kept: the earlier failures, reached through the context chain, and the callbacks popped)
    for (const o of kept) h.decref(o);
    frames.reraise(pending, s, frameExc, viaClose);
    throw new PyException(pending);
  }
  frames.drop();
  if (kept.length || pending) {
    for (const o of [...kept, pending, s, frameExc, ...details]) h.escape(o);
    it.unmodelledGarbage = true;
    for (const o of kept) h.decref(o);
  }
  if (pending) throw new PyException(pending);
  if (!received) return h.incref(b.falseObj)!;
  return suppressed === undefined ? b.unknown(site.line, site.col) : b.bool(suppressed);
}

/**
 * _fix_exception_context(new_exc, old_exc): the end of new_exc's context chain, where it
 * reaches the exception __exit__ was handling, is made old_exc (a chain of new exceptions).
 */
function fixContext(it: Interpreter, exc: PyObj, old: PyObj | undefined, frameExc: PyObj | undefined): void {
  const h = it.heap;
  let cur = exc;
  for (let i = 0; i < LIMITS.MAX_CONTEXT_CHAIN; i++) {
    const ctx = cur.context;
    if (!ctx || ctx === old) return;
    if (ctx === frameExc) break;
    cur = ctx;
  }
  if (cur.context !== frameExc) return;
  cur.context = h.incref(old);
  if (old) it.recorder.noteEdge(cur, old);
  h.decref(frameExc);
}
