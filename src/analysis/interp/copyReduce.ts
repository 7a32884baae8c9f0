// copy.copy / copy.deepcopy of an instance whose class defines __reduce_ex__ or __reduce__, as
// Lib/copy.py (3.11-3.13) runs them (measured):
// - `reductor = getattr(x, "__reduce_ex__")`: a bound method holding x until copy() returns;
//   `rv = reductor(4)` runs the class's own __reduce_ex__(x, 4), or object.__reduce_ex__, which
//   calls the overridden __reduce__ through one more bound method (x held once more meanwhile).
// - a str rv: x itself; else `_reconstruct(x, memo, *rv)`: its frame holds x and rv's items
//   (3.11 also the argument tuple CALL_FUNCTION_EX built: starCallExtra), `y = func(*args)`
//   (deepcopy: the arguments deep-copied into a new tuple first, `memo[id(x)] = y` after), then
//   the state (deep-copied too) handed to `y.__setstate__(state)` or merged by
//   `y.__dict__.update(state)` (the instance's __dict__ made a real object).
// rv shapes the model does not follow (listitems / dictitems, a (state, slotstate) pair, a callable
// other than a class of the program) leave x, rv and the result open.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { knownClass } from './operators';

interface ReduceHook {
  fn: PyObj;
  /** The class's own __reduce_ex__ (else object.__reduce_ex__ calling the own __reduce__). */
  ex: boolean;
  /** fn is the class's own __getstate__, reached by object.__reduce_ex__'s reduce_newobj (no __reduce__ of its own). */
  getstate?: boolean;
}

/** A deepcopy in progress: the memo as copy.py writes it, and deepcopy(v, memo) (undefined when the model cannot follow v). */
export interface DeepReduce {
  set(o: PyObj, y: PyObj): void;
  copy(v: PyObj): PyObj | undefined;
}

/**
 * The class's own __reduce_ex__ / __reduce__ function copy.py's reductor reaches, for an instance of
 * classes all of the program (a class __getattr__ / __getattribute__ or __copy__ / __deepcopy__
 * answer first, or may: not this path).
 */
export function reduceHook(b: Builtins, x: PyObj): ReduceHook | undefined {
  const cls = x.cls;
  if (x.kind !== 'instance' || x.fuzzy || !cls || !knownClass(cls) || !cls.mroTuple!.items!.every((c) => !c.fuzzy)) return undefined;
  if (['__copy__', '__deepcopy__', '__getattr__', '__getattribute__'].some((n) => b.lookupClassAttr(cls, n))) return undefined;
  const ex = b.lookupClassAttr(cls, '__reduce_ex__');
  if (ex) return ex.kind === 'function' ? { fn: ex, ex: true } : undefined;
  const plain = b.lookupClassAttr(cls, '__reduce__');
  if (plain) return plain.kind === 'function' ? { fn: plain, ex: false } : undefined;
  // Neither overridden: object.__reduce_ex__(4) runs reduce_newobj, which calls an own __getstate__
  // for the state and gives (copyreg.__newobj__, (cls,), state, None, None). Only for a class whose
  // MRO is the program's classes over object (cls.__new__(cls) then a bare instance) and without
  // __getnewargs__ / __new__ hooks changing the arguments.
  const getstate = b.lookupClassAttr(cls, '__getstate__');
  if (getstate?.kind !== 'function') return undefined;
  if (['__getnewargs__', '__getnewargs_ex__', '__new__'].some((n) => b.lookupClassAttr(cls, n))) return undefined;
  if (cls.namedFields || cls.isException || cls.enumKind || cls.unknownBase || cls.foreignMeta) return undefined;
  if (!cls.mroTuple!.items!.every((c) => c.builtinName === 'object' || (c.classIR && !c.fuzzy))) return undefined;
  return { fn: getstate, ex: false, getstate: true };
}

/**
 * copy(x) / deepcopy(x) through the reduce protocol (x borrowed; `deep` for deepcopy): a new
 * reference, or undefined when the model cannot follow it (what the hook ran is done, and x, the
 * hook's answer and anything made from it are left open).
 */
export function* copyThroughReduce(b: Builtins, it: Interpreter, x: PyObj, hook: ReduceHook, frame: Frame, site: CallSite, deep?: DeepReduce): G<PyObj | undefined> {
  const h = it.heap;
  h.incref(x); // (the bound `reductor`, held until copy() / deepcopy() returns)
  try {
    if (hook.getstate) return yield* copyThroughGetstate(b, it, x, hook.fn, frame, site, deep);
    let rv: PyObj;
    if (hook.ex) rv = yield* it.callFromC(hook.fn, [x, b.smallInt(4n)], frame, site);
    else {
      h.incref(x); // (object.__reduce_ex__'s bound __reduce__)
      try {
        rv = yield* it.callFromC(hook.fn, [x], frame, site);
      } finally {
        h.decref(x);
      }
    }
    try {
      if (rv.kind === 'str' && rv.type === 'str') return h.incref(x)!;
      const y = yield* reconstruct(b, it, x, rv, frame, site, deep);
      if (!y) { h.escape(x); h.escape(rv); }
      return y;
    } finally {
      h.decref(rv);
    }
  } finally {
    h.decref(x);
  }
}

/**
 * reduce_newobj's path (x held by the caller and the reductor): `state = x.__getstate__()` through a
 * bound method (x once more during the call), then `_reconstruct(x, memo, __newobj__, (cls,), state)`:
 * its frame holds x and the state (3.11: the `*rv` tuple once more), rv's (cls,) holds the class,
 * `y = cls.__new__(cls)` a bare instance (no __init__), the state (deep-copied for deepcopy) handed
 * to `y.__setstate__(state)` or merged into y's __dict__. Undefined (x and the state left open) for
 * a state the model cannot hand over.
 */
