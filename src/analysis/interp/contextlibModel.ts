// contextlib.contextmanager as Lib/contextlib.py builds it (3.11-3.13).
//
// The decorator returns `helper`, a function that closes over the generator
// function (one cell) and, through functools.wraps, keeps it again as
// `__wrapped__` in its __dict__. Like any function it binds as a method.
// Calling it makes a _GeneratorContextManager holding the generator (whose
// frame took its own references to the arguments), the function, the
// helper's `args` tuple and `kwds` dict. __enter__ first drops func, args and
// kwds ("do not keep args and kwds alive unnecessarily"), then runs the
// generator to its yield. __exit__ runs it on to its end, or throws the with
// block's exception in at the yield: finished means suppressed, the same
// exception back means not (its __traceback__ restored), another one
// propagates. contextlib.suppress is followed too (below).
//
// asynccontextmanager is the same helper making an _AsyncGeneratorContextManager with the same four
// attributes around an async generator. Its __aenter__ / __aexit__ are `async def`s: a call makes a
// coroutine whose frame holds self (and __aexit__'s typ, value, traceback) until it has been awaited
// to its end; the await runs the async generator as __enter__ / __exit__ run the generator
// (`await anext(self.gen)`, `await self.gen.athrow(value)`, with the same references around the
// generator's frame: the exception an except clause there catches has the same count, measured on
// 3.11-3.13), StopAsyncIteration taking StopIteration's place.
import type { Builtins } from './builtins';
import { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import { PyException } from './interpreter';
import type { PyObj } from './objects';
import { isAsyncGen } from './asyncIteration';
import { plainGroupLeaves } from './controlFlow';

/** builtinName of the function @contextmanager returns. */
export const CM_HELPER = 'contextlib.contextmanager()';
/** builtinName of the context manager a call of it makes. */
export const CM_OBJECT = 'contextlib._GeneratorContextManager';
export const CM_ENTER = 'contextlib._GeneratorContextManager.__enter__';
export const CM_EXIT = 'contextlib._GeneratorContextManager.__exit__';
export const ACM_HELPER = 'contextlib.asynccontextmanager()';
export const ACM_OBJECT = 'contextlib._AsyncGeneratorContextManager';
export const ACM_AENTER = 'contextlib._AsyncGeneratorContextManager.__aenter__';
export const ACM_AEXIT = 'contextlib._AsyncGeneratorContextManager.__aexit__';
/** builtinName of the coroutine a call of __aenter__ / __aexit__ makes. */
const ACM_STEP = 'contextlib._AsyncGeneratorContextManager coroutine';

/** (async)contextmanager(func): the helper function (owned); func is borrowed. */
export function makeHelper(b: Builtins, it: Interpreter, func: PyObj, site: CallSite, name = CM_HELPER): PyObj {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const f = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', 'contextmanager helper'));
  f.builtinName = name;
  f.tracked = true;
  const cell = b.newCell(site.line);
  cell.cellValue = h.incref(func);
  f.closure = b.newSeq('tuple', [cell], pos);
  const d = b.newDict(pos);
  d.tracked = true;
  b.dictSet(d, b.newStr('__wrapped__', pos), h.incref(func)!);
  f.dictObj = d;
  it.recorder.noteEdge(f, d);
  return f;
}

export function isHelper(o: PyObj): boolean {
  return o.builtinName === CM_HELPER || o.builtinName === ACM_HELPER;
}

/** The builtin a method lookup `cm.<name>` on a (async) generator context manager binds, if any. */
export function cmMethod(o: PyObj, name: string): string | undefined {
  if (o.builtinName === CM_OBJECT) return name === '__enter__' ? CM_ENTER : name === '__exit__' ? CM_EXIT : undefined;
  if (o.builtinName === ACM_OBJECT) return name === '__aenter__' ? ACM_AENTER : name === '__aexit__' ? ACM_AEXIT : undefined;
  return undefined;
}

/** helper(*args, **kwds) with borrowed arguments: the context manager (owned). */
export function* callHelper(b: Builtins, it: Interpreter, helper: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const func = helper.closure!.items![0].cellValue!;
  const argsTuple = args.length ? b.newSeq('tuple', args.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
  const kwds = b.newDict(pos);
  for (const [k, v] of kwargs) b.dictSet(kwds, b.newStr(k, pos), h.incref(v)!);
  return yield* newCm(b, it, func, argsTuple, kwds, args, kwargs, frame, site, helper.builtinName === ACM_HELPER);
}

/**
 * _GeneratorContextManager(func, args, kwds) (args tuple and kwds dict owned; `callArgs` /
 * `callKw` their content, borrowed): `self.gen = func(*args, **kwds)`, then the three kept. The
 * manager (owned).
 */
export function* newCm(b: Builtins, it: Interpreter, func: PyObj, argsTuple: PyObj, kwds: PyObj, callArgs: PyObj[], callKw: [string, PyObj][], frame: Frame, site: CallSite, isAsync = false): G<PyObj> {
  const h = it.heap;
  let gen: PyObj;
  try {
    gen = yield* it.callFromC(func, callArgs, frame, site, callKw);
  } catch (err) {
    h.decref(argsTuple);
    h.decref(kwds);
    throw err;
  }
  const type = isAsync ? '_AsyncGeneratorContextManager' : '_GeneratorContextManager';
  const cm = h.alloc('builtin', type, h.site(site.line, site.col, type, type));
  cm.builtinName = isAsync ? ACM_OBJECT : CM_OBJECT;
  cm.tracked = true;
  cm.attrs = new Map([['gen', gen], ['func', h.incref(func)!], ['args', argsTuple], ['kwds', kwds]]);
  for (const v of cm.attrs.values()) b.noteStore(cm, v);
  return cm;
}

/** The generator `cm` drives, when it is of the kind its manager needs (next() / anext() on it work). */
function drivenGen(cm: PyObj): PyObj | undefined {
  const gen = cm.attrs?.get('gen');
  return gen && gen.kind === 'generator' && isAsyncGen(gen) === (cm.builtinName === ACM_OBJECT) ? gen : undefined;
}

export function* cmEnter(b: Builtins, it: Interpreter, cm: PyObj, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const gen = drivenGen(cm);
  if (!gen) return undefined;
  for (const k of ['args', 'kwds', 'func']) {
    const v = cm.attrs!.get(k);
    if (!v) throw it.raiseObj(b.cError('AttributeError', site), frame, true);
    cm.attrs!.delete(k);
    it.heap.decref(v);
  }
  it.recorder.noteStore();
  const r = yield* b.resume(gen, undefined, frame);
  if (r.done) { it.heap.decref(r.value); throw it.raiseObj(b.cError('RuntimeError', site), frame, true); }
  return r.value;
}

/** __exit__(typ, value, tb), all borrowed: True when the generator swallowed the exception. */
export function* cmExit(b: Builtins, it: Interpreter, cm: PyObj, value: PyObj, tb: PyObj, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  const gen = drivenGen(cm);
  if (!gen) return undefined;
  let r: { done: boolean; value: PyObj };
  if (value === b.none) {
    r = yield* b.resume(gen, undefined, frame);
  } else {
    if (value.kind !== 'exception') return undefined;
    // While the generator runs, contextlib's __exit__ frame also holds the exception as the
    // argument of `self.gen.throw(...)` on its stack (its `value` parameter is the call's argument).
    h.incref(value);
    try {
      r = yield* b.throwInto(gen, h.incref(value)!, frame);
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      if (err.exc !== value) {
        keepExitFrame(b, it, cm, gen, value, tb, err.exc, frame);
        loopFramesKept(it, cm);
        throw err;
      }
      // The same exception back: its traceback as the with block left it; not suppressed.
      const old = value.traceback;
      value.traceback = tb === b.none ? undefined : h.incref(tb);
      h.decref(old);
      h.decref(err.exc);
      return b.falseObj;
    } finally {
      h.decref(value);
    }
  }
  if (r.done) {
    h.decref(r.value);
    if (value !== b.none && it.vm.swallowedThrowCycle) loopFramesKept(it, cm);
    if (value !== b.none && it.vm.swallowedThrowCycle && !keepSwallowedCycle(b, it, cm, gen, value, tb, frame)) {
      // The swallowed exception (and what it reaches) lives on in a cycle the model could not build:
      // its count gets an open upper bound and the next collection may find more.
      h.escape(value);
      it.unmodelledGarbage = true;
    }
    return value === b.none ? b.falseObj : b.trueObj;
  }
  // A second yield: "generator didn't stop"; the generator is closed.
  h.decref(r.value);
  b.it.heap.decref(b.closeGenerator(gen, frame));
  throw it.raiseObj(b.cError('RuntimeError', site), frame, true);
}

/**
 * Another exception out of the generator leaves __exit__ by its bare `raise` (the `except ... as
 * exc` cleanup has cleared `exc`): its traceback gets an entry for contextlib's __exit__ frame,
 * whose frame object keeps self, typ, value and traceback once the frame is done and links the
 * caller's frame as f_back. A finished generator frame that links the frame which resumed it
 * (genFrameLinksBack, 3.12+) links this one: when the with block's exception holds the generator
 * frame in its own traceback, that is a cycle only gc.collect() frees (measured: 8 objects).
 * __aexit__ re-raises the same way from its coroutine frame, which the async generator's links
 * (measured the same on 3.11-3.13).
 */
function keepExitFrame(b: Builtins, it: Interpreter, cm: PyObj, gen: PyObj, value: PyObj, tb: PyObj, exc: PyObj, frame: Frame): void {
  const h = it.heap;
  if (exc.kind !== 'exception') return;
  const fo = exitFrameObject(b, it, cm, value, tb, frame);
  // The entry goes below the caller's (added as the exception left the generator's resumption),
  // above the generator frame's.
  const head = exc.traceback?.tbFrame?.frame === frame ? exc.traceback : undefined;
  const genFo = (head ? head.tbNext : exc.traceback)?.tbFrame;
  if (genFo && genFo.frame === gen.genFrame && genFo.frameBack) linkBack(it, genFo, h.incref(fo)!);
  // (the entry owns the frame object)
  const entry = h.alloc('traceback', 'traceback', h.site(frame.line, 0, 'traceback', 'traceback'));
  entry.tracked = true;
  entry.tbFrame = fo;
  if (head) {
    entry.tbNext = head.tbNext;
    head.tbNext = entry;
  } else {
    entry.tbNext = exc.traceback;
    exc.traceback = entry;
  }
}

/**
 * 3.12+, __aexit__ awaited in a coroutine an asyncio loop runs: the awaiting coroutine's frame, on
 * the kept traceback, links the loop's frames (Task.__step, Handle._run) once it is done, which the
 * model does not build: the next collection may find more than the cycle built here.
 */
function loopFramesKept(it: Interpreter, cm: PyObj): void {
  if (cm.builtinName === ACM_OBJECT && it.asyncLoop && it.vm.genFrameLinksBack) it.unmodelledGarbage = true;
}

/**
 * The frame object of contextlib's finished __exit__ (owned): it keeps self, typ, value and
 * traceback (`exc` was cleared by its except clause) and links the caller's frame as f_back.
 * __aexit__'s coroutine frame, once done, is the same frame object (its coroutine is not kept).
 */
function exitFrameObject(b: Builtins, it: Interpreter, cm: PyObj, value: PyObj, tb: PyObj, frame: Frame): PyObj {
  const h = it.heap;
  const name = cm.builtinName === ACM_OBJECT ? '_AsyncGeneratorContextManager.__aexit__' : '_GeneratorContextManager.__exit__';
  const ef = new Frame(frame.code, name, frame.globals, 'function', frame);
  const vars: [string, PyObj][] = [['self', cm], ['typ', b.classOf(value) ?? b.none], ['value', value], ['traceback', tb]];
  for (const [k, v] of vars) ef.locals.set(k, h.incref(v)!);
  ef.ownedByObject = true;
  const fo = it.frameObject(ef);
  ef.frameObj = undefined;
  fo.frameBack = h.incref(it.frameObject(frame));
  it.recorder.noteEdge(fo, fo.frameBack!);
  for (const r of ef.refs()) it.recorder.noteEdge(fo, r.target);
  return fo;
}

/** The finished generator's frame object links `back` (owned) as f_back instead of what it linked. */
function linkBack(it: Interpreter, genFo: PyObj, back: PyObj): void {
  const old = genFo.frameBack;
  genFo.frameBack = back;
  it.recorder.noteEdge(genFo, back);
  it.heap.decref(old);
}

/**
 * 3.12+: the (async) generator swallowed the exception thrown in. As its frame finished, its frame object
 * (kept by the exception's traceback entry for it) linked the frame that resumed it, __exit__'s,
 * as f_back; __exit__ then caught the StopIteration (whose traceback entry for __exit__'s frame
 * dies with it at the end of the handler) and returned True, its frame object keeping `value`:
 * value -> traceback entry -> generator frame -> __exit__ frame -> value, a cycle only
 * gc.collect() frees. Built when the generator's frame object is the one the exception's
 * traceback names and it linked the caller's frame (the model resumed the generator from there);
 * nothing to build when no frame object outlived the generator; false when another one did, to be
 * handled as unknown.
 */
function keepSwallowedCycle(b: Builtins, it: Interpreter, cm: PyObj, gen: PyObj, value: PyObj, tb: PyObj, frame: Frame): boolean {
  if (value.kind !== 'exception') return false;
  // No frame object outlived the generator (its traceback entry was dropped): nothing links
  // __exit__'s frame, which died with the StopIteration's traceback.
  if (!gen.genFrame?.ownedByObject) return true;
  let genFo: PyObj | undefined;
  for (let e = value.traceback; e && !genFo; e = e.tbNext) if (e.tbFrame?.frame === gen.genFrame) genFo = e.tbFrame;
  if (!genFo?.alive || genFo.frameBack?.frame !== frame) return false;
  linkBack(it, genFo, exitFrameObject(b, it, cm, value, tb, frame));
  return true;
}

/** `cm.__aenter__()` / `cm.__aexit__(typ, value, tb)` (args borrowed, self first): the coroutine, owned. */
export function acmCoroutine(it: Interpreter, args: PyObj[], site: CallSite): PyObj {
  const h = it.heap;
  const o = h.alloc('builtin', 'coroutine', h.site(site.line, site.col, 'coroutine', 'contextlib coroutine'));
  o.builtinName = ACM_STEP;
  o.tracked = true;
  o.slots = new Map(['self', 'typ', 'value', 'traceback'].slice(0, args.length).map((k, i) => [k, h.incref(args[i])!]));
  return o;
}

export function isAcmCoroutine(o: PyObj): boolean {
  return o.builtinName === ACM_STEP;
}

/** `await` of an owned such coroutine: __aenter__'s or __aexit__'s result, owned (unknown when not followed). */
export function* awaitAcmCoroutine(b: Builtins, it: Interpreter, co: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  try {
    const s = co.slots!;
    const cm = s.get('self')!;
    const r = s.has('value') ? yield* cmExit(b, it, cm, s.get('value')!, s.get('traceback')!, frame, site) : yield* cmEnter(b, it, cm, frame, site);
    if (r) return r;
    for (const v of s.values()) it.heap.escape(v);
    return b.unknown(site.line, site.col);
  } finally {
    it.heap.decref(co);
  }
}

/** builtinName of contextlib.suppress and of the object a call of it makes. */
export const SUPPRESS = 'contextlib.suppress';
export const SUPPRESS_OBJECT = 'contextlib.suppress()';

/**
 * suppress(*exceptions): an AbstractContextManager instance whose __dict__
 * keeps the exceptions as the tuple `_exceptions` (the arguments are borrowed).
 */
export function makeSuppress(b: Builtins, it: Interpreter, args: PyObj[], site: CallSite): PyObj {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const cm = h.alloc('builtin', 'suppress', h.site(site.line, site.col, 'suppress', 'suppress'));
  cm.builtinName = SUPPRESS_OBJECT;
  cm.tracked = true;
  const excs = args.length ? b.newSeq('tuple', args.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
  cm.attrs = new Map([['_exceptions', excs]]);
  b.noteStore(cm, excs);
  return cm;
}

/**
 * suppress.__exit__(exctype, excinst, ...): true when the with block raised one of the
 * exceptions (issubclass), false when it raised none or another. An exception group that is
 * not one of them: 3.11 says false; 3.12+ (`suppressSplitsGroups`) splits it by the classes and
 * says true when every part matched (the split's match group made and dropped: nothing kept), for
 * a flat group whose split the model follows (controlFlow.plainGroupLeaves). Undefined (not
 * followed) for a class the analysis does not know, or a group of which a rest is raised.
 */
export function suppressExit(b: Builtins, cm: PyObj, exctype: PyObj, excinst: PyObj | undefined): PyObj | undefined {
  if (exctype.kind === 'none') return b.falseObj;
  const excs = cm.attrs?.get('_exceptions')?.items;
  if (!excs || exctype.kind !== 'class' || excs.some((c) => c.kind !== 'class')) return undefined;
  if (excs.some((c) => b.isSubclass(exctype, c))) return b.trueObj;
  if (!b.isGroupClass(exctype)) return b.falseObj;
  if (!b.it.vm.suppressSplitsGroups) return b.falseObj;
  const leaves = excinst && plainGroupLeaves(b.it, excinst);
  if (!leaves || excs.some((c) => c.fuzzy || c.unknownBase)) return undefined;
  return leaves.every((leaf) => excs.some((c) => b.isSubclass(b.classOf(leaf), c))) ? b.trueObj : undefined;
}
