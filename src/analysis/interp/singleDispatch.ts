// functools.singledispatch (Lib/functools.py, the same code on 3.11-3.13), as
// measured with sys.getrefcount:
// - singledispatch(func) makes a Python function `wrapper(*args, **kw)`; its
//   __dict__ holds register, dispatch, registry (a mappingproxy of the registry
//   dict), _clear_cache and update_wrapper's __wrapped__ (func). The registry
//   maps object -> func from the start: func has two references besides names.
// - register(cls, func) / register(func) with an annotated first parameter /
//   register(cls) (a lambda waiting for the function) stores registry[cls] =
//   func (one reference to each), clears the dispatch cache and returns func.
// - wrapper(x, ...) calls dispatch(type(x)), which looks in a WeakKeyDictionary
//   cache first (its value, one more reference to the implementation per class
//   dispatched since the last register), then registry[cls], then the best
//   match along cls's MRO, and calls the implementation with *args: inside it
//   x has the caller's reference moved into wrapper's args tuple plus the
//   implementation's own parameter (as a C call holding its arguments; 3.11's
//   CALL_FUNCTION_EX also keeps the implementation on wrapper's stack).
// - A discarded wrapper is cyclic garbage (about 20 objects: register's own
//   closure cycle, the cache's weakref machinery) that keeps registry and cache
//   until a collection: modelled as a finalizer that opens what they hold and
//   the next gc.collect()'s count.
// Dispatch the model cannot decide (an ABC or a class of unknown bases in the
// registry, a value of unknown type, keyword arguments) is not followed.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import { newWrapperDict, updateWrapper } from './functoolsWrappers';
import type { CallSite, G, Interpreter } from './interpreter';
import { LeftLibraryFrame, throughLibraryFrame } from './libraryFrames';
import { LIMITS } from './limits';
import { newMappingProxy } from './mappingProxy';
import type { PyObj } from './objects';

export const SD_WRAPPER = 'functools.singledispatch.wrapper';
export const SD_REGISTER = 'functools.singledispatch.register';
export const SD_REGISTER_CLS = 'functools.singledispatch.register(cls)';
export const SD_DISPATCH = 'functools.singledispatch.dispatch';

interface SdState {
  /** The registry dict (class -> implementation), held by the wrapper (items[0]). */
  registry: PyObj;
  /** The dispatch cache's entries: class (weakly) -> implementation (held, as cacheHolder's items). */
  cacheKeys: PyObj[];
  cacheHolder: PyObj;
  /** register / dispatch: handed to code the model does not follow, they may have changed the registry. */
  helpers: PyObj[];
}

const states = new WeakMap<PyObj, SdState>();
/** Every dispatcher's state per analysis, for the collector's count (sdCacheWeakrefs). */
const allStates = new WeakMap<Builtins, SdState[]>();

/**
 * The weak references of dispatch caches whose key class dies in a collection freeing `dying`
 * while the cache lives: the WeakKeyDictionary's callback drops each, and handle_weakrefs counts
 * it as freed (measured 3.11-3.13: `show(A()); del A` frees one more than without the call).
 */
export function sdCacheWeakrefs(b: Builtins, dying: ReadonlySet<PyObj>): number {
  let n = 0;
  for (const st of allStates.get(b) ?? []) {
    if (!st.cacheHolder.alive || dying.has(st.cacheHolder)) continue;
    for (const c of st.cacheKeys) if (dying.has(c)) n++;
  }
  return n;
}

export function isSingleDispatch(o: PyObj | undefined): boolean {
  return !!o && o.builtinName === SD_WRAPPER && states.has(o);
}

/** A function of the wrapper's closure (register, dispatch, a register(cls) lambda) sharing its state. */
function helper(b: Builtins, name: string, st: SdState, site: CallSite, label: string): PyObj {
  const h = b.it.heap;
  const f = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', label));
  f.builtinName = name;
  f.tracked = true;
  states.set(f, st);
  st.helpers.push(f);
  return f;
}

