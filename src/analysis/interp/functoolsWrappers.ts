// functools.wraps / update_wrapper and functools.lru_cache (Lib/functools.py,
// Modules/_functoolsmodule.c, 3.11-3.13).
//
// wraps(fn) is partial(update_wrapper, wrapped=fn); update_wrapper copies
// fn's __dict__ items into the wrapper's __dict__ and sets
// `__wrapped__ = fn` there (the copied names and the docstring are shared
// strings; fn's own empty __dict__ and __annotations__ dicts stay untracked).
//
// lru_cache(maxsize)(fn) (fn a function, or a bound method: the
// per-instance cache) is a C _lru_cache_wrapper holding fn and a cache
// dict; update_wrapper gives it a __dict__ with __wrapped__ and the
// cache_parameters lambda (a function closing over two cells). The key of a
// call with one exact str or int argument is that argument, else the call's
// argument tuple itself; with keywords a new tuple of the arguments, kwd_mark
// and each keyword's name and value. With a bound, the dict maps the key to a list link
// (not a GC object) holding key and result, which the wrapper's tp_traverse
// visits (a cycle through a cached key or result is found by the collector:
// collector.ts), and a full cache drops its
// oldest link; maxsize=None maps the key to the result; maxsize=0 keeps nothing.
import { knownClass } from './operators';
import { makePartial } from './partialObjects';
import { isSingleDispatch } from './singleDispatch';
import { lookupKey } from './valueKeys';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import type { Heap } from './heap';

export const UPDATE_WRAPPER = 'functools.update_wrapper';
export const LRU_DECORATOR = 'functools.lru_cache()';
/** builtinName of a functools.cached_property object (its getter in `wrapped`; Builtins.getAttr runs it). */
export const CACHED_PROPERTY = 'functools.cached_property()';
export const LRU_WRAPPER = 'functools._lru_cache_wrapper';

/** wraps(fn): partial(update_wrapper, wrapped=fn); undefined when not followed. */
export function makeWraps(b: Builtins, it: Interpreter, fn: PyObj, site: CallSite): PyObj | undefined {
  return makePartial(b, it, [b.boundBuiltin(UPDATE_WRAPPER)], [['wrapped', fn]], site);
}

/** `owner.__dict__[k] = v` (v borrowed), as update_wrapper's dict update writes it: no descriptor runs. */
function storeInDict(b: Builtins, owner: PyObj, k: string, v: PyObj): void {
  const h = b.it.heap;
  const old = owner.attrs!.get(k);
  owner.attrs!.set(k, h.incref(v)!);
  b.noteStore(owner.dictObj ?? owner, v);
  h.decref(old);
}

/**
 * The `__dict__` a C wrapper object of functools keeps (update_wrapper writes into it): a new
 * tracked dict, empty, whose entries are `w`'s attributes. Owned by `w`.
 */
export function newWrapperDict(h: Heap, w: PyObj, site: CallSite, label: string): PyObj {
  const d = h.alloc('dict', 'dict', h.site(site.line, site.col, 'dict', label));
  d.attrs = new Map();
  d.tracked = true;
  w.attrs = d.attrs;
  w.dictObj = d;
  return d;
}

