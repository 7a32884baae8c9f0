// functools.singledispatchmethod (Lib/functools.py), measured on 3.11-3.13 with sys.getrefcount:
// - singledispatchmethod(func) keeps `dispatcher = singledispatch(func)` (singleDispatch.ts) and
//   `func`; `register(cls, method=None)` is `dispatcher.register(cls, func=method)`.
// - `obj.meth` runs __get__(obj, cls): a new closure `_method` holding obj and cls (and the
//   descriptor, ≤3.12; the dispatcher's `dispatch` function and the name, 3.13), with `register`
//   (a bound method of the descriptor) and update_wrapper's `__wrapped__` (func) in its __dict__.
//   3.13 also caches it in a WeakKeyDictionary keyed by obj (`sdMethodCache`): the cached closure
//   holds obj, so obj keeps one more reference for as long as the class lives, and a second
//   `obj.meth` is the same closure.
// - `_method(*args)` dispatches on `args[0].__class__` (cached by the dispatcher) and calls the
//   implementation bound to obj with *args: while it runs, its argument is held by _method's args
//   tuple (the caller's reference, moved there), obj by the bound method.
// What the closure and the cache bring to a garbage cycle (cells, closure tuple, dicts, weakref
// machinery) is not built: a collection that frees them leaves its count open (collector.ts).
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { CallSite, G, Interpreter } from './interpreter';
import { LeftLibraryFrame, throughLibraryFrame } from './libraryFrames';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';
import { findImplementation, makeSingleDispatch, singleDispatchHelper } from './singleDispatch';

export const SD_METHOD = 'functools.singledispatchmethod';
/** The `_method` closure __get__ makes (called through its builtinName). */
export const SD_METHOD_CLOSURE = 'functools.singledispatchmethod._method';

export function isSdMethod(o: PyObj | undefined): boolean {
  return !!o && o.builtinName === SD_METHOD && !!o.attrs?.get('dispatcher');
}

/** An object of this model whose garbage brings objects the model does not build. */
export function sdMethodBringsUnbuilt(o: PyObj): boolean {
  return o.builtinName === SD_METHOD_CLOSURE || o.builtinName === `${SD_METHOD}._method_cache`;
}

/** singledispatchmethod(func): the descriptor (owned), or an unknown call when func is not a Python function. */
function sdMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, site, pos, unknownCall } = call;
  const func = args[0];
  const dispatcher = args.length === 1 && !kwargs.length ? makeSingleDispatch(b, it, func, site) : undefined;
  if (!dispatcher) return unknownCall();
  const d = h.alloc('builtin', 'singledispatchmethod', h.site(pos.line, pos.col, 'singledispatchmethod', 'singledispatchmethod(…)'));
  d.builtinName = SD_METHOD;
  d.tracked = true;
  d.attrs = new Map([['dispatcher', dispatcher], ['func', h.incref(func)!]]);
  if (it.vm.sdMethodCache) {
    const cache = h.alloc('builtin', 'WeakKeyDictionary', h.site(pos.line, pos.col, 'WeakKeyDictionary', '_method_cache'));
    cache.builtinName = `${SD_METHOD}._method_cache`;
    cache.tracked = true;
    cache.items = [];
    d.attrs.set('_method_cache', cache);
  }
  return d;
}

/** Reading the descriptor itself (through the class's __dict__, or in the class body: `@fmt.register`). */
export function sdMethodAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  if (name === 'register') return { method: `${SD_METHOD}.register` };
  const v = name === 'dispatcher' || name === 'func' ? o.attrs!.get(name) : undefined;
  return v ? { value: b.it.heap.incref(v)! } : undefined;
}