/** singledispatch(func): the wrapper (owned), or undefined when func is not a Python function. */
export function makeSingleDispatch(b: Builtins, it: Interpreter, func: PyObj, site: CallSite): PyObj | undefined {
  if (func.kind !== 'function') return undefined;
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const registry = b.newDict(pos);
  b.dictSet(registry, h.incref(b.types.get('object'))!, h.incref(func)!);
  const cacheHolder = h.alloc('builtin', 'WeakKeyDictionary', h.site(site.line, site.col, 'WeakKeyDictionary', 'dispatch_cache'));
  cacheHolder.tracked = true;
  cacheHolder.items = [];
  const st: SdState = { registry, cacheKeys: [], cacheHolder, helpers: [] };
  let list = allStates.get(b);
  if (!list) allStates.set(b, (list = []));
  list.push(st);
  const w = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', 'singledispatch wrapper'));
  w.builtinName = SD_WRAPPER;
  w.tracked = true;
  w.items = [registry, cacheHolder];
  states.set(w, st);
  const d = newWrapperDict(h, w, site, 'wrapper.__dict__');
  const set = (k: string, v: PyObj): void => { d.attrs!.set(k, v); b.noteStore(d, v); };
  set('register', helper(b, SD_REGISTER, st, site, 'register'));
  set('dispatch', helper(b, SD_DISPATCH, st, site, 'dispatch'));
  set('registry', newMappingProxy(b, registry, pos));
  h.decref(updateWrapper(b, it, w, func, site));
  return w;
}

/** Whether the registry may hold what the model did not see: it, or a function that changes it, escaped. */
function registryUnknown(st: SdState): boolean {
  st.helpers = st.helpers.filter((f) => f.alive);
  return st.registry.fuzzy || st.helpers.some((f) => f.fuzzy && !f.countKnown);
}

/** Drops the dispatch cache (register, _clear_cache). */
function clearCache(it: Interpreter, st: SdState): void {
  const held = st.cacheHolder.items ?? [];
  st.cacheHolder.items = [];
  st.cacheKeys = [];
  for (const x of held) it.heap.decref(x);
  it.recorder.noteStore();
}

/** registry[cls] = func (cls a class), the cache cleared; func returned (owned). */
function register(b: Builtins, st: SdState, cls: PyObj, func: PyObj): PyObj {
  const h = b.it.heap;
  b.dictSet(st.registry, h.incref(cls)!, h.incref(func)!);
  clearCache(b.it, st);
  return h.incref(func)!;
}

/** A class the model can place in an MRO (no ABC, no unknown base or metaclass). */
function plainClass(c: PyObj): boolean {
  return c.kind === 'class' && !c.isAbc && !c.unknownBase && !c.foreignMeta && !c.enumKind;
}

/** cls.__mro__, or undefined when the model cannot tell it. */
function mroOf(b: Builtins, cls: PyObj): PyObj[] | undefined {
  if (!plainClass(cls)) return undefined;
  if (cls.mroTuple?.items) return cls.mroTuple.items.every(plainClass) ? cls.mroTuple.items : undefined;
  // (a builtin class: single inheritance up to object)
  const out: PyObj[] = [];
  for (let c: PyObj | undefined = cls; c && out.length < LIMITS.MAX_SINGLEDISPATCH_MRO; c = c.bases?.[0]) {
    if (c.kind !== 'class' || (c.bases?.length ?? 0) > 1) return undefined;
    out.push(c);
  }
  const obj = b.types.get('object')!;
  if (out[out.length - 1] !== obj) out.push(obj);
  return out;
}

/** The implementation for `cls` (borrowed), as dispatch() finds it; undefined when not decided here. */
function findImpl(b: Builtins, st: SdState, cls: PyObj): PyObj | undefined {
  if (registryUnknown(st)) return undefined;
  const i = st.cacheKeys.indexOf(cls);
  if (i >= 0) return st.cacheHolder.items![i];
  const exact = b.dictGet(st.registry, cls);
  let impl = exact?.value;
  if (!impl) {
    // (_find_impl: _compose_mro adds registered ABCs a class may match virtually: not followed)
    const keys = [...st.registry.entries!.values()].map((e) => e.key);
    const mro = mroOf(b, cls);
    if (!mro || !keys.every(plainClass)) return undefined;
    for (const t of mro) {
      const e = b.dictGet(st.registry, t);
      if (e) { impl = e.value; break; }
    }
    if (!impl) return undefined;
  }
  // dispatch_cache[cls] = impl: the cache's weak key does not hold cls.
  st.cacheKeys.push(cls);
  st.cacheHolder.items!.push(b.it.heap.incref(impl)!);
  b.noteStore(st.cacheHolder, impl);
  return impl;
}