/** update_wrapper(wrapper, wrapped): the wrapper (owned), or undefined when not a function pair. */
export function updateWrapper(b: Builtins, it: Interpreter, wrapper: PyObj, wrapped: PyObj | undefined, site: CallSite): PyObj | undefined {
  if (!wrapped || (wrapper.kind !== 'function' && !isLruWrapper(wrapper) && !isSingleDispatch(wrapper))) return undefined;
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  if (wrapper.kind === 'function') b.functionDict(wrapper, pos);
  const set = (k: string, v: PyObj): void => storeInDict(b, wrapper, k, v);
  // A bound method gives its function's attributes (method_getattro): __dict__, __doc__, the names.
  const source = wrapped.kind === 'method' && wrapped.methodFunc?.kind === 'function' ? wrapped.methodFunc : wrapped;
  const cls = wrapped.kind === 'instance' ? wrapped.cls : undefined;
  // A callable instance of a plain class: getattr finds none of __name__ / __qualname__ /
  // __annotations__ on it, and its __dict__ (the attributes) is copied like a function's.
  const plainInstance = !!cls && knownClass(cls) && !!wrapped.attrs
    && ['__getattr__', '__getattribute__', '__name__', '__qualname__', '__annotations__'].every((n) => !b.lookupClassAttr(cls, n));
  if (source.kind === 'function' || plainInstance) for (const [k, v] of [...(source.attrs ?? new Map<string, PyObj>())]) set(k, v);
  else if (wrapped.kind !== 'builtin') h.escape(wrapped);
  // setattr(wrapper, '__doc__', wrapped.__doc__): a function's func_doc slot, else the wrapper's __dict__.
  const doc = source.kind === 'function' ? source.doc : undefined;
  if (wrapper.kind === 'function' && source.kind === 'function') {
    const old = wrapper.doc;
    wrapper.doc = h.incref(doc);
    h.decref(old);
  } else if (doc) set('__doc__', doc);
  set('__wrapped__', wrapped);
  return h.incref(wrapper)!;
}

/**
 * update_wrapper(wrapper, wrapped) with an instance of a program class as the wrapper (a class
 * used as a decorator, `functools.update_wrapper(self, func)` in its __init__): setattr of each
 * WRAPPER_ASSIGNMENTS name read from the function, its __dict__'s items into the instance's,
 * then `__wrapped__`. Undefined when not that pair (the caller goes the unknown way).
 */
export function* updateInstanceWrapper(b: Builtins, it: Interpreter, wrapper: PyObj | undefined, wrapped: PyObj | undefined, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const cls = wrapper?.cls;
  if (!wrapper || !wrapped || wrapped.kind !== 'function' || wrapper.kind !== 'instance' || !cls || !knownClass(cls) || !wrapper.attrs
    || ['__setattr__', '__getattribute__', '__slots__'].some((n) => b.lookupClassAttr(cls, n))) return undefined;
  const h = it.heap;
  const names = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
  if (it.vm.wrapperCopiesTypeParams) names.push('__type_params__');
  for (const n of names) yield* b.setAttr(wrapper, n, yield* b.getAttr(wrapped, n, frame, site), frame);
  // wrapper.__dict__.update(wrapped.__dict__): straight into the dict, no descriptor runs.
  for (const [k, v] of [...(wrapped.attrs ?? new Map<string, PyObj>())]) storeInDict(b, wrapper, k, v);
  yield* b.setAttr(wrapper, '__wrapped__', h.incref(wrapped)!, frame);
  return h.incref(wrapper)!;
}

/** lru_cache(fn) / lru_cache(maxsize[, typed]): the wrapper or the decorator; undefined when not followed. */
export function lruCache(b: Builtins, it: Interpreter, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): PyObj | undefined {
  const h = it.heap;
  const kw = new Map(kwargs);
  const typed = args[1] ?? kw.get('typed') ?? b.falseObj;
  if (kwargs.some(([k]) => k !== 'maxsize' && k !== 'typed') || (typed !== b.falseObj && typed !== b.trueObj)) return undefined;
  if (args.length === 1 && isCacheable(args[0]) && !kwargs.length) return makeLruWrapper(b, it, args[0], 128, site);
  const m = args[0] ?? kw.get('maxsize') ?? h.incref(b.smallInt(128n));
  if (args.length > 2 || (m.kind !== 'none' && typeof m.value !== 'bigint')) return undefined;
  const d = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', 'lru_cache decorator'));
  d.builtinName = LRU_DECORATOR;
  d.maxlen = m.kind === 'none' ? Infinity : Math.max(0, Number(m.value));
  d.tracked = true;
  // decorating_function closes over maxsize (the argument itself; 0 for a negative one) and typed:
  // each wrapper's cache_parameters lambda shares these cells (measured 3.11-3.13: +1 for maxsize)
  const kept = m.kind === 'int' && (m.value as bigint) < 0n ? b.smallInt(0n) : m;
  d.closure = b.newSeq('tuple', [kept, typed].map((v) => { const c = b.newCell(site.line); c.cellValue = h.incref(v); return c; }), { line: site.line, col: site.col });
  if (typed === b.trueObj) TYPED.add(d);
  return d;
}

