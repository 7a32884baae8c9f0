// Calls of builtin functions, builtin types and methods of builtin types
// (list.append, dict.pop, ...), and of the sys / gc / weakref functions.
// Arguments are borrowed (the caller releases them); results are owned.
// An unmodelled callee is unknown: its arguments escape (open upper bound).
import { keysViewDisjoint } from './setAlgebra';
import { complexAbs, complexConjugate } from './complexNumbers';
import { mathCall } from './mathFunctions';
import { callGenericAlias, isGenericClassAlias } from './genericAlias';
import { exactBuiltin, notCallable, numeric, unhashableKey } from './typeErrors';
import { runMemberInit } from './exceptionMembers';
import { strFormatCall, strFormatMap } from './formatMap';
import { fixedText, unchangedBySpec } from './formatSpec';
import { callRandom, emptyChoice } from './randomModule';
import { lookupKey, mergeCompares, settleItems, settleKey, settleOwnedKeys, storeSettled } from './valueKeys';
import { convertsIndexArguments, indexArguments, replacedIndexError, storesHashes } from './slotHooks';
import { itemEquals, knownClass, knownInt } from './operators';
import { exactInt, remainderIsLeft } from './intIdentity';
import { searchEqual, searchRunsCode } from './sequenceSearch';
import { lessThan } from './heapqBisect';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import { CallSite, G, Interpreter, PyException, runSync } from './interpreter';
import { COROUTINE } from './builtinNames';
import { ENUM_AUTO, isEnumMemberObj } from './enums';
import { DictEntry, opaqueValue, PyObj } from './objects';
import { done } from './finished';
import type { Heap } from './heap';
import { fsPathCall, fsPathFollowed } from './fsPath';
import { BUILTIN_FUNCTION_IMPLS, bytesFromItems, fillDict } from './builtinFunctionImpls';
import { copyTracking } from './dictCopyTracking';
import { counterElements, counterUpdate, isCounter, newCounter } from './counterModel';
import { isStringIO, stringIOMethod } from './stringIO';
import { fileMethod, isFileObject } from './fileObjects';
import { noteDecimalCall } from './decimalContext';
import { consumesDataWhole, decimalRound, isPureCallable, pureCallMayFail, pureArgument, pureCall, pureMethodMayFail, pureMethodResult } from './pureValues';
import { MODULE_FUNCTION_IMPLS } from './moduleFunctionImpls';
import { dropEntry, initArgs, liveEntries, removeDeadEntry, WeakContainerType, weakCopy, weakDelete, weakGet, weakSetPop, weakPopitem, weakSetAdd, weakSetdefault, weakUpdate } from './weakContainers';
import { isWeakrefClass } from './weakrefSubclass';
import { callWeakMethod, WEAK_METHOD_CB, weakMethodCallback } from './weakMethod';
import { bytearrayChanged, bytearrayMethod, bytesContent, isBytearray } from './bytesObjects';
import { LIMITS } from './limits';
import { runLibraryHooks } from './libraryHooks';
import { scheduleCoroutines } from './asyncioModel';
import { isSet, setAlgebraMethod, setOf } from './setAlgebra';
import { predicateCompares } from './setAlgebraCompares';
import { currentStream, streamsEscape, streamUnknown } from './sysStreams';
import { instanceDictMethod } from './instanceDictMethods';
import { attrDictIterable, attrDictViewOrCopy, isAttrDict, newDictView } from './attrDictIter';
import { weakSetAlgebraMethod, weakSetCompare } from './weakSetAlgebra';
import { dequeBefore, noteDequeMutation } from './iterMutation';
import { activeWalks, isUnorderedDict } from './setOrder';
import { noteCoupledCall } from './walkCoupling';

const NO_KEYWORDS: Map<string, PyObj> = new Map();

/** What one builtin's implementation is given: the call, its parts, and the answer for what is not modelled. */
export interface BuiltinCall {
  b: Builtins;
  it: Interpreter;
  h: Heap;
  func: PyObj;
  name: string;
  args: PyObj[];
  kwargs: [string, PyObj][];
  kw: Map<string, PyObj>;
  frame: Frame;
  site: CallSite;
  self: PyObj;
  pos: { line: number; col: number };
  unknownCall: () => PyObj;
}

/**
 * Modules whose functions give objects that can never be part of a reference cycle: values
 * without a __dict__ that hold only what they were given, never something that holds them back
 * (a match, packed bytes, a digest, a date). Not functions that give mutable containers
 * (re.findall's list: the program may append the list to itself).
 */
const ACYCLIC_MODULES = new Set(['re', 'struct', 'zlib', 'binascii', 'hashlib', 'base64', 'math', 'cmath', 'unicodedata',
  'datetime', 'time', 'decimal', 'fractions', 'os.path', 'posixpath', 'html', 'ipaddress', 'uuid', 'keyword']);
/** Names whose result is a list or dict (module functions, and methods of those objects). */
export const MUTABLE_RESULTS = new Set(['findall', 'split', 'groupdict', 'splitlines', 'unpack_iter', 'iter_unpack', '__dict__']);

function isAcyclicModuleName(name: string | undefined): boolean {
  if (!name) return false;
  const dot = name.lastIndexOf('.');
  return dot > 0 && ACYCLIC_MODULES.has(name.slice(0, dot)) && !MUTABLE_RESULTS.has(name.slice(dot + 1));
}

/**
 * str.title / capitalize / swapcase / casefold of ASCII text, as CPython's case_operation maps it
 * (title: a letter after a cased letter lowered, any other uppercased; digits and punctuation are
 * not cased, so "they're 1st" is "They'Re 1St"). Undefined for other text: Unicode's special
 * casings and titlecase letters are not tabled here.
 */
function asciiCase(method: string, v: string): string | undefined {
  if (/[^\x00-\x7f]/.test(v)) return undefined;
  const cased = (c: string): boolean => /[A-Za-z]/.test(c);
  switch (method) {
    case 'casefold': return v.toLowerCase();
    case 'swapcase': return [...v].map((c) => (c >= 'a' && c <= 'z' ? c.toUpperCase() : c.toLowerCase())).join('');
    case 'capitalize': return v.slice(0, 1).toUpperCase() + v.slice(1).toLowerCase();
    default: {
      let prev = false;
      let out = '';
      for (const c of v) {
        out += prev ? c.toLowerCase() : c.toUpperCase();
        prev = cased(c);
      }
      return out;
    }
  }
}

/** A ctypes call that makes an object out of an address: a cast to py_object, or _ctypes' PyObj_FromPtr. */
function derefsAddress(func: PyObj, args: PyObj[]): boolean {
  const name = func.moduleName;
  if (name === '_ctypes.PyObj_FromPtr') return true;
  return name === 'ctypes.cast' && args[1]?.moduleName === 'ctypes.py_object';
}

/** The builtin name a pure value's methods are called through (pureValues.ts). */
export const PURE_METHOD = 'pure.method';

/** A Python function or a bound method (of a Python function, or a builtin's such as list.append). */
export function isPlainCallable(o: PyObj): boolean {
  return o.kind === 'function' || (o.kind === 'method' && !!o.methodSelf && (o.methodFunc?.kind === 'function' || o.methodFunc?.kind === 'builtin'));
}

/** A builtin's implementation: a generator when it may run Python code (which may suspend), else the result. */
export type BuiltinImpl = (call: BuiltinCall) => G<PyObj> | PyObj;

/**
 * Calls a builtin. Not a generator itself: V8 sizes a generator object for
 * every local of its function, and the one generator over all builtins this
 * used to be cost more per call than most builtins' own work (and was too
 * large to be optimised). Each builtin is its own small function
 * (builtinFunctionImpls.ts, moduleFunctionImpls.ts), found by name.
 */
/** Builtins that run none of their arguments' code and accept any object: no exception from an unknown one. */
const NEVER_RAISES: ReadonlySet<string> = new Set(['id', 'type', 'callable', 'isinstance', 'issubclass']);

export function callBuiltinImpl(b: Builtins, it: Interpreter, func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const name = func.builtinName ?? '';
  const unknownCall = (): PyObj => {
    it.noteMayRaise();
    noteDecimalCall(b, func, [...args, ...kwargs.map(([, v]) => v)], true);
    // Coroutines handed to code the model does not follow: while asyncio.run's loop runs
    // (create_task, gather …) they are its tasks (asyncioModel.ts); otherwise they are run there,
    // to their end, as an event loop would.
    if (!it.asyncLoop) for (const a of args) for (const x of a.kind === 'list' || a.kind === 'tuple' ? a.items ?? [] : [a]) {
      if (x.builtinName !== COROUTINE || x.genState !== 'created') continue;
      try {
        h.decref(runSync(it.driveCoroutine(x, frame)));
      } catch (err) {
        // (an exception it lets out goes on out of the call, but that code kept it on the way:
        // loop.run_until_complete's Task keeps it, and the traceback, raised from
        // future.result(), keeps run_until_complete's frame holding that Task — open)
        if (err instanceof PyException) h.escape(err.exc);
        throw err;
      }
    }
    // (asyncio's own functions reach the running task without being given it — asyncio.timeout()
    // cancels it when due, current_task() hands it out: exact following of the loop ends there)
    if (it.asyncLoop && func.moduleName?.startsWith('asyncio.')) {
      it.asyncLoop.unknownCancel = true;
      const running = it.asyncLoop.exact?.current;
      if (running) h.fuzz(running);
    }
    const scheduled = it.asyncLoop ? scheduleCoroutines(it, it.asyncLoop, args) : undefined;
    const reached: PyObj[] = [];
    // (a task's coroutine is not read by the unknown code: its frame's references stay as they
    // are until one of its steps, which opens what it changes; only its own count is open)
    for (const a of args) if (scheduled?.includes(a)) h.fuzz(a); else h.escape(a, undefined, reached);
    for (const [, v] of kwargs) h.escape(v, undefined, reached);
    // An object's address turned back into the object (`ctypes.cast(id(x), ctypes.py_object).value`,
    // `_ctypes.PyObj_FromPtr(id(x))`): that code reaches x itself, though it was only given an int.
    if (derefsAddress(func, args)) for (const a of args) if (a.fromId && a.idOf?.alive) h.escape(a.idOf, undefined, reached);
    const gens = reached.filter((x) => x.kind === 'generator');
    if (gens.length) it.runEscapedGenerators(gens, frame);
    const callables = [...args, ...kwargs.map(([, v]) => v)].filter(isPlainCallable);
    // (not from a function the program never calls: its run on unknown arguments is for its own lines)
    if (callables.length && !it.inUncalledRun) it.runEscapedCallables(callables, frame, site);
    // (a logging.Handler subclass given to addHandler, a JSONEncoder subclass given as `cls=`:
    // the library calls emit / default back, now or at a later call the model does not follow)
    runLibraryHooks(b, reached.length > gens.length ? reached : [], [...args, ...kwargs.map(([, v]) => v)], frame, site);
    const r = b.unknown(site.line, site.col);
    if (func.acyclic || isAcyclicModuleName(func.moduleName)) r.acyclic = true;
    // What it returns may hold (and be held by) the containers it was given: a possible cycle member.
    if (args.some((a) => b.mayBeTracked(a)) || kwargs.some(([, v]) => b.mayBeTracked(v))) r.tracked = true;
    return r;
  };
  noteDecimalCall(b, func, args, false);
  // (a builtin given an object the model does not know — abs(x), round(x), str(x), hash(x) … — runs
  // that object's methods, which may raise, or refuses it: an `except` after the call runs)
  if ((func.kind === 'builtin' || (func.kind === 'class' && func.external)) && !NEVER_RAISES.has(name) && (args.some(opaqueValue) || kwargs.some(([, v]) => opaqueValue(v)))) it.noteMayRaise();
  if (convertsIndexArguments(b, name, args)) return withIndexArguments(b, it, func, args, kwargs, frame, site);
  // A bound builtin method object (events.append stored somewhere): self is in methodSelf.
  if (func.kind === 'method' && func.methodSelf) return callBoundBuiltin(b, it, func, args, kwargs, frame, site);
  // (a container an earlier round of a walk in an unknown order changed, read: walkCoupling.ts)
  if (it.walkDepth) noteCoupledCall(activeWalks(it), name, args);
  // (a list of unknown order given to a builtin that reads its items: settleOrder)
  if (!ORDER_BLIND.has(name)) {
    // (a list method that keeps the list a bag of known items leaves its own list unordered)
    // (and list() copies such a list as it is: builtinFunctionImpls.ts listImpl)
    const copied = name === 'list' && args.length === 1 && !kwargs.length;
    for (const a of args) if (a !== args[0] || !(ORDER_BLIND_LIST_METHODS.has(name) || copied)) settleOrder(b, a);
    for (const [, v] of kwargs) settleOrder(b, v);
  }
  if (func.kind === 'builtin' && func.builtinName === 'weak._remove') {
    // A weak container's entry callback: its object died.
    if (func.weakOwner && args[0]) removeDeadEntry(it, func.weakOwner, args[0]);
    return done(b.none);
  }
  // A WeakMethod: a new bound method while the object and the function live; its `_cb` closure.
  if (func.kind === 'weakref' && func.type === 'WeakMethod') return done(callWeakMethod(b, it, func, site));
  if (func.kind === 'builtin' && func.builtinName === WEAK_METHOD_CB) return weakMethodCallback(b, it, func, frame, site);
  if (func.kind === 'weakref') return done(h.incref(func.referent) ?? b.none);
  if (isGenericClassAlias(func)) return callGenericAlias(b, func, args, kwargs, frame, site);
  if (func.kind === 'unknown' && func.moduleName === 'enum.auto' && !args.length && !kwargs.length) {
    // A placeholder EnumType replaces by a fresh value (enums.ts).
    const r = b.unknown(site.line, site.col);
    r.builtinName = ENUM_AUTO;
    // (an `auto` instance holds only its value, here the _auto_null sentinel: in no cycle)
    r.acyclic = true;
    return done(r);
  }
  // types.MethodType(func, obj) is method_new: PyMethod_New(func, obj), the same bound method object
  // `obj.method` makes, holding both (a func that is not callable or obj None: TypeError, not followed).
  // (also a callable instance of a program class, as a class-based decorator's __get__ binds itself:
  // calling the method calls the instance with obj first, method_vectorcall)
  if (func.kind === 'unknown' && func.moduleName === 'types.MethodType' && args.length === 2 && !kwargs.length && args[1].kind !== 'none' && args[1].kind !== 'unknown'
    && (args[0].kind === 'function' || callableInstance(b, args[0]))) {
    return done(b.boundMethodObject(h.incref(args[0])!, h.incref(args[1])!, args[0].fn?.name ?? 'method', site));
  }
  // @enum.unique: the class itself, when its members are known to have distinct values (else ValueError may come).
  if (func.kind === 'unknown' && func.moduleName === 'enum.unique' && args.length === 1 && args[0].enumMembers && !kwargs.length) return done(h.incref(args[0])!);
  // os.fspath and os.path functions of objects with __fspath__ (fsPath.ts)
  if (func.kind === 'unknown' && fsPathFollowed(b, func, args, kwargs)) return fsPathCall(b, it, func, args, frame, site);
  if (func.kind === 'unknown' && isPureCallable(func.moduleName)) {
    if (consumesDataWhole(func.moduleName!) && args[0] && (args[0].kind === 'generator' || args[0].kind === 'iterator')) return pureCallOnIterator(b, it, func.moduleName!, args, kwargs, frame, site, unknownCall);
    // A library constructor or function that keeps nothing it is given (pureValues.ts).
    const r = pureCall(b, func.moduleName!, args, kwargs, { line: site.line, col: site.col });
    // A value the model did not compute may be an error instead (strptime of a text that does not
    // match, a date out of range, os.remove of a missing file): a `try` around it may go to its handler.
    if (r && (pureCallMayFail(func.moduleName!) || !r.pureData)) it.noteMayRaise();
    if (r) return done(r);
  }
  if (func.kind === 'builtin' && func.builtinName?.startsWith(`${PURE_METHOD}.`)) {
    const all = [...args.slice(1), ...kwargs.map(([, v]) => v)];
    const name = func.builtinName.slice(PURE_METHOD.length + 1);
    if (all.every((a) => pureArgument(a))) {
      const r = pureMethodResult(b, args[0], name, { line: site.line, col: site.col }, args.slice(1), kwargs);
      if (pureMethodMayFail(name, r)) it.noteMayRaise();
      return done(r);
    }
    return done(unknownCall());
  }
  // (a number, text, container or an instance without __call__: "'T' object is not callable")
  if (notCallable(func)) throw it.raiseObj(b.cError('TypeError', { line: site.line, col: site.col }), frame, true);
  if (func.kind === 'unknown' || func.kind === 'instance' || func.kind === 'generator') {
    if (func.kind === 'instance') {
      // An instance has no vectorcall: _PyObject_MakeTpCall builds the argument tuple, slot_tp_call runs __call__.
      const m = b.lookupClassAttr(func.cls, '__call__');
      if (m && m.kind === 'function') return b.callThroughTpCall(func, m, func, args, kwargs, frame, site);
      // A weakref.ref subclass's instance without __call__ of its own: weakref___call__, the referent or None.
      if (!m && isWeakrefClass(func.cls) && !args.length && !kwargs.length) return done(h.incref(func.referent) ?? b.none);
    }
    h.escape(func);
    // Code the analysis does not follow may write to stdout or flush it.
    // (and read sys.stdout / sys.stderr: a stream the program put there may be kept or written to)
    if (func.kind === 'unknown') { it.stdout.forget(); streamsEscape(b); }
    return done(unknownCall());
  }
  if (args.length < (MIN_POSITIONAL[name] ?? 0)) {
    // `next()`, `sorted()`: CPython's argument check raises before the function does anything.
    throw it.raiseObj(b.cError('TypeError', { line: site.line, col: site.col }), frame, true);
  }
  // Most calls pass no keywords: one shared empty map (never written) instead of a new one each.
  const kw = kwargs.length ? new Map(kwargs) : NO_KEYWORDS;
  const call: BuiltinCall = { b, it, h, func, name, args, kwargs, kw, frame, site, self: args[0], pos: { line: site.line, col: site.col }, unknownCall };
  const impl = BUILTIN_FUNCTION_IMPLS.get(name) ?? MODULE_FUNCTION_IMPLS.get(name);
  if (impl) {
    const r = impl(call);
    return r instanceof PyObj ? done(r) : r;
  }
  return otherBuiltin(call);
}