/** descriptor.register(cls, method=None) = dispatcher.register(cls, func=method). */
function sdRegisterImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, site, unknownCall } = call;
  const reg = args[0]?.attrs?.get('dispatcher')?.attrs?.get('register');
  const method = args[2] ?? kwargs.find(([k]) => k === 'method')?.[1];
  if (!reg || args.length < 2 || args.length > 3 || kwargs.some(([k]) => k !== 'method')) return unknownCall();
  return singleDispatchHelper(b, reg, method ? [args[1], method] : [args[1]], site) ?? unknownCall();
}

/** descriptor.__get__(obj, cls) for an instance: the `_method` closure (owned), or undefined when not followed. */
export function sdMethodGet(b: Builtins, it: Interpreter, d: PyObj, obj: PyObj, site: CallSite): PyObj | undefined {
  const h = it.heap;
  const cls = b.classOf(obj);
  const cache = d.attrs!.get('_method_cache');
  // (3.13: an object that cannot be weakly referenced turns the cache off for good — not followed)
  if (!cls || (cache && (obj.kind !== 'instance' || obj.slots))) return undefined;
  const cached = cache?.items!.find((m) => m.items?.[0] === obj);
  if (cached) return h.incref(cached)!;
  const dispatcher = d.attrs!.get('dispatcher')!;
  const m = h.alloc('builtin', 'function', h.site(site.line, site.col, 'function', '_method'));
  m.builtinName = SD_METHOD_CLOSURE;
  m.tracked = true;
  // (cells: cls, and the descriptor ≤3.12 / its dispatch function 3.13; in __dict__: register bound
  // to the descriptor, __wrapped__)
  const dispatch = dispatcher.attrs?.get('dispatch');
  const held = [cls, cache ? dispatch : d, d, d.attrs!.get('func')].filter((x): x is PyObj => !!x);
  m.items = [obj, ...held].map((x) => h.incref(x)!);
  m.attrs = new Map([['descriptor', h.incref(d)!]]);
  if (cache) {
    cache.items!.push(h.incref(m)!);
    b.noteStore(cache, m);
  }
  return m;
}

/** _method(*args): the dispatched implementation bound to obj, called with args (a new reference), or an unknown call. */
function* sdMethodCallImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, func, args, kwargs, frame, site, unknownCall } = call;
  const d = func.attrs?.get('descriptor');
  const obj = func.items?.[0];
  const dispatch = d?.attrs?.get('dispatcher')?.attrs?.get('dispatch');
  if (!d || !obj || !dispatch || !args.length || kwargs.length || func.fuzzy) return unknownCall();
  const impl = findImplementation(b, dispatch, args[0]);
  // (a staticmethod / classmethod implementation binds differently: not followed)
  if (!impl || impl.kind !== 'function') return unknownCall();
  // (the caller's references moved into _method's *args tuple; the bound method impl.__get__(obj, cls) holds impl and obj)
  h.incref(impl);
  h.incref(obj);
  // An exception out of the implementation leaves _method's frame, whose traceback entry keeps
  // its args tuple and kwargs dict, the closure itself (f_funcobj: obj through its cell) and,
  // ≤3.12, the `method` local (the implementation).
  const methodFrame = (): LeftLibraryFrame => {
    const argsTuple = b.newSeq('tuple', args.map((a) => h.incref(a)!), site);
    const kw = b.newDict(site);
    const locals: [string, PyObj][] = [['args', argsTuple], ['kwargs', kw], ['(function)', func]];
    if (!d.attrs?.get('_method_cache')) locals.push(['method', impl]);
    return { qualname: 'singledispatchmethod.__get__.<locals>._method', locals, made: [argsTuple, kw] };
  };
  try {
    return yield* throughLibraryFrame(it, frame, methodFrame, () => it.callFromC(impl, [obj, ...args], frame, site));
  } finally {
    h.decref(obj);
    h.decref(impl);
  }
}

export const SD_METHOD_IMPLS: [string, BuiltinImpl][] = [
  [SD_METHOD, sdMethodImpl],
  [`${SD_METHOD}.register`, sdRegisterImpl],
  [SD_METHOD_CLOSURE, sdMethodCallImpl],
];