/** lru_cache decorators and wrappers made with typed=True (keys hold each argument's type too). */
const TYPED = new WeakSet<PyObj>();

/** Whether the wrapper (or decorator) was made with typed=True. */
export function isTypedLru(o: PyObj): boolean {
  return TYPED.has(o);
}

/**
 * What lru_cache wraps here: a Python function, or a method bound to one (the
 * per-instance cache, `lru_cache(maxsize=n)(self.method)`: the wrapper holds
 * the bound method, as its func and as __wrapped__).
 */
export function isCacheable(fn: PyObj): boolean {
  return fn.kind === 'function' || (fn.kind === 'method' && !!fn.methodSelf && fn.methodFunc?.kind === 'function');
}

export function makeLruWrapper(b: Builtins, it: Interpreter, fn: PyObj, maxsize: number, site: CallSite, typed = false, decoratorCells?: PyObj[]): PyObj {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const w = h.alloc('builtin', LRU_WRAPPER, h.site(site.line, site.col, LRU_WRAPPER, 'lru_cache wrapper'));
  w.builtinName = LRU_WRAPPER;
  w.tracked = true;
  w.maxlen = maxsize;
  w.iterFunc = h.incref(fn);
  if (typed) TYPED.add(w);
  const cache = b.newDict(pos);
  w.items = [cache];
  // update_wrapper's __dict__, and cache_parameters: a lambda closing over maxsize and typed.
  const d = newWrapperDict(h, w, site, 'lru_cache wrapper.__dict__');
  const lam = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', 'cache_parameters'));
  lam.builtinName = 'functools.cache_parameters';
  lam.tracked = true;
  // (a decorator's own cells when it made the wrapper: the maxsize object it was given)
  const cells = decoratorCells?.map((c) => h.incref(c)!)
    ?? [maxsize === Infinity ? b.none : b.newInt(BigInt(maxsize), pos), b.bool(typed)].map((v) => { const c = b.newCell(site.line); c.cellValue = v; return c; });
  lam.closure = b.newSeq('tuple', cells, pos);
  d.attrs!.set('cache_parameters', lam);
  b.noteStore(d, lam);
  h.decref(updateWrapper(b, it, w, fn, site));
  return w;
}

export function isLruWrapper(o: PyObj): boolean {
  return o.builtinName === LRU_WRAPPER && !!o.items;
}

/**
 * A bounded cache's links (its dict's values): `_lru_list_elem`s are not GC
 * objects, but the wrapper's tp_traverse visits each link's key and result.
 */
export function lruLinks(w: PyObj): PyObj[] {
  if (w.maxlen === Infinity) return [];
  return [...(w.items?.[0]?.entries?.values() ?? [])].map((e) => e.value).filter((v) => v.type === '_lru_list_elem');
}

/** The caller's tuple that is `callee`'s argument tuple at this site, when it holds exactly `args`. */
function callersArgsTuple(site: CallSite, callee: PyObj, args: PyObj[]): PyObj | undefined {
  const t = site.exCallee === callee ? site.argsTuple : undefined;
  return t && t.alive && t.items?.length === args.length && t.items.every((x, i) => x === args[i]) ? t : undefined;
}