/** A builtin whose integer arguments are `__index__` objects: their hooks run first (slotHooks.ts), the builtin reads the ints. */
function* withIndexArguments(b: Builtins, it: Interpreter, func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  let conv: PyObj[];
  try {
    conv = (yield* indexArguments(b, func.builtinName ?? '', args, frame))!;
  } catch (err) {
    // (a builtin that clears the hook's error raises its own: the hook's exception is freed)
    const replaced = err instanceof PyException ? replacedIndexError(b, func.builtinName ?? '', args, err.exc) : undefined;
    if (!replaced) throw err;
    it.heap.decref((err as PyException).exc);
    if (replaced === 'iterate') return yield* bytesFromItems(b, func.builtinName === 'bytes' ? 'bytes' : 'bytearray', args[0], frame, { line: site.line, col: site.col });
    throw it.raiseObj(b.cError(replaced, site), frame, true);
  }
  try {
    return yield* callBuiltinImpl(b, it, func, conv, kwargs, frame, site);
  } finally {
    for (const a of conv) it.heap.decref(a);
  }
}

/** dict and set methods whose first argument is a key they hash (PyObject_Hash once per call). */
const KEY_METHODS: ReadonlySet<string> = new Set(['get', 'pop', 'setdefault', '__contains__', '__getitem__', '__setitem__', '__delitem__', 'add', 'discard', 'remove']);

/** Methods of an exact int / float that return the number itself (`__round__` with ndigits None or ≥ 0). */
const INT_SELF_METHODS = new Set(['conjugate', '__index__', '__int__', '__floor__', '__ceil__', '__trunc__', '__pos__', '__round__']);
const FLOAT_SELF_METHODS = new Set(['conjugate', '__float__', '__pos__']);

/** Builtin functions followed here and the positional arguments they cannot do without. */
const MIN_POSITIONAL: Record<string, number> = {
  iter: 1, next: 1, sorted: 1, len: 1, id: 1, hash: 1, repr: 1, abs: 1, ord: 1, chr: 1, callable: 1,
  isinstance: 2, issubclass: 2, getattr: 2, hasattr: 2, delattr: 2, setattr: 3, divmod: 2,
  'sys.intern': 1, 'sys.getrefcount': 1, 'weakref.finalize': 2, 'copy.copy': 1, 'copy.deepcopy': 1,
  // Methods read from the class (`BaseException.__init__()`): self is the first argument.
  'BaseException.__init__': 1, 'property.getter': 2, 'property.setter': 2, 'property.deleter': 2,
};

/** A builtin method bound to its object: called with the object first (held for the call). */
/**
 * A statistics function given an iterator (`mean(s.avg for s in roster)`): it consumes it whole
 * first (_sum's loop, or `list(data)` when `iter(data) is data`), so the model runs it to its end
 * and the answer is that for a list of its items, which is freed when the call returns. When the
 * items are not pure (no answer), what was pulled goes the way of an unknown call's arguments.
 */
function* pureCallOnIterator(b: Builtins, it: Interpreter, name: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite, unknownCall: () => PyObj): G<PyObj> {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const before = b.standIns;
  // (every item read only when no step took a branch of unknown direction or may have raised either:
  // a generator looping over an opened dict yields the items known, not the rest)
  const events = [it.fuzzyEvents, it.mayRaiseEvents];
  const items = yield* b.iterateAll(args[0], frame);
  const data = b.filledFrom(b.newSeq('list', items, pos), before);
  const sure = b.standIns === before && it.fuzzyEvents === events[0] && it.mayRaiseEvents === events[1] && !args[0].fuzzyIter && !args[0].fuzzy;
  const r = sure ? pureCall(b, name, [data, ...args.slice(1)], kwargs, pos) : undefined;
  if (!r) {
    h.escape(data);
    h.decref(data);
    return unknownCall();
  }
  h.decref(data);
  if (!r.pureData) it.noteMayRaise();
  return r;
}

function* callBoundBuiltin(b: Builtins, it: Interpreter, func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const self = func.methodSelf!;
  h.incref(self);
  try {
    return yield* callBuiltinImpl(b, it, func.methodFunc!, [self, ...args], kwargs, frame, site);
  } finally {
    h.decref(self);
  }
}

/** random.*, math.* (mathFunctions.ts), finalize objects and the methods of builtin types. */
function otherBuiltin(call: BuiltinCall): G<PyObj> {
  const { b, it, func, name, args, kw, frame, site, pos, unknownCall } = call;
  if (name.startsWith('random.')) {
    if (emptyChoice(name, args)) throw it.raiseObj(b.cError('IndexError', pos), frame, true);
    return done(callRandom(b, name.slice('random.'.length), args, kw, pos) ?? unknownCall());
  }
  if (name.startsWith('math.')) return mathCall(call);
  // finalize objects are called (and by their weakref callback).
  if (func.kind === 'finalize') return done(callFinalize(b, it, func, frame, site));
  const dot = name.indexOf('.');
  if (dot > 0) return callMethod(b, it, name.slice(0, dot), name.slice(dot + 1), args, kw, frame, site, unknownCall);
  return done(unknownCall());
}

function callFinalize(b: Builtins, it: Interpreter, f: PyObj, frame: Frame, site: CallSite): PyObj {
  const h = it.heap;
  if (!f.finalizeFunc) return b.none;
  const fn = h.incref(f.finalizeFunc)!;
  // info.func(*info.args): the tuple is held while the call runs, the callee gets its items.
  const fargs = h.incref(f.finalizeArgs);
  unregisterFinalize(b, it, f);
  const run = it.callObject(fn, (fargs?.items ?? []).map((a) => h.incref(a)!), [], frame, site);
  let r = run.next();
  while (!r.done) r = run.next(undefined);
  h.decref(r.value);
  h.decref(fn);
  h.decref(fargs);
  return b.none;
}

/** Takes a finalize out of the registry: its function, arguments and the weakref to its target go. */
function unregisterFinalize(b: Builtins, it: Interpreter, f: PyObj): void {
  const h = it.heap;
  const fn = f.finalizeFunc;
  const fargs = f.finalizeArgs;
  f.finalizeFunc = undefined;
  f.finalizeArgs = undefined;
  const e = b.dictDel(b.weakrefRegistry(), f);
  h.decref(fn);
  h.decref(fargs);
  if (e) { h.decref(e.key); h.decref(e.value); }
  // The registry entry (finalize's _Info) owned the weakref to the target: it goes with it.
  const w = f.finalizeRef;
  if (w) {
    f.finalizeRef = undefined;
    w.finalizeOwner = undefined;
    const target = w.referent;
    if (target?.weakrefs) target.weakrefs = target.weakrefs.filter((x) => x !== w);
    w.referent = undefined;
    h.decref(w);
  }
}

/** A method call of a builtin type, as the per-type functions below get it. */
interface MethodCall {
  b: Builtins;
  it: Interpreter;
  h: Heap;
  type: string;
  method: string;
  args: PyObj[];
  kw: Map<string, PyObj>;
  frame: Frame;
  site: CallSite;
  self: PyObj;
  a1: PyObj;
  pos: { line: number; col: number };
  unknownCall: () => PyObj;
  /** remove / index / count of a list or deque: each item's equality with a1, in order, as far as the search went. */
  matches?: (boolean | undefined)[];
}

/**
 * How many positional arguments some methods of the builtin types followed here take: `[min, max]`
 * (Argument Clinic's signatures, the same on 3.11-3.13; 3.13's str.replace also takes `count=`).
 * Fewer than min (`d.get()`, `s.join()`): TypeError before the method does anything, whatever the
 * receiver. More than max, or a keyword where none is taken: TypeError too, checked only on an exact
 * builtin receiver (max absent: not checked here).
 */
type Arity = readonly [min: number, max?: number];
const STR_ARITY: Readonly<Record<string, Arity>> = {
  join: [1, 1], count: [1, 3], index: [1, 3], find: [1, 3], rfind: [1, 3], rindex: [1, 3], startswith: [1, 3], endswith: [1, 3],
  partition: [1, 1], rpartition: [1, 1], removeprefix: [1, 1], removesuffix: [1, 1], replace: [1, 3], center: [1, 2], ljust: [1, 2],
  rjust: [1, 2], zfill: [1, 1], __contains__: [1], upper: [0, 0], lower: [0, 0], title: [0, 0], capitalize: [0, 0], swapcase: [0, 0],
  casefold: [0, 0], strip: [0, 1], lstrip: [0, 1], rstrip: [0, 1], isdigit: [0, 0], isalpha: [0, 0], isalnum: [0, 0], isspace: [0, 0],
  isupper: [0, 0], islower: [0, 0],
};
const ARITY: Record<string, Readonly<Record<string, Arity>>> = {
  list: { append: [1, 1], extend: [1, 1], insert: [1, 2], remove: [1, 1], index: [1, 3], count: [1, 1], pop: [0, 1], clear: [0, 0], copy: [0, 0], reverse: [0, 0] },
  deque: { append: [1], appendleft: [1], extend: [1], extendleft: [1], insert: [1], remove: [1], index: [1], count: [1] },
  dict: { get: [1, 2], pop: [1, 2], setdefault: [1, 2], move_to_end: [1], __getitem__: [1], __contains__: [1], keys: [0, 0], values: [0, 0],
    items: [0, 0], clear: [0, 0], copy: [0, 0], popitem: [0, 0] },
  set: { add: [1, 1], remove: [1, 1], discard: [1, 1], pop: [0, 0], clear: [0, 0], copy: [0, 0], isdisjoint: [1, 1], issubset: [1, 1],
    issuperset: [1, 1], symmetric_difference: [1, 1], __contains__: [1] },
  str: STR_ARITY,
  // (bytes: the same methods as str's that need an argument; the maxima are not checked)
  bytes: Object.fromEntries(Object.entries(STR_ARITY).filter(([, [min]]) => min > 0).map(([m]) => [m, [1]])),
};

/** Methods among ARITY's with a maximum that take keywords (3.13's `count=`; left to the method on 3.11 / 3.12, where it is an error). */
const TAKES_KEYWORDS: ReadonlySet<string> = new Set(['str.replace']);

/**
 * Arguments of the wrong type for a list or str method, where the model knows the type for sure:
 * a list position that is not an int; a substring, prefix or separator that is not a str
 * (startswith / endswith also take a tuple; strip also None), a width that is not an int. TypeError.
 */
function badArgument(type: string, method: string, args: PyObj[]): boolean {
  const known = (x: PyObj | undefined): x is PyObj => !!x && exactBuiltin(x);
  const notInt = (x: PyObj | undefined): boolean => known(x) && x.kind !== 'int' && x.kind !== 'bool';
  const a1 = args[1];
  if (type === 'list') return (method === 'insert' || method === 'pop') && notInt(a1);
  if (type !== 'str') return false;
  switch (method) {
    case 'count': case 'index': case 'find': case 'rfind': case 'rindex':
      return (known(a1) && a1.kind !== 'str') || (!!args[2] && args[2].kind !== 'none' && notInt(args[2]));
    case 'partition': case 'rpartition': case 'removeprefix': case 'removesuffix':
      return known(a1) && a1.kind !== 'str';
    case 'replace':
      return (known(a1) && a1.kind !== 'str') || (known(args[2]) && args[2].kind !== 'str') || (!!args[3] && notInt(args[3]));
    case 'startswith': case 'endswith':
      return known(a1) && a1.kind !== 'str' && a1.kind !== 'tuple';
    case 'strip': case 'lstrip': case 'rstrip':
      return known(a1) && a1.kind !== 'str' && a1.kind !== 'none';
    case 'center': case 'ljust': case 'rjust': case 'zfill':
      return notInt(a1);
    default: return false;
  }
}

/** The keyword parameters of str / bytes methods the model reads by position, with their defaults (the same on 3.11-3.13). */
const KEYWORD_PARAMS: Readonly<Record<string, readonly [string, string | bigint | boolean | null][]>> = {
  split: [['sep', null], ['maxsplit', -1n]], rsplit: [['sep', null], ['maxsplit', -1n]], splitlines: [['keepends', false]],
  encode: [['encoding', 'utf-8'], ['errors', 'strict']], decode: [['encoding', 'utf-8'], ['errors', 'strict']], expandtabs: [['tabsize', 8n]],
};

/**
 * The arguments with each keyword moved to its parameter's position and the positions before it
 * not given filled with the defaults (`made`: the new objects, owned); undefined when a keyword
 * is not one of `params` or repeats a positional one (CPython's TypeError, not decided here).
 */
function keywordsPlaced(b: Builtins, params: readonly [string, string | bigint | boolean | null][], args: PyObj[], kw: ReadonlyMap<string, PyObj>, pos: { line: number; col: number }): { args: PyObj[]; made: PyObj[] } | undefined {
  const index = (name: string): number => params.findIndex(([n]) => n === name);
  if ([...kw.keys()].some((k) => index(k) < 0 || index(k) + 1 < args.length)) return undefined;
  const last = Math.max(...[...kw.keys()].map(index));
  const out = [...args];
  const made: PyObj[] = [];
  for (let i = args.length - 1; i <= last; i++) {
    const [name, dflt] = params[i];
    const given = kw.get(name);
    if (given) { out.push(given); continue; }
    const d = dflt === null ? b.it.heap.incref(b.none)! : typeof dflt === 'boolean' ? b.it.heap.incref(b.bool(dflt))! : typeof dflt === 'bigint' ? b.newInt(dflt, pos) : b.newStr(dflt, pos);
    made.push(d);
    out.push(d);
  }
  return { args: out, made };
}

/** Builtin types whose dunders called by name run the slot the operator runs (dunderAsOperation). */
const SLOT_TYPES: ReadonlySet<string> = new Set(['dict', 'list', 'tuple', 'str', 'set', 'frozenset', 'bytes', 'int', 'float']);
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['dict', 'list', 'tuple', 'str', 'set', 'frozenset', 'bytes']);
const BINARY_DUNDERS: Readonly<Record<string, string>> = {
  __add__: '+', __sub__: '-', __mul__: '*', __truediv__: '/', __floordiv__: '//', __mod__: '%', __pow__: '**',
  __and__: '&', __or__: '|', __xor__: '^', __lshift__: '<<', __rshift__: '>>',
};
const COMPARE_DUNDERS: Readonly<Record<string, string>> = { __eq__: '==', __ne__: '!=', __lt__: '<', __le__: '<=', __gt__: '>', __ge__: '>=' };
const BUILTIN_DUNDERS: Readonly<Record<string, string>> = { __len__: 'len', __iter__: 'iter', __hash__: 'hash', __repr__: 'repr', __str__: 'str' };

/**
 * An exact builtin container's dunder called by name — `d.__getitem__(k)`, `dict.__getitem__(d, k)`,
 * `lst.__setitem__(i, v)`, `s.__contains__(x)`, `t.__len__()`, `d.__iter__()` — is the slot `d[k]`,
 * `k in s`, len() and iter() run: the same references, answers and errors. Undefined for anything
 * else (a subclass, a receiver of another type: TypeError in CPython, an unknown call here).
 */