/** The class dispatch() is given for a value (`args[0].__class__`), when the model knows it. */
function classFor(b: Builtins, x: PyObj): PyObj | undefined {
  const c = b.classOf(x);
  // (a class attribute __class__ would answer `args[0].__class__` instead)
  if (!c || c.kind !== 'class' || b.lookupClassAttr(c, '__class__')) return undefined;
  // (a builtin value of a subtype the model folds into its kind: deque, defaultdict, ...)
  if (x.kind !== 'instance' && x.kind !== 'exception' && c.builtinName !== x.type) return undefined;
  return c;
}

/** dispatch(args[0].__class__) through a dispatcher's `dispatch` function (borrowed), or undefined when not decided here. */
export function findImplementation(b: Builtins, dispatch: PyObj, x: PyObj): PyObj | undefined {
  const st = states.get(dispatch);
  const cls = st && classFor(b, x);
  return cls && findImpl(b, st, cls);
}

/** wrapper(*args): the implementation's result (owned), or undefined when not followed. */
export function* callSingleDispatch(b: Builtins, it: Interpreter, w: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const st = states.get(w);
  if (!st || !args.length || kwargs.length || w.fuzzy && !w.countKnown) return undefined;
  const cls = classFor(b, args[0]);
  const impl = cls && findImpl(b, st, cls);
  if (!impl) return undefined;
  const h = it.heap;
  // (dispatch's result on wrapper's stack: 3.12+ hands it to the frame, 3.11 keeps it there too)
  h.incref(impl);
  const keep = it.vm.exCallKeepsCallable;
  if (keep) h.incref(impl);
  // An exception out of the implementation passes out through wrapper's frame: its traceback
  // entry keeps that frame's `args` tuple and `kw` dict (measured 3.11-3.13: x once more).
  const wrapperFrame = (): LeftLibraryFrame => {
    const argsTuple = b.newSeq('tuple', args.map((a) => h.incref(a)!), site);
    const kw = b.newDict(site);
    return { qualname: 'singledispatch.<locals>.wrapper', locals: [['args', argsTuple], ['kw', kw]], made: [argsTuple, kw] };
  };
  try {
    return yield* throughLibraryFrame(it, frame, wrapperFrame, () => it.callFromC(impl, args, frame, site));
  } finally {
    h.decref(impl);
    if (keep) h.decref(impl);
  }
}

/**
 * register(...) / dispatch(cls) / a register(cls) lambda (self: the helper): the result (owned),
 * or undefined when not followed.
 */
export function singleDispatchHelper(b: Builtins, self: PyObj, args: PyObj[], site: CallSite): PyObj | undefined {
  const st = states.get(self);
  if (!st) return undefined;
  const h = b.it.heap;
  if (self.builtinName === SD_DISPATCH) {
    const impl = args.length === 1 && args[0].kind === 'class' ? findImpl(b, st, args[0]) : undefined;
    return impl && h.incref(impl);
  }
  if (self.builtinName === SD_REGISTER_CLS) {
    return args.length === 1 && self.heldValue ? register(b, st, self.heldValue, args[0]) : undefined;
  }
  const [first, func] = args;
  if (!first || args.length > 2) return undefined;
  if (first.kind === 'class') {
    if (func) return register(b, st, first, func);
    // (`lambda f: register(cls, f)`, holding cls)
    const lam = helper(b, SD_REGISTER_CLS, st, site, 'register.<lambda>');
    lam.heldValue = h.incref(first);
    return lam;
  }
  // register(func): the first annotation (get_type_hints) names the class.
  if (func || first.kind !== 'function') return undefined;
  const ann = first.annotations?.items;
  const cls = ann && ann.length >= 2 ? ann[1] : undefined;
  return cls && cls.kind === 'class' ? register(b, st, cls, first) : undefined;
}

/** A wrapper freed by its count: CPython keeps it as cyclic garbage with what it holds (file comment). */
export function singleDispatchDies(it: Interpreter, w: PyObj): void {
  const st = states.get(w);
  if (!st) return;
  it.heap.escape(st.registry);
  it.heap.escape(st.cacheHolder);
  it.unmodelledGarbage = true;
}