function* copyThroughGetstate(b: Builtins, it: Interpreter, x: PyObj, getstate: PyObj, frame: Frame, site: CallSite, deep?: DeepReduce): G<PyObj | undefined> {
  const h = it.heap;
  const cls = x.cls!;
  h.incref(x); // (the bound __getstate__)
  let state: PyObj;
  try {
    state = yield* it.callFromC(getstate, [x], frame, site);
  } finally {
    h.decref(x);
  }
  try {
    const withState = state.kind !== 'none' ? state : undefined;
    const setstate = b.lookupClassAttr(cls, '__setstate__');
    if ((setstate && setstate.kind !== 'function') || (withState && !setstate && !stateDict(withState))) {
      h.escape(x);
      h.escape(state);
      return undefined;
    }
    // (the frame's own `state` is the reference st stands for below: deepcopy rebinds it to the copy)
    const held: PyObj[] = [cls];
    for (let i = 0; i <= it.vm.starCallExtra; i++) held.push(x);
    for (let i = 0; i < it.vm.starCallExtra; i++) held.push(state);
    for (const o of held) h.incref(o);
    try {
      const y = b.bareInstance(cls, { line: site.line, col: site.col });
      if (deep) deep.set(x, y);
      if (!withState) return y;
      const st = deep ? deep.copy(withState) : h.incref(withState)!;
      if (!st) { h.escape(y); return y; }
      try {
        if (setstate?.kind === 'function') h.decref(yield* it.callFromC(setstate, [y, st], frame, site));
        else if (y.kind === 'instance' && !y.fuzzy && y.attrs && !y.basePayload) b.dictUpdate(b.materializeDict(y, site), st);
        else { h.escape(y); h.escape(st); }
      } finally {
        h.decref(st);
      }
      return y;
    } finally {
      for (const o of held) h.decref(o);
    }
  } finally {
    h.decref(state);
  }
}

/** `_reconstruct(x, memo, *rv)`; undefined when rv has a shape the model does not follow (nothing run then). */
function* reconstruct(b: Builtins, it: Interpreter, x: PyObj, rv: PyObj, frame: Frame, site: CallSite, deep?: DeepReduce): G<PyObj | undefined> {
  const h = it.heap;
  if (rv.kind !== 'tuple' || rv.type !== 'tuple' || rv.fuzzy || !rv.items || rv.items.length < 2 || rv.items.length > 5) return undefined;
  const [func, args, state, listiter, dictiter] = rv.items;
  if ((listiter && listiter.kind !== 'none') || (dictiter && dictiter.kind !== 'none')) return undefined;
  if (func.kind !== 'class' || !func.classIR || func.fuzzy || func.foreignMeta || !knownClass(func)) return undefined;
  if (args.kind !== 'tuple' || args.type !== 'tuple' || args.fuzzy || !args.items) return undefined;
  const withState = state && state.kind !== 'none' ? state : undefined;
  const setstate = b.lookupClassAttr(func, '__setstate__');
  if (setstate && setstate.kind !== 'function') return undefined;
  if (withState && !setstate && !stateDict(withState)) return undefined;
  // (_reconstruct's frame: x and rv's items; on 3.11 also the argument tuple of `*rv`)
  const held: PyObj[] = [];
  for (let i = 0; i <= it.vm.starCallExtra; i++) held.push(x, ...rv.items);
  for (const o of held) h.incref(o);
  try {
    let y: PyObj;
    if (deep) {
      // `func(*(deepcopy(arg, memo) for arg in args))`: a new tuple of the copies.
      const copies: PyObj[] = [];
      for (const a of args.items) {
        const c = deep.copy(a);
        if (!c) { for (const o of copies) h.decref(o); return undefined; }
        copies.push(c);
      }
      y = yield* it.callObject(func, copies, [], frame, { ...site, exCallee: func, constPos: false });
      deep.set(x, y);
    } else {
      // `func(*args)` of rv's own tuple: its items have no caller reference of their own.
      y = yield* it.callObject(func, args.items.map((a) => h.incref(a)!), [], frame, { ...site, exCallee: func, constPos: true });
    }
    if (!withState) return y;
    const st = deep ? deep.copy(withState) : h.incref(withState)!;
    if (!st) { h.escape(y); return y; }
    try {
      const own = y.kind === 'instance' && !y.fuzzy ? b.lookupClassAttr(y.cls, '__setstate__') : undefined;
      if (own?.kind === 'function') {
        // `y.__setstate__(state)` (LOAD_METHOD: no bound method made)
        h.decref(yield* it.callFromC(own, [y, st], frame, site));
      } else if (y.kind === 'instance' && !y.fuzzy && y.attrs && !y.basePayload && stateDict(st)) {
        // `y.__dict__.update(state)`
        b.dictUpdate(b.materializeDict(y, site), st);
      } else {
        h.escape(y);
        h.escape(st);
      }
    } finally {
      h.decref(st);
    }
    return y;
  } finally {
    for (const o of held) h.decref(o);
  }
}

/** An exact dict of str keys (what `__dict__.update` takes as attribute names). */
function stateDict(s: PyObj): boolean {
  return s.kind === 'dict' && s.type === 'dict' && !s.fuzzy && !!s.entries
    && [...s.entries.values()].every((e) => e.key.kind === 'str' && e.key.type === 'str' && typeof e.key.value === 'string');
}