function* dunderAsOperation(b: Builtins, it: Interpreter, type: string, method: string, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const self = args[0];
  if (kw.size || !SLOT_TYPES.has(type) || self.cls || self.type !== type || self.kind !== type) return undefined;
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const other = args[1];
  // (an operand of the same exact type: the left slot answers, as the operator's first try does;
  // another type may get NotImplemented back instead of the operator's reflected try or TypeError)
  const sameType = !!other && args.length === 2 && other.kind === self.kind && other.type === self.type && !other.cls;
  const repeat = method === '__mul__' && CONTAINER_TYPES.has(type) && type !== 'dict' && args.length === 2 && other.kind === 'int' && other.type === 'int';
  if (Object.prototype.hasOwnProperty.call(BINARY_DUNDERS, method) && (sameType || repeat)) return yield* b.binop(BINARY_DUNDERS[method], self, other, frame, false, pos);
  if (Object.prototype.hasOwnProperty.call(COMPARE_DUNDERS, method) && sameType) return yield* b.compare(COMPARE_DUNDERS[method], self, other, frame, pos);
  if (Object.prototype.hasOwnProperty.call(BUILTIN_DUNDERS, method) && args.length === 1 && (method !== '__len__' && method !== '__iter__' || CONTAINER_TYPES.has(type))) {
    return yield* it.callObject(b.boundBuiltin(BUILTIN_DUNDERS[method]), [h.incref(self)!], [], frame, site);
  }
  if (!CONTAINER_TYPES.has(type)) return undefined;
  const mutable = type === 'dict' || type === 'list';
  switch (method) {
    case '__getitem__': return args.length === 2 ? yield* b.getItem(self, args[1], frame) : undefined;
    case '__setitem__':
      if (args.length !== 3 || !mutable) return undefined;
      yield* b.setItem(self, args[1], h.incref(args[2])!, frame);
      return b.none;
    case '__delitem__':
      if (args.length !== 2 || !mutable) return undefined;
      yield* b.delItem(self, args[1], frame);
      return b.none;
    case '__contains__': return args.length === 2 ? yield* b.compare('in', args[1], self, frame, pos) : undefined;
    default: return undefined;
  }
}