/** A call of the wrapper with borrowed arguments: the cached or computed result (owned). */
export function* callLru(b: Builtins, it: Interpreter, w: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  const cache = w.items![0];
  const fn = w.iterFunc!;
  const maxsize = w.maxlen ?? 128;
  // The call's argument tuple (the wrapper is called through tp_call): `f(*t)` passes t itself.
  const given = callersArgsTuple(site, w, args);
  const argTuple = given ? h.incref(given)! : args.length ? b.newSeq('tuple', args.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
  let ownKey: PyObj | undefined;
  try {
    // The call came through tp_call: with keywords a kwargs dict holds their values, and calling fn with it
    // (_PyStack_UnpackDict) makes an array holding every argument once more while fn runs.
    const kwValues = kwargs.map(([, v]) => v);
    const held = kwargs.length ? [...kwValues, ...args, ...kwValues] : [];
    const callFn = function* (): G<PyObj> {
      for (const x of held) h.incref(x);
      try {
        return yield* it.callFromC(fn, args, frame, site, kwargs);
      } finally {
        for (const x of held) h.decref(x);
      }
    };
    if (maxsize === 0) return yield* callFn();
    // lru_cache_make_key: one exact str / int positional argument is its own key; no keywords, the
    // argument tuple; with keywords a new tuple `args + (kwd_mark,) + (name, value, ...)` in the call's order.
    // typed=True: always a new tuple, ending with the type of each argument, then of each keyword value.
    const typed = TYPED.has(w);
    const one = !typed && args.length === 1 && !kwargs.length && (args[0].kind === 'str' || (args[0].kind === 'int' && !args[0].cls));
    if (kwargs.length || typed) {
      const types = typed ? [...args, ...kwargs.map(([, v]) => v)].map((x) => b.classOf(x)) : [];
      if (types.some((t) => !t)) return undefined;
      const marked = kwargs.length ? [kwdMark(h), ...kwargs.flatMap(([k, v]) => [b.newStrImmortal(k), v])] : [];
      ownKey = b.newSeq('tuple', [...args, ...marked, ...(types as PyObj[])].map((x) => h.incref(x)!), pos);
    }
    const key = ownKey ?? (one ? args[0] : argTuple);
    yield* lookupKey(b, key, frame);
    // Unknown values, and unhashable ones (TypeError in CPython), are left to the unknown-call path.
    const unhashable = (x: PyObj): boolean => ['list', 'dict', 'set', 'unknown'].includes(x.kind) || (x.kind === 'tuple' && (x.items ?? []).some(unhashable));
    if (key.fuzzy || (one && key.value === undefined) || unhashable(key)) return undefined;
    const hit = b.dictGet(cache, key);
    if (hit) {
      // Most recently used: last in the order eviction reads.
      cache.entries!.delete(b.hashKey(hit.key));
      cache.entries!.set(b.hashKey(hit.key), hit);
      return h.incref(maxsize === Infinity ? hit.value : hit.value.items![1])!;
    }
    const result = yield* callFn();
    if (b.dictGet(cache, key)) return result;
    if (maxsize === Infinity) {
      b.dictSet(cache, h.incref(key)!, h.incref(result)!);
      return result;
    }
    if (cache.entries!.size >= maxsize) {
      const [hk, oldest] = [...cache.entries!.entries()][0];
      cache.entries!.delete(hk);
      h.decref(oldest.key);
      h.decref(oldest.value);
    }
    const link = h.alloc('tuple', '_lru_list_elem', h.site(site.line, site.col, '_lru_list_elem', 'lru link'));
    link.items = [h.incref(key)!, h.incref(result)!];
    link.tracked = false;
    b.dictSet(cache, h.incref(key)!, link);
    return result;
  } finally {
    h.decref(ownKey);
    h.decref(argTuple);
  }
}

/** _functools' kwd_mark: the object() separating a key's positional part from its keywords (never freed). */
const KWD_MARKS = new WeakMap<Heap, PyObj>();
function kwdMark(h: Heap): PyObj {
  let m = KWD_MARKS.get(h);
  if (!m) KWD_MARKS.set(h, (m = h.external('builtin', 'object', 'functools kwd_mark')));
  return m;
}

/** wrapper.cache_clear(). */
export function lruClear(it: Interpreter, w: PyObj): void {
  const cache = w.items![0];
  const old = [...cache.entries!.values()];
  cache.entries = new Map();
  for (const e of old) { it.heap.decref(e.key); it.heap.decref(e.value); }
  it.recorder.noteStore();
}