function* callMethod(b: Builtins, it: Interpreter, type: string, method: string, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite, unknownCall: () => PyObj): G<PyObj> {
  const h = it.heap;
  const self = args[0];
  const a1 = args[1];
  const pos = { line: site.line, col: site.col };
  if (!self) return unknownCall();
  const viaOperation = method.startsWith('__') ? yield* dunderAsOperation(b, it, type, method, args, kw, frame, site) : undefined;
  if (viaOperation) return viaOperation;
  // (own entries only: a method named like an Object.prototype member is no entry)
  const table = Object.prototype.hasOwnProperty.call(ARITY, type) ? ARITY[type] : undefined;
  const arity = table && Object.prototype.hasOwnProperty.call(table, method) ? table[method] : undefined;
  const most = arity?.[1] !== undefined && exactBuiltin(self) ? arity[1] : undefined;
  // `d.get()`, `s.join()`, `lst.append(1, 2)`, `d.keys(1)`, `lst.append(x=1)`, `'a'.startswith(1)`:
  // CPython's argument check raises TypeError before the method does anything.
  if (arity && (args.length - 1 < arity[0] || (most !== undefined
    && (args.length - 1 > most || (kw.size && !TAKES_KEYWORDS.has(`${type}.${method}`)) || badArgument(type, method, args))))) {
    throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  // A key looked up by hash must be hashable: `d.get([1])`, `s.discard({})` (a set's set key is retried as a frozenset).
  if (most !== undefined && a1 && ((type === 'dict' && (method === 'get' || method === 'pop' || method === 'setdefault'))
    || (type === 'set' && (method === 'remove' || method === 'discard') && a1.kind !== 'set'))) {
    const bad = unhashableKey(b, a1, pos);
    if (bad) throw it.raiseObj(bad, frame, true);
  }
  if (type === 'dict' && method === 'fromkeys' && args.length <= 2 && kw.size === 0) {
    // dict.fromkeys(iterable, value=None): every key maps to the one value.
    const keys = yield* b.iterateAll(self, frame);
    yield* settleOwnedKeys(b, keys, frame, storesHashes(self), true);
    const value = a1 ?? b.none;
    const d = b.newDict(pos);
    for (const k of keys) b.dictSet(d, k, h.incref(value)!);
    return d;
  }
  if (self.fuzzy && (type === 'list' || type === 'dict' || type === 'set')) {
    // A container of unknown content: keep its argument references honest.
    if (['append', 'insert', 'extend', 'add', 'update', 'setdefault'].includes(method)) {
      for (const a of args.slice(1)) h.escape(a);
    }
  }
  // A Counter is a dict whose update / subtract add counts; its own methods are not followed.
  if (type === 'dict' && self.type === 'Counter' && method === 'most_common') return mostCommon(b, self, args[1], pos) ?? unknownCall();
  if (type === 'dict' && isCounter(self) && (method === 'update' || method === 'subtract') && args.length <= 2) {
    let src = a1;
    let made: PyObj | undefined;
    if (a1 && a1.kind !== 'dict' && a1.kind !== 'none' && a1.kind !== 'unknown' && a1.kind !== 'instance') {
      // An iterable of elements: taken into a list first (keys with their own __eq__ settle as they are stored).
      const before = b.standIns;
      const items = yield* b.iterateAll(a1, frame);
      yield* settleOwnedKeys(b, items, frame);
      src = made = b.filledFrom(b.newSeq('list', items, pos), before);
    }
    try {
      if (yield* counterUpdate(b, self, src, [...kw], method === 'update' ? 1 : -1, frame, pos)) return b.none;
    } finally {
      h.decref(made);
    }
    return unknownCall();
  }
  if (type === 'dict' && isCounter(self) && method === 'total' && args.length === 1) {
    let t: bigint | undefined = 0n;
    for (const e of self.entries!.values()) { const v = knownInt(e.value); t = t === undefined || v === undefined ? undefined : t + v; }
    return b.newInt(t, pos);
  }
  if (type === 'dict' && isCounter(self) && method === 'copy' && args.length === 1) {
    // self.__class__(self): an empty Counter's update(mapping) is dict.update.
    const d = newCounter(b, pos);
    b.dictUpdate(d, self);
    return d;
  }
  if (type === 'dict' && isCounter(self) && method === 'elements' && args.length === 1 && kw.size === 0) {
    const items = newDictView(b, self, 'items', pos);
    try { return (yield* counterElements(b, items, frame, pos)) ?? unknownCall(); } finally { h.decref(items); }
  }
  if (type === 'dict' && self.type === 'Counter' && !['get', 'keys', 'values', 'items', 'pop', 'clear', 'setdefault'].includes(method)) return unknownCall();
  // Keys and searched values with their own __eq__ are found by equality (valueKeys.ts).
  // (a method that takes a key hashes it: its own __hash__ runs first, slotHooks.ts)
  // (set.add: set_add_entry holds the key once more while comparing it, compareStoredAdding)
  if (type === 'dict' || type === 'set') yield* (KEY_METHODS.has(method) ? lookupKey(b, a1, frame, self, type === 'set' && method === 'add') : settleKey(b, a1, frame));
  // (a weak container's entries are found by `ref(key) == stored ref`, the referents compared by equality)
  if (type === 'weak' && WEAK_KEYED.has(method)) yield* settleKey(b, a1, frame);
  // (a list or deque search compares item by item, each time: sequenceSearch.ts)
  let matches: (boolean | undefined)[] | undefined;
  if (((type === 'list' || type === 'deque') && method === 'remove') || ((type === 'list' || type === 'deque' || (type === 'tuple' && args.length <= 2 && kw.size === 0)) && (method === 'index' || method === 'count'))) {
    // (deque.index holds no item on 3.11/3.12, tupleindex / tuplecount none at all, as tuplecontains:
    // measured 3.11-3.13, `(d, c, b).index(a)`: `self` in __eq__ 6, as under `a in (d, c, b)`: sequenceSearch.ts)
    const hold = type === 'list' || (type === 'deque' && (method !== 'index' || it.vm.dequeIndexHoldsItem));
    if (self.items && a1 && args.length <= 2 && kw.size === 0 && searchRunsCode(b, self.items, a1)) matches = yield* searchEqual(b, self.items, a1, frame, pos, method === 'count', hold);
    else {
      yield* settleKey(b, a1, frame);
      yield* settleItems(b, self, frame);
    }
  }
  const call: MethodCall = { b, it, h, type, method, args, kw, frame, site, self, a1, pos, unknownCall, matches };
  if (type === 'deque' && self.items) {
    // (a method that changes the deque bumps its state, which a live iterator checks: iterMutation.ts)
    const before = dequeBefore(self, method);
    try {
      const r = (yield* dequeMethod(call)) ?? (yield* listMethod(call));
      if (r) return r;
    } finally {
      noteDequeMutation(self, method, before);
    }
  }
  // (a tuple's index / count with one argument searches as a list's does; with a start or stop, not followed)
  if ((type === 'list' || (type === 'tuple' && (method === 'index' || method === 'count') && args.length <= 2 && kw.size === 0)) && self.items) {
    const r = yield* listMethod(call);
    if (r) return r;
  }
  if (type === 'dict' && self.entries && method === 'update' && a1 && a1.kind !== 'dict' && args.length === 2 && self.type !== 'Counter') {
    // d.update(pairs): dict_update_arg takes an iterable of pairs the way dict(pairs) does.
    yield* fillDict({ b, h, kwargs: [...kw], frame, pos }, self, a1);
    return b.none;
  }
  // (d.update(mapping): dict_merge compares the mapping's keys with d's as it inserts them)
  if (type === 'dict' && self.entries && method === 'update' && a1?.kind === 'dict' && self.type !== 'Counter') yield* mergeCompares(b, self, a1, frame, false);
  if (type === 'dict' && self.entries) {
    const r = dictMethod(call);
    if (r) return r;
  }
  if (type === 'dict' && self.instanceDict && self.attrs && !self.entries && method === 'update' && args.length <= 2 && !self.fuzzy
    && (!a1 || (a1.kind === 'dict' && a1.type === 'dict' && a1.entries && !a1.fuzzy && [...a1.entries.values()].every((e) => e.key.kind === 'str' && e.key.type === 'str' && typeof e.key.value === 'string')))) {
    // An instance's __dict__.update(mapping, **kw): each str key becomes an attribute (dict_merge, then the keywords).
    // (the dict keeps each key object, which the attribute map does not model: a key that may be
    // other than the interned name of its text has its count opened; measured +1 on 3.11-3.13)
    if (a1) for (const e of a1.entries!.values()) if (!e.key.immortal) h.escape(e.key);
    if (a1) b.dictUpdate(self, a1);
    for (const [k, v] of kw) b.dictSet(self, b.newStr(k, pos), h.incref(v)!);
    return b.none;
  }
  if (type === 'dict' && !self.instanceDict && self !== it.moduleDict && !kw.size && args.length === 1 && ['keys', 'values', 'items', 'copy'].includes(method) && attrDictIterable(b, self)) {
    // A plain class's namespace (`vars(Cls).items()`): views that iterate its entries in CPython's
    // order, or a copy of them (classNamespaceIter.ts).
    return attrDictViewOrCopy(b, self, method, pos)!;
  }
  if (type === 'dict' && isAttrDict(self)) {
    // An instance's __dict__: its entries are the instance's attributes (instanceDictMethods.ts).
    const r = instanceDictMethod(b, self, method, args.slice(1), kw.size > 0, frame, pos);
    if (r) return r;
  }
  if (type === 'dict' && self === it.moduleDict && self.attrs && !self.entries && method === 'get' && !kw.size && args.length <= 3) {
    // The module's __dict__ (its globals): get() reads them.
    const name = a1?.kind === 'str' && typeof a1.value === 'string' ? a1.value : undefined;
    if (name === undefined || (self.fuzzy && self !== it.moduleDict)) { h.escape(self); return b.unknown(pos.line, pos.col); }
    return h.incref(self.attrs.get(name) ?? args[2] ?? b.none)!;
  }
  if ((type === 'set') && self.entries) {
    const r = yield* setMethod(call);
    if (r) return r;
  }
  if (type === 'str' && method === 'maketrans') return strMaketrans(b, args, pos) ?? unknownCall();
  if (type === 'str' && method === 'format_map' && args.length === 2 && !kw.size) {
    const r = yield* strFormatMap(b, self, a1, frame, site);
    if (r) return r;
  }
  if ((type === 'str' || type === 'bytes') && kw.size && KEYWORD_PARAMS[method]) {
    // `s.split(sep=',')`, `s.encode(errors='replace')`, `b.decode(encoding='latin-1')`: the
    // keywords take their parameters' places (the ones before them their defaults); the methods
    // below read positions only.
    const placed = keywordsPlaced(b, KEYWORD_PARAMS[method], args, kw, pos);
    if (!placed) return unknownCall();
    try {
      return type === 'str' ? yield* strMethod(b, it, self, method, placed.args, new Map(), frame, pos) : yield* bytesMethod(b, it, self, method, placed.args, frame, pos);
    } finally {
      for (const d of placed.made) h.decref(d);
    }
  }
  if (type === 'str') return yield* strMethod(b, it, self, method, args, kw, frame, pos);
  if (type === 'bytes') return yield* bytesMethod(b, it, self, method, args, frame, pos);
  if (type === 'finalize' && self.kind === 'finalize') {
    const r = finalizeMethod(call);
    if (r) return r;
  }
  if (type === 'weak' && method === 'update' && self.weakContainer) {
    // (keyword items only for a WeakValueDictionary: the others' would be str keys, a TypeError)
    const init = initArgs({ args: args.slice(1), kwargs: [...kw] }, self.type as WeakContainerType);
    if (!init || (kw.size && self.type !== 'WeakValueDictionary')) return unknownCall();
    yield* weakUpdate(b, self, init.src, init.kwargs, frame, pos);
    return b.none;
  }
  if (type === 'weak' && (WEAK_SET_ALGEBRA.has(method) || WEAK_SET_TESTS.has(method)) && args.length === 2 && !kw.size) {
    const r = WEAK_SET_TESTS.has(method) ? weakSetCompare(b, method, self, a1) : weakSetAlgebraMethod(b, self, method, a1, pos);
    if (r) return r;
  }
  if (type === 'weak') {
    const r = weakContainerMethod(call);
    if (r) return r;
  }
  if (type === 'dict_keys' && method === 'isdisjoint' && args.length === 2 && !kw.size) {
    const disjoint = keysViewDisjoint(b, self, args[1]);
    if (disjoint !== undefined) return b.bool(disjoint);
  }
  // (complex_conjugate: a new complex)
  if (type === 'complex' && method === 'conjugate' && args.length === 1 && !kw.size) return complexConjugate(b, self, pos);
  if (type === 'int' || type === 'float') {
    // These give an exact int / float itself (int___int__, long_long, float_float).
    const selfMethods = self.kind === 'int' ? INT_SELF_METHODS : FLOAT_SELF_METHODS;
    if (selfMethods.has(method) && self.type === self.kind && (self.kind === 'int' || self.kind === 'float') && (method !== '__round__' || !a1 || a1.kind === 'none' || (a1.kind === 'int' && typeof a1.value === 'bigint' && a1.value >= 0n))) return h.incref(self)!;
    return numberMethodResult(b, h, self, method, pos) ?? unknownCall();
  }
  return unknownCall();
}

/**
 * What the other methods of int / float give: new objects that hold nothing (values open unless
 * plain to compute). `as_integer_ratio` is a new 2-tuple: of an exact int, (the int itself, 1).
 * Undefined: a method not listed (an unknown call).
 */
function numberMethodResult(b: Builtins, h: Heap, self: PyObj, method: string, pos: { line: number; col: number }): PyObj | undefined {
  const known = self.kind === 'int' && typeof self.value === 'bigint' ? self.value : undefined;
  switch (method) {
    case 'bit_length': return b.newInt(known === undefined ? undefined : BigInt((known < 0n ? -known : known).toString(2).length - (known === 0n ? 1 : 0)), pos);
    case 'bit_count': return b.newInt(known === undefined ? undefined : BigInt([...(known < 0n ? -known : known).toString(2)].filter((c) => c === '1').length), pos);
    case 'as_integer_ratio': {
      const exactInt = self.kind === 'int' && self.type === 'int';
      const num = exactInt ? h.incref(self)! : b.newInt(undefined, pos);
      return b.newSeq('tuple', [num, b.newInt(exactInt ? 1n : undefined, pos)], pos);
    }
    case 'to_bytes': return b.newBytes(pos);
    case 'hex': return b.newStr(undefined, pos);
    case 'is_integer': return b.unknown(pos.line, pos.col);
    default: return undefined;
  }
}

/** collections.deque methods (a deque is a list of items with an optional maxlen). Undefined: not handled here. */
function* dequeMethod(call: MethodCall): G<PyObj | undefined> {
  const { b, it, h, method, frame, self, a1, pos, unknownCall } = call;
  const items = self.items!;
  switch (method) {
    case 'append': items.push(h.incref(a1)!); b.noteStore(self, a1); dequeTrim(self, it, 'left'); return b.none;
    case 'appendleft': items.unshift(h.incref(a1)!); b.noteStore(self, a1); dequeTrim(self, it, 'right'); return b.none;
    case 'popleft': {
      if (!items.length) {
        // (of unknown content it may be empty after all: IndexError, which an except around takes)
        if (self.fuzzy) { it.noteMayRaise(); return b.unknown(pos.line, pos.col); }
        throw it.raiseObj(b.cError('IndexError', pos), frame, true);
      }
      const v = items.shift()!;
      it.recorder.noteStore();
      return v;
    }
    case 'extend': {
      const before = b.standIns;
      const keep = (xs: PyObj[]): void => { for (const x of xs) { items.push(x); b.noteStore(self, x); dequeTrim(self, it, 'left'); } };
      keep(yield* b.iterateAll(a1, frame, false, keep));
      b.filledFrom(self, before);
      return b.none;
    }
    case 'extendleft': {
      // deque_extendleft: each item appended on the left in turn (so they end up reversed), a
      // full deque dropping its rightmost item each time; `d.extendleft(d)` iterates a copy.
      const before = b.standIns;
      const keep = (xs: PyObj[]): void => { for (const x of xs) { items.unshift(x); b.noteStore(self, x); dequeTrim(self, it, 'right'); } };
      keep(yield* b.iterateAll(a1, frame, false, keep));
      b.filledFrom(self, before);
      return b.none;
    }
    case 'rotate': {
      // deque.rotate(n=1): moves the item pointers n steps to the right (left for n < 0), n taken
      // modulo the length; nothing is copied, no reference taken or dropped. n must be an int.
      if (call.args.length > 2 || call.kw.size) return unknownCall();
      if (a1 && a1.kind !== 'int' && a1.kind !== 'bool') {
        if (['float', 'str', 'none', 'list', 'tuple', 'dict'].includes(a1.kind) && a1.type === a1.kind) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
        return unknownCall();
      }
      const n = a1 ? b.num(a1) : 1n;
      if (typeof n !== 'bigint') return unknownCall();
      // (a deque of unknown length: where each item lands is unknown too)
      if (self.fuzzy) { h.escapeContent(self); return b.none; }
      const len = BigInt(items.length);
      if (len > 1n) {
        const k = Number(((n % len) + len) % len);
        if (k) items.unshift(...items.splice(items.length - k, k));
        it.recorder.noteStore();
      }
      return b.none;
    }
    case 'pop': case 'clear': case 'remove': case 'count': case 'index': case 'reverse': case 'copy': case 'insert': break;
    default: return unknownCall();
  }
  return undefined;
}

/** list methods, and the deque methods that work as on a list. Undefined: not handled here. */
function* listMethod(call: MethodCall): G<PyObj | undefined> {
  const { b, it, h, method, args, kw, frame, site, self, a1, pos } = call;
  const items = self.items!;
  switch (method) {
    case 'append': items.push(h.incref(a1)!); b.noteStore(self, a1); return b.none;
    case 'insert': {
      const i = Number(args[1]?.value ?? 0);
      items.splice(i < 0 ? Math.max(0, items.length + i) : Math.min(i, items.length), 0, h.incref(args[2])!);
      b.noteStore(self, args[2]);
      return b.none;
    }
    case 'extend': {
      const before = b.standIns;
      const keep = (xs: PyObj[]): void => { for (const x of xs) { items.push(x); b.noteStore(self, x); } };
      keep(yield* b.iterateAll(a1, frame, true, keep));
      b.filledFrom(self, before);
      return b.none;
    }
    case 'pop': {
      if (!items.length) {
        if (self.fuzzy) { it.noteMayRaise(); return b.unknown(pos.line, pos.col); }
        throw it.raiseObj(b.cError('IndexError', pos), frame, true);
      }
      const i = a1 ? Number(a1.value) : items.length - 1;
      const [v] = items.splice(i < 0 ? items.length + i : i, 1);
      it.recorder.noteStore();
      return v;
    }
    case 'remove': {
      const found = call.matches;
      const open = found ? found.indexOf(undefined) : -1;
      if (found && open >= 0 && !found.slice(0, open).includes(true)) {
        // (which item goes, if any, is unknown: the list's items and length open)
        h.escapeContent(self);
        self.fuzzy = true;
        it.noteMayRaise();
        return b.none;
      }
      const i = found ? found.indexOf(true) : items.findIndex((x) => x === a1 || b.hashKey(x) === b.hashKey(a1));
      if (i < 0) return self.fuzzy ? b.none : (() => { throw it.raiseObj(b.cError('ValueError', pos), frame, true); })();
      const [v] = items.splice(i, 1);
      h.decref(v);
      it.recorder.noteStore();
      return b.none;
    }
    case 'clear': { self.items = []; self.orderUnknown = undefined; for (const x of items) h.decref(x); it.recorder.noteStore(); return b.none; }
    case 'copy': {
      const r = b.newSeq('list', items.map((x) => h.incref(x)!), pos);
      if (self.orderUnknown) r.orderUnknown = true;
      return r;
    }
    case 'reverse': items.reverse(); return b.none;
    case 'sort': {
      if ((yield* sortInPlace(b, it, items, kw, frame, site)) === 'unordered') self.orderUnknown = true;
      it.recorder.noteStore();
      return b.none;
    }
    case 'index': case 'count': {
      // Equality as itemEquals can tell it; index needs only the items up to the first equal one.
      const matches = call.matches ?? (a1 ? items.map((x) => itemEquals(b, x, a1)) : []);
      if (self.fuzzy || !a1 || args.length > 2) return b.newInt(undefined, pos);
      const i = matches.indexOf(true);
      const open = matches.indexOf(undefined);
      if (method === 'count') return b.newInt(open >= 0 ? undefined : BigInt(matches.filter(Boolean).length), pos);
      if (open >= 0 && (i < 0 || open < i)) return b.newInt(undefined, pos);
      if (i < 0) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      return b.newInt(BigInt(i), pos);
    }
  }
  return undefined;
}

/** dict methods (also of OrderedDict, defaultdict and the Counter methods followed). Undefined: not handled here. */
function dictMethod(call: MethodCall): PyObj | undefined {
  const { b, it, h, method, args, kw, frame, a1, pos, unknownCall } = call;
  // (called only when self.entries is set)
  const self = call.self as PyObj & { entries: Map<string, DictEntry> };
  switch (method) {
    case 'get': {
      const e = b.dictGet(self, a1);
      if (e) return h.incref(e.value)!;
      if (self.fuzzy) { h.escape(args[2]); return b.unknown(pos.line, pos.col); }
      if (b.keyUnknown(a1)) { b.escapeValues(self); h.escape(args[2]); return b.unknown(pos.line, pos.col); }
      return h.incref(args[2] ?? b.none)!;
    }
    case 'setdefault': {
      const e = b.dictGet(self, a1);
      if (e) return h.incref(e.value)!;
      const v = args[2] ?? b.none;
      b.dictSet(self, h.incref(a1)!, h.incref(v)!);
      return h.incref(v)!;
    }
    case 'pop': {
      const e = b.dictDel(self, a1);
      if (e) { h.decref(e.key); it.recorder.noteStore(); return e.value; }
      if (b.keyUnknown(a1)) { b.escapeValues(self); b.fuzzContent(self); h.escape(args[2]); return b.unknown(pos.line, pos.col); }
      if (args[2]) return h.incref(args[2])!;
      if (self.fuzzy) return b.unknown(pos.line, pos.col);
      throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
    }
    case 'popitem': {
      // OrderedDict.popitem(last=False) takes the first item.
      const fromEnd = self.type !== 'OrderedDict' || b.truthy(kw.get('last') ?? a1 ?? b.trueObj);
      if (fromEnd === undefined) return unknownCall();
      const all = [...self.entries.entries()];
      const last = fromEnd ? all.pop() : all.shift();
      if (!last) throw it.raiseObj(b.cError('KeyError', pos), frame, true);
      // (filled in a set's order, setOrder.ts: which entry is last is not known)
      if (isUnorderedDict(self)) for (const e of self.entries.values()) { h.fuzz(e.key); h.fuzz(e.value); }
      self.entries.delete(last[0]);
      if (self.type === 'OrderedDict') h.decref(last[1].key); // its linked-list node goes
      it.recorder.noteStore();
      return b.newSeq('tuple', [last[1].key, last[1].value], pos);
    }
    case 'update': {
      if (a1) b.dictUpdate(self, a1);
      for (const [k, v] of kw) b.dictSet(self, b.newStr(k, pos), h.incref(v)!);
      return b.none;
    }
    case 'clear': {
      const old = [...self.entries.values()];
      self.entries = new Map();
      for (const e of old) { if (self.type === 'OrderedDict') h.decref(e.key); h.decref(e.key); h.decref(e.value); }
      it.recorder.noteStore();
      return b.none;
    }
    case 'copy': {
      const d = b.newDict(pos);
      if (self.type === 'OrderedDict') { d.type = 'OrderedDict'; d.tracked = true; } // self.__class__(self)
      // defdict_copy: type(dd)(dd.default_factory, dd), a tracked defaultdict holding the same factory
      if (self.type === 'defaultdict') {
        d.type = 'defaultdict';
        d.tracked = true;
        if (self.defaultFactory) d.defaultFactory = h.incref(self.defaultFactory);
      }
      copyTracking(self, d);
      b.dictUpdate(d, self);
      return d;
    }
    case 'move_to_end': {
      // OrderedDict only: the order changes, no reference does.
      const toEnd = b.truthy(kw.get('last') ?? args[2] ?? b.trueObj);
      const key = b.hashKey(a1);
      const e = self.entries.get(key);
      if (self.type !== 'OrderedDict' || toEnd === undefined || (!e && (key.startsWith('id:') || self.fuzzy))) return unknownCall();
      if (!e) throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
      self.entries.delete(key);
      self.entries = toEnd ? self.entries.set(key, e) : new Map([[key, e], ...self.entries]);
      return b.none;
    }
    case 'keys': case 'values': case 'items': return newDictView(b, self, method, pos);
  }
  return undefined;
}

/** set methods. Undefined: not handled here. */
function* setMethod(call: MethodCall): G<PyObj | undefined> {
  const { b, it, h, method, frame, a1, pos } = call;
  // (called only when self.entries is set)
  const self = call.self as PyObj & { entries: Map<string, DictEntry> };
  switch (method) {
    case 'add': {
      const bad = unhashableKey(b, a1, pos);
      if (bad) throw it.raiseObj(bad, frame, true);
      b.setAdd(self, h.incref(a1)!);
      return b.none;
    }
    case 'discard': case 'remove': {
      const e = b.dictDel(self, a1);
      if (e) h.decref(e.key);
      else if (b.keyUnknown(a1)) b.fuzzContent(self);
      else if (method === 'remove' && !self.fuzzy) throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
      it.recorder.noteStore();
      return b.none;
    }
    case 'pop': {
      const first = [...self.entries.entries()][0];
      if (!first) throw it.raiseObj(b.cError('KeyError', pos), frame, true);
      self.entries.delete(first[0]);
      const v = first[1].key;
      it.recorder.noteStore();
      // The only element of a set of known content: set_pop hands over the set's reference.
      if (!self.entries.size && !self.fuzzy) return v;
      // Which element pops depends on hashes: keep the count honest.
      for (const e of self.entries.values()) h.escape(e.key);
      h.escape(v);
      return v;
    }
    case 'update': {
      // Any number of iterables (none at all: nothing to do).
      const before = b.standIns;
      for (const src of call.args.slice(1)) {
        // (a set, or an exact dict: set_merge / set_update_internal's dict walk add its keys as
        // they are, borrowed, set_add_entry holding each once more (valueKeys.ts mergeCompares);
        // measured 3.11-3.13, `s.update(t)` with a == c: `other` in __eq__ 6, not the 7 of an
        // iterable's items, which the loop holds too)
        const merged = isSet(src) || (src.kind === 'dict' && src.type === 'dict' && !src.cls);
        if (merged) yield* mergeCompares(b, self, src, frame, false);
        yield* storeSettled(b, yield* b.iterateAll(src, frame), frame, (x) => b.setAdd(self, x), storesHashes(src), merged ? undefined : self, true);
      }
      b.filledFrom(self, before);
      return b.none;
    }
    case 'clear': {
      const old = [...self.entries.values()];
      self.entries = new Map();
      for (const e of old) h.decref(e.key);
      it.recorder.noteStore();
      return b.none;
    }
    case 'copy': {
      // frozenset.copy of an exact frozenset is the frozenset itself.
      if (self.kind === 'frozenset' && self.type === 'frozenset') return h.incref(self)!;
      const c = b.newSet([...self.entries.values()].map((e) => h.incref(e.key)!), pos, self.kind === 'frozenset' ? 'frozenset' : 'set');
      // (a copy of a set of unknown content has unknown content)
      if (self.fuzzy) b.fuzzContent(c);
      return c;
    }
  }
  // (subset and disjointness tests: the lookups they make, setAlgebraCompares.ts)
  if ((method === 'issubset' || method === 'issuperset' || method === 'isdisjoint') && a1 && call.args.length === 2 && call.kw.size === 0) {
    const r = yield* predicateCompares(b, self, method, a1, frame, (o) => setOf(b, o, frame, pos));
    if (r) return r;
  }
  // (the `_update` forms only exist on set, whose entries they change in place)
  if (method.endsWith('_update') && self.kind !== 'set') return undefined;
  return yield* setAlgebraMethod(b, self, method, call.args.slice(1), frame, pos);
}

/** weakref.finalize methods. Undefined: not handled here. */
function finalizeMethod(call: MethodCall): PyObj | undefined {
  const { b, it, h, method, frame, site, self, pos } = call;
  if (method === '__call__') return callFinalize(b, it, self, frame, site);
  // (obj, func, args, kwargs) while registered, else None; detach() also unregisters.
  const target = self.finalizeRef?.referent;
  if (!self.finalizeFunc || !target) return b.none;
  const func = h.incref(self.finalizeFunc)!;
  const argsTuple = h.incref(self.finalizeArgs ?? b.emptyTuple)!;
  const parts = b.newSeq('tuple', [h.incref(target)!, func, argsTuple, b.newDict(pos)], pos);
  if (method === 'detach') unregisterFinalize(b, it, self);
  return parts;
  return undefined;
}

/** WeakSet methods of its set algebra (weakSetAlgebra.ts). */
const WEAK_SET_ALGEBRA: ReadonlySet<string> = new Set(['union', 'intersection', 'difference', 'symmetric_difference', 'difference_update', 'symmetric_difference_update']);
const WEAK_SET_TESTS: ReadonlySet<string> = new Set(['issubset', 'issuperset', 'isdisjoint']);
/** Methods that take the key first. */
const WEAK_KEYED: ReadonlySet<string> = new Set(['get', 'add', 'discard', 'remove', 'pop', 'setdefault']);

/** WeakValueDictionary / WeakKeyDictionary / WeakSet methods (weakContainers.ts). Undefined: not handled here. */
function weakContainerMethod(call: MethodCall): PyObj | undefined {
  const { b, it, h, method, args, frame, self, a1, pos, unknownCall } = call;
  // WeakValueDictionary / WeakKeyDictionary / WeakSet (weakContainers.ts).
  self.weakEntries ??= new Map();
  // (a method that needs its key called without one: a TypeError, left to the generic path)
  if (!a1 && WEAK_KEYED.has(method) && !(method === 'pop' && self.type === 'WeakSet')) return unknownCall();
  switch (method) {
    case 'get': {
      const e = weakGet(b, self, a1);
      // (a container of unknown content may hold any key)
      if (!e && self.fuzzy) return b.unknown(pos.line, pos.col);
      return h.incref(e ? e.value : args[2] ?? b.none)!;
    }
    case 'add': weakSetAdd(b, self, a1); return b.none;
    case 'discard': case 'remove': case 'pop': {
      if (method === 'pop' && self.type === 'WeakSet') {
        if (args.length > 1) break;
        const r = weakSetPop(b, self, pos);
        if (r === 'empty') throw it.raiseObj(b.newException('KeyError', [b.newStr('pop from empty WeakSet', pos)], pos), frame, true);
        return r;
      }
      const e = weakGet(b, self, a1) && weakDelete(b, self, a1);
      if (!e) {
        if (method === 'discard') return b.none;
        if (method === 'pop' && args[2]) return h.incref(args[2])!;
        if (self.fuzzy) { it.noteMayRaise(); return b.unknown(pos.line, pos.col); }
        throw it.raiseObj(b.newException('KeyError', [h.incref(a1)!], pos), frame, true);
      }
      // pop hands the value over: a WeakKeyDictionary's own reference, or a new one.
      const out = method === 'pop' ? h.incref(e.value)! : b.none;
      dropEntry(it, self, e);
      it.recorder.noteStore();
      return out;
    }
    case 'copy': return weakCopy(b, self, pos);
    case 'setdefault': {
      if (self.type === 'WeakSet' || args.length > 3) break;
      const r = weakSetdefault(b, self, a1, args[2] ?? b.none);
      if (r) return r;
      break;
    }
    case 'popitem': {
      if (self.type === 'WeakSet' || args.length > 1) break;
      const r = weakPopitem(b, self, pos);
      if (r === 'empty') throw it.raiseObj(b.newException('KeyError', [b.newStr('popitem(): dictionary is empty', pos)], pos), frame, true);
      if (r) return r;
      break;
    }
    case 'valuerefs': case 'keyrefs': {
      // list(self.data.values()) / list(self.data): a new list of the entries' weak references (a
      // WeakValueDictionary's KeyedRefs, a WeakKeyDictionary's refs to its keys), one more
      // reference each; valuerefs commits pending removals first, and the model drops an entry
      // when its object dies, so the live entries are data's.
      if (self.type !== (method === 'valuerefs' ? 'WeakValueDictionary' : 'WeakKeyDictionary')) break;
      const live = liveEntries(self);
      if (live.some((e) => !e.wr)) break;
      const refs = b.newSeq('list', live.map((e) => h.incref(e.wr)!), pos);
      // (entries the model does not know: their references too, unseen)
      if (self.fuzzy) b.fuzzContent(refs);
      return refs;
    }
    case 'keys': case 'values': case 'items': {
      const out = liveEntries(self).map((e) => (method === 'values' ? h.incref(e.value)! : method === 'keys' ? h.incref(e.key)! : b.newSeq('tuple', [h.incref(e.key)!, h.incref(e.value)!], pos)));
      return b.newSeq('list', out, pos);
    }
    case 'clear': {
      const all = [...self.weakEntries.values()];
      self.weakEntries.clear();
      for (const e of all) dropEntry(it, self, e);
      it.recorder.noteStore();
      return b.none;
    }
  }
  return unknownCall();
}

/**
 * Counter.most_common(n): new (key, count) tuples, highest counts first and
 * equal counts in insertion order (sorted(..., reverse=True) and
 * heapq.nlargest are both stable); the list of n of them, or of all.
 * Undefined when the counts are not all known numbers.
 */
function mostCommon(b: Builtins, self: PyObj, n: PyObj | undefined, pos: { line: number; col: number }): PyObj | undefined {
  if (self.fuzzy || !self.entries) return undefined;
  const limit = n && n.kind !== 'none' ? knownInt(n) : undefined;
  if (n && n.kind !== 'none' && limit === undefined) return undefined;
  const entries = [...self.entries.values()];
  const counts = entries.map((e) => b.num(e.value));
  if (counts.some((c) => c === undefined)) return undefined;
  const order = entries.map((_, i) => i).sort((i, j) => Number(counts[j]!) - Number(counts[i]!) || i - j);
  const taken = limit === undefined ? order : order.slice(0, Math.max(0, Number(limit)));
  const h = b.it.heap;
  return b.newSeq('list', taken.map((i) => b.newSeq('tuple', [h.incref(entries[i].key)!, h.incref(entries[i].value)!], pos)), pos);
}

/** What a generator step gave back: the yielded value, or StopIteration carrying the return value. */
export function nextOrStop(b: Builtins, it: Interpreter, r: { done: boolean; value: PyObj }, frame: Frame, pos: { line: number; col: number }, gen?: PyObj): PyObj {
  if (r.done && gen?.fuzzyIter) {
    // A generator whose loop ran rounds of unknown number (widenedRounds) ended in the model after
    // one widened pass, but how many items it yields is unknown: this step may have given one
    // (unknown) or ended it. Not a decided StopIteration, which would cut the rest of the program.
    it.heap.decref(r.value);
    it.noteMayRaise();
    return b.unknown(pos.line, pos.col);
  }
  if (r.done) throw it.raiseObj(b.newException('StopIteration', [r.value], pos), frame, true);
  return r.value;
}

/**
 * gen.throw(typ[, val]): an exception instance is thrown as it is; an
 * exception class is called first, with `val` as its argument when given
 * (PyErr_NormalizeException). Undefined: something the analysis cannot make.
 */
export function* thrownException(it: Interpreter, args: PyObj[], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const [typ, val] = args;
  if (!typ || args.length > 2) return undefined;
  if (typ.kind === 'exception' && (!val || val.kind === 'none')) return it.heap.incref(typ);
  if (typ.kind !== 'class' || !typ.isException) return undefined;
  const callArgs = val && val.kind !== 'none' ? [it.heap.incref(val)!] : [];
  const exc = yield* it.callObject(typ, callArgs, [], frame, site);
  return exc.kind === 'exception' ? exc : (it.heap.decref(exc), undefined);
}

/**
 * print(*args, sep=, end=, file=, flush=): each argument's str() (a user
 * __str__ runs) written in turn, separators between, `end` last. To stdout
 * the texts go through its buffer (stdoutBuffer.ts); a file object of the
 * program gets each through its own write() (PyFile_WriteObject: `file.write`
 * looked up, then str(v), then the call); another file may keep what it is
 * given, so a str written there is left with an open count.
 */
export function* printCall(b: Builtins, it: Interpreter, args: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  // sep / end None or left out: ' ' and '\n' (cached one-character strings: no reference to manage).
  function given(name: string, dflt: string): PyObj {
    const v = kw.get(name);
    return v && v.kind !== 'none' ? v : b.newStr(dflt, site);
  }
  // file=None or left out: whatever sys.stdout is now; print does nothing when that is None.
  const fileArg = kw.get('file');
  const file = fileArg && fileArg.kind !== 'none' ? fileArg : currentStream(b, 'stdout');
  if (file.kind === 'none') return b.none;
  const toStdout = file.moduleName === 'sys.stdout';
  // (after a store to sys.stdout that may not have happened, the real stdout may get the text)
  if (file !== fileArg && streamUnknown(b, 'stdout')) it.stdout.forget();
  const unsure = it.fuzzyDepth > 0;
  const end = given('end', '\n');
  // stderr is line-buffered: the newline print ends with writes out what it kept.
  const lineEnded = file.moduleName === 'sys.stderr' && end.kind === 'str' && String(end.value ?? '').includes('\n');
  // print(..., file=StringIO): each text goes through its write() (stringIO.ts).
  // print(..., file=open(...)): each text goes through the file's write() (fileObjects.ts).
  const sio = isStringIO(file) || isFileObject(file) ? file : undefined;
  const own = file.kind === 'instance';
  const write = (text: PyObj, source: PyObj): void => {
    if (toStdout) it.stdout.write(text, source, unsure);
    else if (sio) {
      const r = isFileObject(sio) ? fileMethod(b, sio, 'write', [text], site) : stringIOMethod(b, sio, 'write', [text], site);
      if (r === 'closed') throw it.raiseObj(b.cError('ValueError', site), frame, true);
      if (r) h.decref(r);
      else otherStreamWrite(it, text);
    } else if (!lineEnded) otherStreamWrite(it, text);
  };
  // One PyFile_WriteObject: `v` borrowed, its str() made when `convert`.
  function* put(v: PyObj, convert: boolean): G<void> {
    const writer = own ? yield* b.getAttr(file, 'write', frame, site) : undefined;
    const text = convert ? yield* b.textOf(v, 'str', frame, site, 1) : h.incref(v)!;
    try {
      if (writer) h.decref(yield* it.callObject(writer, [h.incref(text)!], [], frame, site));
      else write(text, v);
    } finally {
      h.decref(text);
      h.decref(writer);
    }
  }
  const sep = given('sep', ' ');
  for (let i = 0; i < args.length; i++) {
    if (i > 0) yield* put(sep, false);
    yield* put(args[i], true);
  }
  yield* put(end, false);
  const flush = kw.get('flush');
  const flushed = flush ? b.truthy(flush) : false;
  if (toStdout && flushed !== false) {
    if (unsure || flushed === undefined) it.stdout.forget();
    else it.stdout.flush();
  }
  if (own && flushed !== false) {
    // (file.flush() of the program's object; a flag of unknown truth: it may run)
    const m = yield* b.getAttr(file, 'flush', frame, site);
    try {
      h.decref(yield* it.callObject(m, [], [], frame, site));
    } finally {
      h.decref(m);
    }
  }
  return b.none;
}

/** A stream the analysis does not buffer (a file, stderr without a newline yet) may keep the str it is given. */
function otherStreamWrite(it: Interpreter, text: PyObj): void {
  if (text.kind === 'str') it.heap.escape(text);
}

/**
 * sys.stdout.write(s) / flush() go through stdout's buffer; sys.stderr is
 * line-buffered, so a text with a newline writes out everything it kept.
 */
export function streamCall(b: Builtins, it: Interpreter, name: string, text: PyObj | undefined, pos: { line: number; col: number }): PyObj {
  const unsure = it.fuzzyDepth > 0;
  if (name === 'sys.stdout.flush') { if (unsure) it.stdout.forget(); else it.stdout.flush(); return b.none; }
  if (name === 'sys.stderr.flush' || !text) return b.none;
  if (name === 'sys.stdout.write') it.stdout.write(text, text, unsure);
  else if (!(text.kind === 'str' && String(text.value ?? '').includes('\n'))) otherStreamWrite(it, text);
  const n = text.kind === 'str' && text.value !== undefined ? [...String(text.value)].length : undefined;
  return b.newInt(n === undefined ? undefined : BigInt(n), pos);
}

/**
 * str.maketrans(x[, y[, z]]): a new dict from code points to what they become: from a dict
 * (one-character str keys become their ints, values kept as given), or from two equal-length
 * strings (int to int) and a third whose characters map to None. Undefined when not known.
 */
function strMaketrans(b: Builtins, args: PyObj[], pos: { line: number; col: number }): PyObj | undefined {
  const h = b.it.heap;
  const [x, y, z] = args;
  const text = (o: PyObj | undefined): string | undefined => (o && o.kind === 'str' && typeof o.value === 'string' ? o.value : undefined);
  const d = b.newDict(pos);
  if (x && x.kind === 'dict' && !y) {
    if (!x.entries || x.fuzzy) { h.decref(d); return undefined; }
    for (const e of x.entries.values()) {
      const k = text(e.key);
      if (e.key.kind === 'int' && typeof e.key.value === 'bigint') b.dictSet(d, h.incref(e.key)!, h.incref(e.value)!);
      else if (k !== undefined && [...k].length === 1) b.dictSet(d, b.newInt(BigInt(k.codePointAt(0)!), pos), h.incref(e.value)!);
      else { h.decref(d); return undefined; }
    }
    return d;
  }
  const xs = text(x), ys = text(y), zs = z ? text(z) : '';
  if (xs === undefined || ys === undefined || zs === undefined || [...xs].length !== [...ys].length) { h.decref(d); return undefined; }
  const yc = [...ys];
  [...xs].forEach((c, i) => b.dictSet(d, b.newInt(BigInt(c.codePointAt(0)!), pos), b.newInt(BigInt(yc[i].codePointAt(0)!), pos)));
  for (const c of zs) b.dictSet(d, b.newInt(BigInt(c.codePointAt(0)!), pos), h.incref(b.none)!);
  return d;
}

/** str methods: computed when the string is known (CPython returns the same object where it would). */
function* strMethod(b: Builtins, it: Interpreter, self: PyObj, method: string, args: PyObj[], kw: ReadonlyMap<string, PyObj>, frame: Frame, pos: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const v = self.value === undefined ? undefined : String(self.value);
  const arg = (i: number): string | undefined => (args[i] && args[i].kind === 'str' && args[i].value !== undefined ? String(args[i].value) : undefined);
  const known = v !== undefined && args.slice(1).every((a) => a.kind !== 'unknown' && !a.fuzzy);
  const str = (x: string | undefined): PyObj => (x !== undefined && x === v ? h.incref(self)! : b.newStr(x, pos));
  const maybeSelf = (): PyObj => b.maybeSame(self, pos);
  // str.__str__ and __format__("") of an exact str give it back.
  if (self.type === 'str' && (method === '__str__' || (method === '__format__' && arg(1) === ''))) return h.incref(self)!;
  // A piece that is the whole string (nothing split off) is the exact str itself (stringlib/split.h).
  const list = (xs: string[] | undefined, copied = false): PyObj => {
    // (the pieces of split / splitlines of an unknown text)
    if (!xs) return b.listOfUnknownStrs(pos);
    // (`copied`: a whitespace split with maxsplit 0 never runs the loop that hands back the string
    // itself; what is left after the leading whitespace is SPLIT_ADD's new substring)
    const whole = (x: string): boolean => x === v && x.length > 1 && self.type === 'str' && !copied;
    return b.newSeq('list', xs.map((x) => (whole(x) ? h.incref(self)! : b.newStr(x, pos))), pos);
  };
  switch (method) {
    case 'join': {
      const parts = yield* b.iterateAll(args[1], frame);
      const ok = known && parts.every((p) => p.kind === 'str' && p.value !== undefined);
      const out = ok ? parts.map((p) => String(p.value)).join(v!) : undefined;
      // An item that is not a str raises TypeError (one the model cannot see may not be a str).
      const notStr = parts.some((p) => p.kind !== 'str' && p.kind !== 'unknown' && !p.fuzzy);
      const maybeNotStr = parts.some((p) => p.kind === 'unknown' || (p.fuzzy && p.kind !== 'str')) || args[1].fuzzy || args[1].kind === 'unknown';
      // One item the model does not know (an exact str comes back itself), or an iterable of
      // unknown length (its one item may be): the result may be an item, whose count opens.
      const single = parts.length === 1 ? parts[0] : undefined;
      const maybeItem = args[1].fuzzy || args[1].kind === 'unknown' || (single !== undefined && (single.kind === 'unknown' || (single.kind === 'str' && single.fuzzy)));
      if (maybeItem) for (const p of parts) if (p.kind === 'str' || p.kind === 'unknown') h.escape(p);
      for (const p of parts) h.decref(p);
      if (notStr) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
      if (maybeNotStr) it.noteMayRaise();
      // One item that is an exact str comes back itself (_PyUnicode_JoinArray), whatever its text or the separator.
      const listed = (args[1].kind === 'list' || args[1].kind === 'tuple') && !args[1].fuzzy;
      if ((ok || listed) && parts.length === 1 && parts[0].kind === 'str' && !parts[0].cls && !parts[0].fuzzy) return h.incref(parts[0])!;
      if (maybeItem) { const r = b.newStr(undefined, pos); r.fuzzy = true; return r; }
      // Several items: _PyUnicode_JoinArray fills a new str (one character too), '' when empty.
      return out !== undefined && parts.length > 1 ? b.newStrFresh(out, pos) : b.newStr(out, pos);
    }
    case 'split': case 'rsplit': {
      const sep = arg(1);
      const max = args[2] ? knownInt(args[2]) : -1n;
      if (!known || (sep === undefined && args[1] && args[1].kind !== 'none') || sep === '' || max === undefined) return list(undefined);
      return list(splitText(v!, sep, Number(max), method === 'rsplit'), sep === undefined && max === 0n);
    }
    case 'splitlines': return list(known ? v!.split(/\r?\n/).filter((x, i, a) => i < a.length - 1 || x) : undefined);
    case 'strip': case 'lstrip': case 'rstrip': {
      if (!known) return maybeSelf();
      const chars = arg(1);
      const set = chars === undefined ? ' \t\n\r\x0b\x0c' : chars;
      let a = 0;
      let z = v!.length;
      if (method !== 'rstrip') while (a < z && set.includes(v![a])) a++;
      if (method !== 'lstrip') while (z > a && set.includes(v![z - 1])) z--;
      if (a === 0 && z === v!.length) return h.incref(self)!; // nothing stripped: the string itself
      return str(v!.slice(a, z));
    }
    case 'removeprefix': case 'removesuffix': {
      // Nothing removed: the exact str itself (unicode_result_unchanged).
      const a = arg(1);
      if (!known || a === undefined) return maybeSelf();
      if (method === 'removeprefix') return str(v!.startsWith(a) ? v!.slice(a.length) : v!);
      return str(a && v!.endsWith(a) ? v!.slice(0, v!.length - a.length) : v!);
    }
    case 'expandtabs': {
      if (!known) return maybeSelf();
      return v!.includes('\t') ? b.newStr(undefined, pos) : str(v!);
    }
    // (case conversions fill a new str, even of one character or unchanged: no Latin-1 cache; measured)
    case 'upper': return known ? b.newStrFresh(v!.toUpperCase(), pos) : b.newStr(undefined, pos);
    case 'lower': return known ? b.newStrFresh(v!.toLowerCase(), pos) : b.newStr(undefined, pos);
    case 'title': case 'capitalize': case 'swapcase': case 'casefold': {
      const out = known ? asciiCase(method, v!) : undefined;
      return out === undefined ? b.newStr(undefined, pos) : b.newStrFresh(out, pos);
    }
    case 'translate': {
      // Always a new str (even when nothing changes); its text when the table is a known dict of ints.
      const table = args[1];
      if (!known || !table || table.kind !== 'dict' || !table.entries || table.fuzzy) return b.newStr(undefined, pos);
      let out = '';
      for (const ch of v!) {
        const e = table.entries.get(b.hashKey(b.smallInt(BigInt(ch.codePointAt(0)!))));
        if (!e) { out += ch; continue; }
        const r = e.value;
        if (r.kind === 'none') continue;
        if (r.kind === 'str' && typeof r.value === 'string') out += r.value;
        else if (r.kind === 'int' && typeof r.value === 'bigint') out += String.fromCodePoint(Number(r.value));
        else return b.newStr(undefined, pos);
      }
      return b.newStr(out, pos);
    }
    case 'replace': {
      const a = arg(1), c = arg(2);
      // replace(old, new, count): a negative count is no limit; a count of unknown value not followed.
      const n = args[3] ? (args[3].kind === 'int' && typeof args[3].value === 'bigint' ? args[3].value : undefined) : -1n;
      if (!known || a === undefined || c === undefined || n === undefined || args.length > 4) return maybeSelf();
      // (old and new one object: nothing to do, the str itself)
      const out = args[1] === args[2] ? undefined : replacedText(v!, a, c, n < 0n ? Infinity : Number(n));
      // Nothing replaced (count 0, no match, '' of '' not followed): the exact str itself;
      // something replaced: a new str filled in place (replace() keeps no Latin-1 cache; measured).
      if (out === undefined) return v === '' ? maybeSelf() : h.incref(self)!;
      return b.newStrFresh(out, pos);
    }
    case 'startswith': case 'endswith': {
      const a = arg(1);
      if (!known || a === undefined || args[2]) return b.unknown(pos.line, pos.col);
      return b.bool(method === 'startswith' ? v!.startsWith(a) : v!.endsWith(a));
    }
    case 'isdigit': case 'isalpha': case 'isspace': case 'isupper': case 'islower': case 'isidentifier':
    case 'isalnum': case 'isdecimal': case 'isnumeric': case 'isascii': case 'isprintable': {
      // (answered for ASCII text; other characters' Unicode categories are not tabled here)
      if (!known || (method !== 'isascii' && /[^\x00-\x7f]/.test(v!))) return b.unknown(pos.line, pos.col);
      const re = {
        isdigit: /^\d+$/, isalpha: /^[A-Za-z]+$/, isspace: /^\s+$/, isupper: /^[^a-z]*[A-Z][^a-z]*$/, islower: /^[^A-Z]*[a-z][^A-Z]*$/,
        isidentifier: /^[A-Za-z_][A-Za-z0-9_]*$/, isalnum: /^[A-Za-z0-9]+$/, isdecimal: /^\d+$/, isnumeric: /^\d+$/, isascii: /^[\x00-\x7f]*$/,
        isprintable: /^[\x20-\x7e]*$/,
      }[method]!;
      return b.bool(re.test(v!));
    }
    case 'find': case 'index': case 'count': case 'rfind': {
      const a = arg(1);
      if (!known || a === undefined || args[2]) return b.newInt(undefined, pos);
      if (method === 'count') return b.newInt(BigInt(a === '' ? v!.length + 1 : v!.split(a).length - 1), pos);
      const i = method === 'rfind' ? v!.lastIndexOf(a) : v!.indexOf(a);
      if (i < 0 && method === 'index') throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      return b.newInt(BigInt(i), pos);
    }
    case 'format': {
      // No replacement field: the writer keeps the whole text as it is, so an exact str comes back itself.
      if (known && !/[{}]/.test(v!) && self.type === 'str') return h.incref(self)!;
      // '{}'.format(s): the writer keeps a lone exact str, so s itself comes back.
      if (known && (v === '{}' || v === '{0}') && args.length === 2 && args[1].kind === 'str') return h.incref(args[1])!;
      // '{:>5}'.format(s), s already that wide: the writer keeps the lone str too.
      const field = known && args.length === 2 && args[1].kind === 'str' && args[1].type === 'str' ? /^\{0?:([^{}]*)\}$/.exec(v!) : null;
      if (field && unchangedBySpec(args[1].value === undefined ? undefined : String(args[1].value), field[1]) === true) return h.incref(args[1])!;
      // The same for a lone field naming a keyword argument: '{name}'.format(name=s) is s.
      const named = known && args.length === 1 ? /^\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?\}$/.exec(v!) : null;
      const lone = named ? kw.get(named[1]) : undefined;
      if (named && lone?.kind === 'str' && lone.type === 'str' && !lone.fuzzy
        && (named[2] === undefined || unchangedBySpec(lone.value === undefined ? undefined : String(lone.value), named[2]) === true)) return h.incref(lone)!;
      // Each field's value converted by its own __str__ / __repr__ (a user class's runs here).
      // (str.format is METH_VARARGS | METH_KEYWORDS on 3.11-3.13: an argument tuple and a keyword
      // dict hold each argument while the fields' __format__ / __str__ / __repr__ run; measured:
      // `self` in __format__ under "{}".format(m) one above f"{m}"'s, plus the field's own reference)
      const held = [...args.slice(1), ...kw.values()];
      for (const a of held) h.incref(a);
      let made: PyObj | undefined;
      try {
        made = yield* strFormatCall(b, self, args.slice(1), kw, frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:format` });
      } finally {
        for (const a of held) h.decref(a);
      }
      if (made) return made;
      // strFormatCall gave up (a template it cannot read, or a field naming an argument not given):
      // an exact str / int / float / bool / None formats itself and keeps nothing; anything else may run code that does.
      // (a template not known may have no field — the writer keeps self whole — or one lone field,
      // which gives that str argument back: each may be the result)
      for (const a of [...args.slice(1), ...kw.values()]) if (!plainScalar(a) || (!known && a.kind === 'str')) h.escape(a);
      // A text the model did not make may be an error instead: a field naming a missing argument
      // (KeyError, IndexError), a spec the value does not take (ValueError), a __format__ that raises.
      it.noteMayRaise();
      return known ? b.newStr(undefined, pos) : maybeSelf();
    }
    case 'ljust': case 'rjust': case 'center': case 'zfill': {
      const padded = known ? padText(v!, method, knownInt(args[1]), method === 'zfill' ? '0' : args[2] ? arg(2) : ' ') : undefined;
      // (padding fills a new str, one character too: pad() keeps no Latin-1 cache)
      if (padded !== undefined) return padded === v ? str(padded) : b.newStrFresh(padded, pos);
      for (const a of args.slice(1)) h.escape(a);
      // (a text or width not known: the str may already be as wide, and pad() gives it back)
      return maybeSelf();
    }
    case 'encode': {
      // ASCII text in UTF-8, ASCII or Latin-1 is the same bytes (one byte or none: a cached singleton).
      const enc = args[1] ? arg(1)?.toLowerCase().replace(/[-_]/g, '') : 'utf8';
      const plain = known && args.length <= 3 && !args[2] && (enc === 'utf8' || enc === 'ascii' || enc === 'latin1') && /^[\x00-\x7f]*$/.test(v!);
      // A character the codec cannot take, with no `errors` handler: UnicodeEncodeError. It holds the
      // str itself twice, in its args (encoding, object, start, end, reason) and in its own `object`
      // member; the encoding is a new str of the codec's name. (UTF-8 takes every character but a
      // lone surrogate.)
      const limit = enc === 'ascii' ? 0x7f : enc === 'latin1' ? 0xff : undefined;
      const bad = known && args.length <= 2 && limit !== undefined ? [...v!].findIndex((ch) => ch.codePointAt(0)! > limit) : -1;
      if (bad >= 0) {
        const exc = b.newException('UnicodeEncodeError', [b.newStr(enc === 'ascii' ? 'ascii' : 'latin-1', pos), h.incref(self)!, b.newInt(BigInt(bad), pos), b.newInt(BigInt(bad + 1), pos), b.newStr(undefined, pos)], pos);
        // (PyUnicodeEncodeError_Create calls the type: its init stores the members from the args)
        runMemberInit(b, exc, exc.excArgs?.items ?? [], [], pos);
        throw it.raiseObj(exc, frame, true);
      }
      if (!plain && !(known && args.length <= 2 && enc === 'utf8' && !/[\ud800-\udfff]/.test(v!))) it.noteMayRaise();
      for (const a of args.slice(1)) h.escape(a);
      return b.newBytes(pos, plain && v!.length <= LIMITS.MAX_KNOWN_BYTES ? v : undefined);
    }
    case 'partition': case 'rpartition': {
      // stringlib/partition.h: found, (new head, the separator object itself, new tail);
      // not found, the string itself with two ''. An empty separator raises ValueError.
      const sep = arg(1);
      if (!known || sep === undefined || self.type !== 'str') return b.unknown(pos.line, pos.col);
      if (sep === '') throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      const i = method === 'partition' ? v!.indexOf(sep) : v!.lastIndexOf(sep);
      const parts = i >= 0 ? [b.newStr(v!.slice(0, i), pos), h.incref(args[1])!, b.newStr(v!.slice(i + sep.length), pos)]
        : method === 'partition' ? [h.incref(self)!, b.newStr('', pos), b.newStr('', pos)] : [b.newStr('', pos), b.newStr('', pos), h.incref(self)!];
      return b.newSeq('tuple', parts, pos);
    }
  }
  it.noteMayRaise();
  for (const a of args.slice(1)) h.escape(a);
  return b.unknown(pos.line, pos.col);
}

/**
 * Whether a byte string (one char per byte) is well-formed UTF-8 as CPython's decoder reads it
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
/** The text of valid UTF-8 bytes (held as a string of byte values; validUtf8 checked them). */
function utf8Text(content: string): string {
  let out = '';
  for (let i = 0; i < content.length;) {
    const c = content.charCodeAt(i);
    const n = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) cp = (cp << 6) | (content.charCodeAt(i + k) & 0x3f);
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

function validUtf8(content: string): boolean {
  const at = (i: number): number => content.charCodeAt(i);
  const cont = (i: number): boolean => i < content.length && (at(i) & 0xc0) === 0x80;
  for (let i = 0; i < content.length;) {
    const c = at(i);
    if (c < 0x80) { i++; continue; }
    // (the allowed range of the second byte, by the lead byte; then the continuation count)
    const [lo, hi, n] = c >= 0xc2 && c <= 0xdf ? [0x80, 0xbf, 1] : c === 0xe0 ? [0xa0, 0xbf, 2] : c === 0xed ? [0x80, 0x9f, 2]
      : c >= 0xe1 && c <= 0xef ? [0x80, 0xbf, 2] : c === 0xf0 ? [0x90, 0xbf, 3] : c >= 0xf1 && c <= 0xf3 ? [0x80, 0xbf, 3] : c === 0xf4 ? [0x80, 0x8f, 3] : [0, -1, 0];
    if (i + 1 >= content.length || at(i + 1) < lo || at(i + 1) > hi) return false;
    for (let k = 2; k <= n; k++) if (!cont(i + k)) return false;
    i += n + 1;
  }
  return true;
}

/**
 * partition / rpartition / splitlines / translate of known exact bytes, as stringlib and
 * bytesobject.c make them: nothing to split off or change gives the bytes itself (partition's
 * `(self, b'', b'')`, splitlines' one whole line, translate's `!changed && PyBytes_CheckExact`);
 * pieces are new (PyBytes_FromStringAndSize: b'' and one byte the cached ones), a found separator
 * the argument itself. Undefined: not known here (the generic path decides).
 */
function bytesSameOrNew(b: Builtins, self: PyObj, method: string, rest: PyObj[], frame: Frame, pos: { line: number; col: number }): PyObj | undefined {
  const h = b.it.heap;
  const content = bytesContent(self);
  if (self.type !== 'bytes' || self.cls || self.fuzzy || content === undefined) return undefined;
  const exactArg = (a: PyObj | undefined): string | undefined => (a?.kind === 'bytes' && a.type === 'bytes' && !a.cls && !a.fuzzy ? bytesContent(a) : undefined);
  if (method === 'partition' || method === 'rpartition') {
    const sep = exactArg(rest[0]);
    if (sep === undefined || rest.length !== 1) return undefined;
    if (sep === '') throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
    const i = method === 'partition' ? content.indexOf(sep) : content.lastIndexOf(sep);
    const parts = i >= 0 ? [b.newBytes(pos, content.slice(0, i)), h.incref(rest[0])!, b.newBytes(pos, content.slice(i + sep.length))]
      : method === 'partition' ? [h.incref(self)!, b.newBytes(pos, ''), b.newBytes(pos, '')] : [b.newBytes(pos, ''), b.newBytes(pos, ''), h.incref(self)!];
    return b.newSeq('tuple', parts, pos);
  }
  if (method === 'splitlines') {
    const keep = rest[0] === undefined ? false : rest[0].kind === 'bool' || rest[0].kind === 'int' ? b.truthy(rest[0]) : undefined;
    if (keep === undefined || rest.length > 1) return undefined;
    // (bytes lines end at \n, \r or \r\n only)
    const lines: string[] = [];
    let start = 0;
    while (start < content.length) {
      let eol = start;
      while (eol < content.length && content[eol] !== '\n' && content[eol] !== '\r') eol++;
      let next = eol;
      if (next < content.length) next += content[next] === '\r' && content[next + 1] === '\n' ? 2 : 1;
      lines.push(content.slice(start, keep ? next : eol));
      start = next;
    }
    const items = lines.length === 1 && lines[0] === content ? [h.incref(self)!] : lines.map((x) => b.newBytes(pos, x));
    return b.newSeq('list', items, pos);
  }
  // translate(table, delete=b'')
  const table = rest[0];
  const tableText = table?.kind === 'none' ? null : exactArg(table);
  const del = rest.length > 1 ? exactArg(rest[1]) : '';
  if (tableText === undefined || (tableText !== null && tableText.length !== 256) || del === undefined || rest.length > 2) return undefined;
  let out = '';
  for (const c of content) if (!del.includes(c)) out += tableText === null ? c : tableText[c.charCodeAt(0)];
  // (a result made at the input's size and then shrunk: never the one-byte cache, b'' the empty one)
  return out === content ? h.incref(self)! : out === '' ? b.newBytes(pos, '') : b.newBytesFresh(pos, out);
}

/** An exact builtin scalar: formatting, padding or comparing it runs no code of the program's and keeps no reference. */
function plainScalar(a: PyObj): boolean {
  return (a.kind === 'str' || a.kind === 'int' || a.kind === 'float' || a.kind === 'bool' || a.kind === 'none') && (a.type === a.kind || a.kind === 'none') && !a.cls;
}

/**
 * bytes and bytearray methods, of content the model does not read: decode gives a new str;
 * a one-item join of an exact bytes object gives it back (as str.join does);
 * what may return a bytes itself unchanged (strip, replace …) leaves its count
 * open; a bytearray's methods change it in place or give new objects
 * (bytesObjects.ts); the rest give new objects of unknown value.
 */
function* bytesMethod(b: Builtins, it: Interpreter, self: PyObj, method: string, args: PyObj[], frame: Frame, pos: { line: number; col: number }): G<PyObj> {
  const h = it.heap;
  const rest = args.slice(1);
  const type = isBytearray(self) ? 'bytearray' : 'bytes';
  if (type === 'bytearray') {
    const r = yield* bytearrayMethod(b, self, method, args, frame, pos);
    if (r) return r;
  }
  switch (method) {
    case 'decode': {
      // Bytes the codec cannot read, with no `errors` handler: UnicodeDecodeError (its args hold a
      // new bytes copy, not this object). Content the model does not know may be such bytes.
      const enc = rest[0]?.kind === 'str' && rest[0].value !== undefined ? String(rest[0].value).toLowerCase().replace(/[-_]/g, '') : rest.length ? undefined : 'utf8';
      const content = bytesContent(self);
      const readable = content !== undefined && rest.length <= 1 && (enc === 'latin1' || (enc === 'ascii' && /^[\x00-\x7f]*$/.test(content)) || (enc === 'utf8' && validUtf8(content)));
      const unreadable = content !== undefined && rest.length <= 1 && (enc === 'ascii' || enc === 'utf8') && !readable;
      for (const a of rest) h.escape(a);
      if (unreadable) {
        const exc = b.newException('UnicodeDecodeError', [b.newStr(enc === 'ascii' ? 'ascii' : 'utf-8', pos), b.newBytes(pos, content), b.newInt(undefined, pos), b.newInt(undefined, pos), b.newStr(undefined, pos)], pos);
        runMemberInit(b, exc, exc.excArgs?.items ?? [], [], pos);
        throw it.raiseObj(exc, frame, true);
      }
      if (!readable) it.noteMayRaise();
      // Known bytes a codec reads: the text is known (one character or none: the cached str).
      return b.newStr(readable && content.length <= LIMITS.MAX_KNOWN_BYTES ? (enc === 'utf8' ? utf8Text(content) : content) : undefined, pos);
    }
    case 'join': {
      // PySequence_Fast reads any iterable (a generator too) into a sequence first: when no
      // item had to stand for an unknown rest, the parts are all there is.
      const before = b.standIns;
      const parts = yield* b.iterateAll(args[1], frame);
      const complete = b.standIns === before && args[1].kind !== 'unknown' && !args[1].fuzzy;
      if (type === 'bytes' && complete && parts.length === 1 && parts[0].kind === 'bytes' && parts[0].type === 'bytes' && !parts[0].cls && !parts[0].fuzzy) return parts[0];
      // (one item the model does not know the identity of, or an iterable of unknown length: the
      // result may be that item itself, whose count opens; as str.join)
      const single = parts.length === 1 ? parts[0] : undefined;
      if (type === 'bytes' && (!complete || (single && (single.kind === 'unknown' || (single.kind === 'bytes' && single.fuzzy))))) {
        for (const p of parts) { if (p.kind === 'bytes' || p.kind === 'unknown') h.escape(p); h.decref(p); }
        const r = b.newBytes(pos, undefined, type);
        r.fuzzy = true;
        return r;
      }
      const sep = bytesContent(self);
      const texts = parts.map((p) => bytesContent(p));
      for (const p of parts) h.decref(p);
      const known = complete && sep !== undefined && texts.every((t) => t !== undefined) ? texts.join(sep) : undefined;
      const text = known !== undefined && known.length <= LIMITS.MAX_KNOWN_BYTES ? known : undefined;
      // (several parts are copied into a new object, of one byte too)
      return parts.length > 1 ? b.newBytesFresh(pos, text, type) : b.newBytes(pos, text, type);
    }
    case 'split': case 'rsplit': {
      // Known bytes split by a known separator (or by ASCII whitespace): each piece a new bytes
      // (PyBytes_FromStringAndSize: b'' and one byte the cached singletons), and nothing split off
      // the exact bytes itself (stringlib/split.h: `count == 0 && STRINGLIB_CHECK_EXACT`).
      const content = bytesContent(self);
      const sepArg = rest[0];
      const sep = sepArg === undefined || sepArg.kind === 'none' ? null : sepArg.kind === 'bytes' && !sepArg.cls ? bytesContent(sepArg) : undefined;
      const max = rest[1] ? knownInt(rest[1]) : -1n;
      // (no bytes the str whitespace split would also take: \x1c-\x1f, \x85, \xa0; maxsplit 0 strips first)
      const plain = sep !== null || (!/[\x1c-\x1f\x85\xa0]/.test(content ?? '') && max !== 0n);
      if (type === 'bytes' && !self.cls && content !== undefined && sep !== undefined && sep !== '' && max !== undefined && plain && rest.length <= 2) {
        const pieces = splitText(content, sep ?? undefined, Number(max), method === 'rsplit');
        const items = pieces.length === 1 && pieces[0] === content ? [h.incref(self)!] : pieces.map((x) => b.newBytes(pos, x));
        return b.newSeq('list', items, pos);
      }
      break;
    }
    case 'partition': case 'rpartition': case 'splitlines': case 'translate': {
      const r = bytesSameOrNew(b, self, method, rest, frame, pos);
      if (r) return r;
      break;
    }
    case 'find': case 'rfind': case 'index': case 'rindex': case 'count':
      for (const a of rest) h.escape(a);
      return b.newInt(undefined, pos);
    case 'upper': case 'lower': case 'title': case 'capitalize': case 'swapcase': case 'hex':
      return method === 'hex' ? b.newStr(undefined, pos) : b.newBytes(pos, undefined, type);
    case 'strip': case 'lstrip': case 'rstrip': case 'ljust': case 'rjust': case 'center': case 'zfill': {
      // Known exact bytes (bytesobject.c do_xstrip / do_strip, stringlib pad): nothing stripped
      // or no padding needed gives the bytes itself; a stripped piece is made by
      // PyBytes_FromStringAndSize (b'' and one byte cached), a padded one at its size and then
      // filled (never the one-byte cache).
      const content = bytesContent(self);
      if (type === 'bytes' && !self.cls && content !== undefined && method.endsWith('strip')) {
        const chars = rest[0] === undefined || rest[0].kind === 'none' ? ' \t\n\r\x0b\x0c' : rest[0].kind === 'bytes' && !rest[0].cls ? bytesContent(rest[0]) : undefined;
        if (chars !== undefined && rest.length <= 1) {
          let a = 0;
          let z = content.length;
          if (method !== 'rstrip') while (a < z && chars.includes(content[a])) a++;
          if (method !== 'lstrip') while (z > a && chars.includes(content[z - 1])) z--;
          return a === 0 && z === content.length ? h.incref(self)! : b.newBytes(pos, content.slice(a, z));
        }
      }
      if (type === 'bytes' && !self.cls && content !== undefined && !method.endsWith('strip')) {
        const width = rest[0] ? knownInt(rest[0]) : undefined;
        const fill = method === 'zfill' ? (rest.length === 1 ? '0' : undefined) : rest.length === 1 ? ' ' : rest.length === 2 && rest[1].kind === 'bytes' ? bytesContent(rest[1]) : undefined;
        const out = padText(content, method, width, fill);
        if (out !== undefined) return out === content ? h.incref(self)! : b.newBytesFresh(pos, out);
      }
      for (const a of rest) h.escape(a);
      return type === 'bytearray' ? b.newBytes(pos, undefined, type) : b.maybeSame(self, pos);
    }
    case 'expandtabs':
      // (stringlib's expandtabs always fills a new object, tabs or not; measured 3.11-3.13)
      for (const a of rest) h.escape(a);
      return b.newBytesFresh(pos, undefined, type);
    case 'replace': case 'removeprefix': case 'removesuffix': {
      // Known exact bytes: nothing replaced or removed gives the bytes itself (stringlib's
      // return_self, bytes_removeprefix's Py_NewRef); otherwise a new bytes (b'' the cached one)
      const content = bytesContent(self);
      const arg = (k: number): string | undefined => (rest[k]?.kind === 'bytes' && !rest[k].cls ? bytesContent(rest[k]) : undefined);
      if (type === 'bytes' && !self.cls && content !== undefined) {
        const old = arg(0);
        if (method === 'replace' && old && arg(1) !== undefined && (rest.length === 2 || (rest.length === 3 && knownInt(rest[2]) !== undefined))) {
          const count = rest.length === 3 ? Number(knownInt(rest[2])) : -1;
          if (!content.includes(old) || count === 0) return h.incref(self)!;
          const parts = content.split(old);
          const n = count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1);
          const out = parts.slice(0, n + 1).join(arg(1)!) + (n < parts.length - 1 ? old + parts.slice(n + 1).join(old) : '');
          return out.length <= LIMITS.MAX_KNOWN_BYTES ? b.newBytesFresh(pos, out) : b.newBytes(pos, undefined, 'bytes');
        }
        const affix = arg(0);
        if (method !== 'replace' && affix !== undefined && rest.length === 1) {
          const hit = affix.length > 0 && (method === 'removeprefix' ? content.startsWith(affix) : content.endsWith(affix));
          if (!hit) return h.incref(self)!;
          return b.newBytes(pos, method === 'removeprefix' ? content.slice(affix.length) : content.slice(0, content.length - affix.length));
        }
      }
      for (const a of rest) h.escape(a);
      // (a bytearray always gives a new bytearray)
      return type === 'bytearray' ? b.newBytes(pos, undefined, type) : b.maybeSame(self, pos);
    }
  }
  it.noteMayRaise();
  for (const a of rest) h.escape(a);
  // (what the model does not follow may have changed a bytearray)
  bytearrayChanged(self);
  return b.unknown(pos.line, pos.col);
}

/**
 * str.replace's text with at most `max` replacements (unicodeobject.c replace), or undefined
 * when nothing is replaced (the str itself comes back). An empty pattern matches before each
 * character and at the end: 'ab'.replace('', '-', 2) is '-a-b'.
 */
function replacedText(v: string, a: string, c: string, max: number): string | undefined {
  if (max === 0 || v === '') return undefined;
  if (a === '') {
    const chars = [...v];
    const k = Math.min(max, chars.length + 1);
    return chars.map((ch, i) => (i < k ? c + ch : ch)).join('') + (k > chars.length ? c : '');
  }
  const pieces = v.split(a);
  if (pieces.length === 1) return undefined;
  const k = Math.min(max, pieces.length - 1);
  return pieces.slice(0, k + 1).join(c) + (k < pieces.length - 1 ? a + pieces.slice(k + 1).join(a) : '');
}

/**
 * ljust / rjust / center / zfill to `width` with `fill` (unicodeobject.c pad):
 * a string already as wide is the same text (and so the same object);
 * center puts the odd space left when the width is odd; zfill keeps a sign first.
 */
function padText(v: string, method: string, width: bigint | undefined, fill: string | undefined): string | undefined {
  if (width === undefined || fill === undefined || [...fill].length !== 1 || width > 100000n) return undefined;
  const w = Number(width);
  const marg = w - v.length;
  if (marg <= 0) return v;
  if (method === 'ljust') return v + fill.repeat(marg);
  if (method === 'rjust') return fill.repeat(marg) + v;
  if (method === 'center') {
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return fill.repeat(left) + v + fill.repeat(marg - left);
  }
  const z = '0'.repeat(marg) + v;
  return v[0] === '+' || v[0] === '-' ? v[0] + '0'.repeat(marg) + v.slice(1) : z;
}

/**
 * str.split / rsplit (`right`) with at most `max` splits (negative: all): by
 * `sep`, or by runs of whitespace when it is undefined, where the part left
 * after the last split keeps its whitespace on the far side.
 */
function splitText(v: string, sep: string | undefined, max: number, right: boolean): string[] {
  if (sep !== undefined) {
    // rsplit searches from the end: overlapping separators split elsewhere than split's.
    const parts: string[] = [];
    let rest = v;
    for (let i = right ? rest.lastIndexOf(sep) : rest.indexOf(sep); i >= 0 && (max < 0 || parts.length < max); i = right ? rest.lastIndexOf(sep) : rest.indexOf(sep)) {
      if (right) { parts.unshift(rest.slice(i + sep.length)); rest = rest.slice(0, i); } else { parts.push(rest.slice(0, i)); rest = rest.slice(i + sep.length); }
    }
    return right ? [rest, ...parts] : [...parts, rest];
  }
  const words = v.split(/\s+/).filter((x) => x);
  if (max < 0 || words.length - 1 < max || !words.length) return words;
  // The rest is the text from the first word it holds (split) or up to the last one (rsplit).
  const trimmed = right ? v.replace(/\s+$/, '') : v.replace(/^\s+/, '');
  const kept = right ? words.slice(words.length - max) : words.slice(0, max);
  let rest = trimmed;
  for (const w of right ? [...kept].reverse() : kept) rest = right ? rest.slice(0, rest.lastIndexOf(w)).replace(/\s+$/, '') : rest.slice(rest.indexOf(w) + w.length).replace(/^\s+/, '');
  return right ? [rest, ...kept] : [...kept, rest];
}

/** A deque with maxlen drops items from the other end when it grows past it. */
export function dequeTrim(q: PyObj, it: Interpreter, from: 'left' | 'right'): void {
  if (q.maxlen === undefined) return;
  while (q.items!.length > q.maxlen) {
    const dropped = from === 'left' ? q.items!.shift() : q.items!.pop();
    it.heap.decref(dropped);
  }
}

/** A Field made by `dataclasses.field(...)` (not yet claimed by @dataclass). */
export function isFieldCall(o: PyObj): boolean {
  return o.kind === 'instance' && o.type === 'Field' && !o.cls && !!o.attrs;
}

/**
 * list.sort / sorted: the key of each item (the key function called once per
 * item, in order, as CPython does), then a stable sort. Keys that are known
 * numbers, strings or sequences of them are ordered here; other keys (a
 * class's own __lt__, a dataclass with order=True) by running `<` in a binary
 * insertion sort, which gives the stable order timsort gives for a consistent
 * `<`. Where an answer is unknown the order is too: every item escapes.
 */
/**
 * `inputUnordered`: the items came in an order the model does not know (a set's: setOrder.ts);
 * equal keys keep that order, so where two tie (or Python's `<` decided, which may leave ties the
 * model cannot see) the result's order is not known either: 'unordered'.
 */
export function* sortInPlace(b: Builtins, it: Interpreter, items: PyObj[], kw: Map<string, PyObj>, frame: Frame, site: CallSite, inputUnordered = false): G<'unordered' | undefined> {
  const h = it.heap;
  const key = kw.get('key');
  const keyObjs: PyObj[] = [];
  // Without a key function the items are their own keys: list_sort_impl compares them in the
  // saved item array (`keys = saved_ob_item`), taking no reference of its own, so an item's
  // __lt__ sees it held by the list alone (measured 3.11-3.13: `self` at 3 in __lt__ during
  // `items.sort()`: list, frame, local).
  const ownedKeys = !!key && key !== b.none;
  for (const x of [...items]) {
    // The key function gets the item as the list holds it (no reference of the sort's own).
    if (ownedKeys) {
      try {
        keyObjs.push(yield* it.callFromC(key, [x], frame, site));
      } catch (err) {
        for (const o of keyObjs) h.decref(o);
        throw err;
      }
    } else keyObjs.push(x);
  }
  try {
    const keys = keyObjs.map((k) => sortKey(k));
    const reverse = kw.get('reverse');
    const rev = reverse === undefined || reverse === b.falseObj || (reverse.kind === 'int' && reverse.value === 0) ? false : reverse === b.trueObj || (reverse.kind === 'int' && reverse.value !== undefined) ? true : undefined;
    // One item (or none) is in order whatever its key.
    let comparable = items.length < 2 || (rev !== undefined && keys.every((k) => k !== undefined));
    // Equal keys keep their order, reverse=True included (CPython sorts stably either way).
    let order = items.map((_, i) => i);
    let tied = false;
    if (comparable) {
      order.sort((i, j) => {
        const c = compareKeys(keys[i]!, keys[j]!);
        if (c === undefined) { comparable = false; return 0; }
        if (c === 0) tied = true;
        return (rev ? -c : c) || i - j;
      });
      if (!comparable) order = items.map((_, i) => i);
    }
    // Keys the model cannot order itself: Python's `<` decides, run as timsort would.
    if (!comparable && rev !== undefined) {
      const byLt = yield* insertionOrder(b, keyObjs, rev, frame, site);
      // (which keys `<` found equal is not seen: a tie is possible unless the keys are distinct
      // members of one enum, whose values differ: an equal value makes an alias, the same member)
      if (byLt) { order = byLt; comparable = true; tied = !distinctEnumMembers(keyObjs); }
    }
    if (!comparable) {
      // Keys compared by C code alone (numbers, strs, bytes, tuples of them, or objects of code the
      // model does not follow, which can reach only the keys): the sort permutes the items and
      // nothing else happens to them, so their counts stay known; only the order is not.
      if (rev !== undefined && opaqueKeys(keyObjs)) {
        for (const k of keyObjs) if (k.kind === 'unknown' || k.kind === 'tuple' || k.kind === 'list') h.escape(k);
        if (keyObjs.some((k) => k.kind === 'unknown')) it.noteMayRaise();
        return 'unordered';
      }
      for (const x of items) h.escape(x);
      return;
    }
    const sorted = order.map((i) => items[i]);
    for (let i = 0; i < items.length; i++) items[i] = sorted[i];
    return inputUnordered && tied ? 'unordered' : undefined;
  } finally {
    if (ownedKeys) for (const k of keyObjs) h.decref(k);
  }
}

function distinctEnumMembers(keys: PyObj[]): boolean {
  const cls = keys[0]?.cls;
  return !!cls && keys.every((k) => isEnumMemberObj(k) && k.cls === cls) && new Set(keys).size === keys.length;
}

/**
 * Sort keys whose comparisons run no code of the program: all numbers (bools are ints), all strs
 * or all bytes, of known value or not (exact types), objects of unknown code (kind unknown, no
 * class of the program), and lists / tuples of such; never an instance (its own `__lt__`).
 */
function opaqueKeys(keys: PyObj[]): boolean {
  const kindOf = (k: PyObj, depth: number): string | undefined => {
    if (k.cls) return undefined;
    if (k.kind === 'unknown') return 'any';
    if (k.kind === 'int' || k.kind === 'float' || k.kind === 'bool') return 'number';
    if (k.kind === 'str' || (k.kind === 'bytes' && k.type === 'bytes')) return k.kind;
    if ((k.kind === 'tuple' || k.kind === 'list') && k.items && !k.fuzzy && depth < 4) {
      return k.items.every((x) => kindOf(x, depth + 1) !== undefined) ? 'seq' : undefined;
    }
    return undefined;
  };
  const kinds = new Set<string>();
  for (const k of keys) {
    const c = kindOf(k, 0);
    if (c === undefined) return false;
    if (c !== 'any') kinds.add(c);
  }
  // (a number and a str do not compare: a TypeError, as the model already knows)
  return kinds.size <= 1;
}

/**
 * The first use of a list whose order is not known (sorted by keys the model cannot order) that
 * depends on the order: which item is where is unknown, so what each one reaches is open (as if
 * the sort itself had been code the model does not follow).
 */
export function settleOrder(b: Builtins, o: PyObj | undefined): void {
  // (a list subclass's instance: its builtin part holds the items)
  if (o?.basePayload) settleOrder(b, o.basePayload);
  if (!o?.orderUnknown) return;
  o.orderUnknown = undefined;
  for (const x of o.items ?? []) b.it.heap.escape(x);
}

/**
 * list methods whose effect on references and whose answer do not depend on where each item is:
 * reverse / append / insert / extend keep a list of known items in an unknown order, count
 * compares every item, copy is a list of the same items (in an order just as unknown), clear
 * drops them all. pop, remove and index (which item, which position) settle the order.
 */
const ORDER_BLIND_LIST_METHODS = new Set(['list.reverse', 'list.append', 'list.insert', 'list.extend', 'list.count', 'list.copy', 'list.clear',
  // (a deque a walk in an unknown order filled, walkFills.ts: the same, copy aside, which loses the flag)
  'deque.reverse', 'deque.append', 'deque.appendleft', 'deque.extend', 'deque.extendleft', 'deque.count', 'deque.clear']);

/** Builtins whose answer does not depend on a list's order: they leave an unordered list as it is. */
const ORDER_BLIND = new Set(['len', 'id', 'type', 'isinstance', 'issubclass', 'callable', 'bool', 'sys.getrefcount', 'gc.is_tracked']);

/**
 * A stable order of `keys` by Python's `<` (binary insertion, as timsort's
 * binarysort; reverse=True sorts the reversed list and reverses it back, as
 * list.sort does); undefined when a comparison's answer is unknown.
 */
function* insertionOrder(b: Builtins, keys: PyObj[], rev: boolean, frame: Frame, site: CallSite): G<number[] | undefined> {
  // reverse=True sorts the reversed list and reverses the result back (list_sort_impl).
  const a = keys.map((_, i) => i);
  if (rev) a.reverse();
  const n = a.length;
  // (a[i] < a[j], by the keys: the program's __lt__ or cmp runs here, in timsort's order)
  const lt = (i: number, j: number): G<boolean | undefined> => lessThan(b, keys[a[i]], keys[a[j]], frame, site);
  const reverseSpan = (from: number, to: number): void => { a.splice(from, to - from, ...a.slice(from, to).reverse()); };
  // A short list (below MIN_GALLOP's minrun, 64) is one run and a binary insertion sort of the
  // rest, comparison for comparison as CPython makes them; a longer one is binary insertion
  // alone (the merges' comparisons are not followed one by one).
  let ok = 0;
  if (n >= 2 && n < 64) {
    if (!b.it.vm.sortRunsWithEquals) {
      // count_run (3.11 / 3.12): a strictly descending run (then reversed) or a non-descending one.
      const first = yield* lt(1, 0);
      if (first === undefined) return undefined;
      ok = 2;
      for (; ok < n; ok++) {
        const t = yield* lt(ok, ok - 1);
        if (t === undefined) return undefined;
        if (t !== first) break;
      }
      if (first) reverseSpan(0, ok);
    } else {
      const run = yield* countRun313(lt, reverseSpan, n);
      if (run === undefined) return undefined;
      ok = run;
    }
  }
  // binarysort from the end of the run: each next item's place by `pivot < a[mid]`.
  for (ok = Math.max(ok, 1); ok < n; ok++) {
    let lo = 0;
    let hi = ok;
    const pivot = a[ok];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = yield* lessThan(b, keys[pivot], keys[a[mid]], frame, site);
      if (t === undefined) return undefined;
      if (t) hi = mid;
      else lo = mid + 1;
    }
    a.splice(ok, 1);
    a.splice(lo, 0, pivot);
  }
  if (rev) a.reverse();
  return a;
}

/**
 * count_run of 3.13 (gh-116554): an ascending run; else a descending one, where runs of equal keys
 * keep their order (each reversed in place before the whole run is), then extended by an ascending
 * suffix. The length of the run it leaves ascending at the start; undefined when a comparison is not known.
 */
function* countRun313(lt: (i: number, j: number) => G<boolean | undefined>, reverseSpan: (from: number, to: number) => void, total: number): G<number | undefined> {
  let n = 1;
  for (; n < total; n++) {
    const t = yield* lt(n, n - 1);
    if (t === undefined) return undefined;
    if (t) break;
  }
  if (n === total) return n;
  if (n > 1) {
    const t = yield* lt(0, n - 1);
    if (t === undefined) return undefined;
    if (t) return n;
    // (the ascending run was all equal: reversed, it starts the descending one)
    reverseSpan(0, n);
  }
  n++;
  let neq = 0;
  const reverseLastNeq = (): void => {
    if (!neq) return;
    neq++;
    reverseSpan(n - neq, n);
    neq = 0;
  };
  for (; n < total; n++) {
    const smaller = yield* lt(n, n - 1);
    if (smaller === undefined) return undefined;
    if (smaller) { reverseLastNeq(); continue; }
    const larger = yield* lt(n - 1, n);
    if (larger === undefined) return undefined;
    if (larger) break;
    neq++;
  }
  reverseLastNeq();
  reverseSpan(0, n);
  for (; n < total; n++) {
    const t = yield* lt(n, n - 1);
    if (t === undefined) return undefined;
    if (t) break;
  }
  return n;
}

/**
 * A sort key the analysis can compare: a known number (bools are ints), a known
 * str, an id(), or a list / tuple of such. Inside a list or tuple any other
 * object stands for itself ({ obj }): sequence comparison skips items that are
 * the same object (PyObject_RichCompareBool's identity shortcut), so only
 * reaching two different ones leaves the order unknown.
 */
export type SortKey = number | string | SortKey[] | { idOf: PyObj } | { obj: PyObj };

export function sortKey(k: PyObj, depth = 0): SortKey | undefined {
  // An id() is an address the analysis does not know: only an object's with itself compares (equal).
  if (k.fromId) return k.idOf ? { idOf: k.idOf } : undefined;
  if ((k.kind === 'int' || k.kind === 'float' || k.kind === 'bool') && k.value !== undefined) return Number(k.value);
  if (k.kind === 'str' && typeof k.value === 'string') return k.value;
  if ((k.kind === 'tuple' || k.kind === 'list') && k.items && !k.fuzzy && depth < 4) {
    return k.items.map((x) => sortKey(x, depth + 1) ?? { obj: x });
  }
  return undefined;
}

/** Python's `<` on two keys: numbers with numbers, strs with strs, sequences element by element; undefined where Python would raise. */
export function compareKeys(a: SortKey, b: SortKey): number | undefined {
  if (typeof a === 'object' && 'obj' in a) return typeof b === 'object' && 'obj' in b && a.obj === b.obj ? 0 : undefined;
  if (typeof a === 'object' && 'idOf' in a) return typeof b === 'object' && 'idOf' in b && a.idOf === b.idOf ? 0 : undefined;
  if (typeof b === 'object' && !Array.isArray(b)) return undefined;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return undefined;
}

/** map / zip: a tuple owns the source iterators; the iterator reads them through it. */
export function ownIterators(b: Builtins, e: PyObj, srcs: PyObj[], pos: { line: number; col: number }): void {
  const t = b.newSeq('tuple', srcs, pos);
  e.itersTuple = t;
  e.iterSources = t.items;
}

/**
 * The objects a builtin container's tp_traverse visits, in its order: a list's,
 * tuple's or set's items; a dict's values, each followed by its key unless every
 * key is a str (a unicode-keys table visits values only). Undefined when not known.
 */
export function traversedBy(o: PyObj): PyObj[] | undefined {
  if (o.fuzzy || o.external) return undefined;
  if ((o.kind === 'list' || o.kind === 'tuple') && o.items && (o.type === 'list' || o.type === 'tuple')) return [...o.items];
  if ((o.kind === 'set' || o.kind === 'frozenset') && o.entries) return [...o.entries.values()].map((e) => e.key);
  if (o.kind === 'dict' && o.type === 'dict' && o.entries && !o.instanceDict) {
    const es = [...o.entries.values()];
    if (es.every((e) => e.key.kind === 'str')) return es.map((e) => e.value);
    return es.flatMap((e) => [e.value, e.key]);
  }
  if (o.kind === 'int' || o.kind === 'str' || o.kind === 'float' || o.kind === 'bool' || o.kind === 'none' || o.kind === 'bytes') return [];
  // An instance of classes of the program over object (subtype_traverse): its inline attribute values
  // (while no real __dict__ exists, or may exist, which 3.11/3.12 would visit instead) and its heap type.
  if (o.kind === 'instance' && o.attrs && o.cls && !o.dictObj && !o.dictMaybe && !o.basePayload && !o.slots?.size
    && !o.weakContainer && programClassChain(o.cls, 0)) return [...o.attrs.values(), o.cls];
  return undefined;
}

/** A class of the program whose bases are too, up to object: no slots, no builtin base, nothing unknown. */
function programClassChain(c: PyObj, depth: number): boolean {
  if (depth > 32 || c.kind !== 'class' || !c.classIR || c.fuzzy || c.unknownBase || c.enumKind || c.slotNames?.length || c.builtinName) return false;
  return (c.bases ?? []).every((base) => (base.kind === 'class' && base.builtinName === 'object') || programClassChain(base, depth + 1));
}

/**
 * abs, round, ord, divmod and pow over known ints and floats, as CPython
 * answers them: an exact int that comes back unchanged is the same object
 * (long_long: abs of a non-negative int, round to ndigits ≥ 0); divmod makes a
 * new tuple of floor quotient and remainder. Undefined for anything else.
 */
export function numberBuiltin(b: Builtins, name: string, args: PyObj[], pos: { line: number; col: number }): PyObj | undefined {
  const h = b.it.heap;
  // Exact ints only: an int subclass's abs / round is a new object.
  const int = (o: PyObj | undefined): bigint | undefined => (o?.type === 'int' ? knownInt(o) : undefined);
  const flt = (o: PyObj | undefined): number | undefined => (o && o.kind === 'float' && typeof o.value === 'number' ? o.value : undefined);
  const [x, y] = args;
  // An exact int of unknown value: abs / round may give it back (non-negative, or any ndigits ≥ 0).
  const unknownInt = x?.kind === 'int' && x.type === 'int' && !x.cls && knownInt(x) === undefined;
  const maybeX = (): PyObj => b.maybeSame(x, pos);
  switch (name) {
    case 'abs': {
      const v = int(x);
      if (v !== undefined) return v >= 0n ? h.incref(x)! : b.newInt(-v, pos);
      if (unknownInt) return maybeX();
      const f = flt(x);
      if (x?.kind === 'complex') return complexAbs(b, x, pos);
      return x?.kind === 'float' ? b.newFloat(f === undefined ? undefined : Math.abs(f), pos) : undefined;
    }
    case 'round': {
      const dec = x?.pureValue ? decimalRound(b, x, y, pos) : undefined;
      if (dec) return dec;
      const v = int(x);
      // (round(x, None) is round(x): an int)
      const noDigits = args.length === 1 || y?.kind === 'none';
      if (v !== undefined && noDigits) return h.incref(x)!;
      const n = int(y);
      if (v !== undefined && n !== undefined && n >= 0n) return h.incref(x)!;
      if (unknownInt && (noDigits || y?.kind === 'int')) return maybeX();
      if (x?.kind === 'float' && noDigits) {
        // Round half to even, to an int.
        const f = flt(x);
        if (f === undefined || !Number.isFinite(f)) return b.newInt(undefined, pos);
        const fl = Math.floor(f);
        const diff = f - fl;
        const r = diff > 0.5 || (diff === 0.5 && fl % 2 !== 0) ? fl + 1 : fl;
        return b.newInt(BigInt(r), pos);
      }
      if (x?.kind === 'float' && y?.kind === 'int') {
        // float.__round__(n): the decimal string dtoa rounds to n places (half to even on the
        // exact binary value, as '%.nf' does), read back; a new float. Kept to small n and
        // magnitudes, where that string is short.
        const f = flt(x);
        if (f === undefined || n === undefined || n < 0n || n > 20n || !(Math.abs(f) < 1e16)) return b.newFloat(undefined, pos);
        const r = Number(fixedText(f, Number(n)));
        return b.newFloat(f < 0 || Object.is(f, -0) ? -r : r, pos);
      }
      return undefined;
    }
    case 'ord': {
      const s = x?.kind === 'str' && typeof x.value === 'string' ? x.value : undefined;
      return s !== undefined && [...s].length === 1 ? b.newInt(BigInt(s.codePointAt(0)!), pos) : undefined;
    }
    case 'divmod': {
      const a = int(x);
      const c = int(y);
      if (a !== undefined && c !== undefined && c !== 0n) {
        // Floor division: the remainder takes the divisor's sign. (long_divrem's "|a| < |b|"
        // shortcut keeps a itself as the remainder: intIdentity.ts)
        let q = a / c;
        if ((a % c !== 0n) && ((a < 0n) !== (c < 0n))) q -= 1n;
        const rem = exactInt(x) && remainderIsLeft(a, c) ? h.incref(x)! : b.newInt(a - q * c, pos);
        return b.newSeq('tuple', [b.newInt(q, pos), rem], pos);
      }
      // Ints of values the model does not know: a tuple of two ints, the remainder maybe x itself.
      const intLike = (o: PyObj | undefined): boolean => !!o && (o.kind === 'int' || o.kind === 'bool') && !o.cls && !o.pureValue;
      if (intLike(x) && intLike(y)) {
        // (a divisor of unknown value may be 0)
        if (b.num(y!) === undefined) b.it.noteMayRaise();
        if (exactInt(x) && remainderIsLeft(b.num(x!) as bigint | undefined, b.num(y!) as bigint | undefined) === undefined) h.escape(x);
        return b.newSeq('tuple', [b.newInt(undefined, pos), b.newInt(undefined, pos)], pos);
      }
      if (numeric(x, true) && numeric(y, true) && (x!.kind === 'float' || y!.kind === 'float') && Number(y!.value) !== 0) {
        return b.newSeq('tuple', [b.newFloat(undefined, pos), b.newFloat(undefined, pos)], pos);
      }
      return undefined;
    }
    case 'pow': {
      const a = int(x);
      const e = int(y);
      if (a !== undefined && e !== undefined && e >= 0n && e < 4096n && args.length === 2) return b.newInt(a ** e, pos);
      // pow(a, e, m) of known ints, e ≥ 0 (long_pow: square-and-multiply, each product reduced
      // mod |m| into a new int, then moved to m's sign): a new int of that value. A result in
      // the small-int range is left unknown (whether the last reduction went through the cache).
      const m = args.length === 3 ? int(args[2]) : undefined;
      if (a !== undefined && e !== undefined && m !== undefined && m !== 0n && e >= 0n && e < (1n << 64n) && a < (1n << 4096n) && a > -(1n << 4096n) && m < (1n << 4096n) && m > -(1n << 4096n)) {
        const am = m < 0n ? -m : m;
        let base = ((a % am) + am) % am;
        let r = 1n % am;
        for (let k = e; k > 0n; k >>= 1n) {
          if (k & 1n) r = (r * base) % am;
          base = (base * base) % am;
        }
        if (m < 0n && r !== 0n) r -= am;
        if (r >= -5n && r <= 256n) return undefined;
        return b.newInt(r, pos);
      }
      return undefined;
    }
  }
  return undefined;
}

/** An instance of a class the model knows all of whose class has a Python __call__ (not escaped). */
function callableInstance(b: Builtins, o: PyObj): boolean {
  return o.kind === 'instance' && !o.fuzzy && !!o.cls && knownClass(o.cls) && b.lookupClassAttr(o.cls, '__call__')?.kind === 'function';
}
