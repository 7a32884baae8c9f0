// atexit.register / unregister (Modules/atexitmodule.c, the same in 3.11-3.13). Each callback
// is a C struct the model does not build, holding the function, a tuple of the extra positional
// arguments (PyTuple_GetSlice: the shared empty tuple when there are none) and the keyword dict
// the call made (none without keywords) until the interpreter exits: references from outside
// the heap graph (hiddenHolders). register returns the function itself. unregister drops every
// callback whose function compares equal (identity, or a bound method of the same function and
// the same instance), releasing what it held.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

interface Callback {
  func: PyObj;
  args: PyObj;
  kwargs?: PyObj;
}

interface Registry {
  callbacks: Callback[];
  /** A registration the model may or may not have seen (under an unknown condition, or past the bound). */
  open: boolean;
}

const REGISTRIES = new WeakMap<Builtins, Registry>();
const WHY = "atexit's callback list";

function registryOf(b: Builtins): Registry {
  let r = REGISTRIES.get(b);
  if (!r) REGISTRIES.set(b, (r = { callbacks: [], open: false }));
  return r;
}

function hold(o: PyObj): void {
  o.hiddenHolders += 1;
  o.hiddenWhy ??= WHY;
}

function release(call: BuiltinCall, o: PyObj | undefined): void {
  if (!o) return;
  o.hiddenHolders -= 1;
  call.h.decref(o);
}

/** `atexit.register(func, *args, **kwargs)`: the callback keeps func, the extra arguments and the keywords; func is returned. */
function registerImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, pos, unknownCall } = call;
  const reg = registryOf(b);
  const func = args[0];
  if (!func) throw it.raiseObj(b.cError('TypeError', pos), call.frame, true);
  // (whether it is callable decides a TypeError; a value the model does not know may be either)
  const callable = ['function', 'builtin', 'class', 'method'].includes(func.kind) || (func.kind === 'instance' && !!func.cls && !!b.lookupClassAttr(func.cls, '__call__'));
  if (!callable || it.inUncertainBranch() || reg.callbacks.length >= LIMITS.MAX_ATEXIT_CALLBACKS) {
    reg.open = true;
    return unknownCall();
  }
  const rest = args.slice(1).map((a) => h.incref(a)!);
  const tuple = rest.length ? b.newSeq('tuple', rest, pos) : h.incref(b.emptyTuple)!;
  let kw: PyObj | undefined;
  if (kwargs.length) {
    kw = b.newDict(pos);
    for (const [k, v] of kwargs) b.dictSet(kw, b.newStrImmortal(k), h.incref(v)!);
  }
  h.incref(func);
  for (const o of [func, tuple, kw]) if (o) hold(o);
  reg.callbacks.push({ func, args: tuple, kwargs: kw });
  return h.incref(func)!;
}

/** Whether `a == b` for unregister's comparison; undefined when it would run code the model does not decide. */
function sameCallable(bi: Builtins, a: PyObj, b: PyObj): boolean | undefined {
  if (a === b) return true;
  // (bound methods: the rule `==` uses, Builtins.hashKey — same self, equal function)
  if (a.kind === 'method' && b.kind === 'method') return bi.hashKey(a) === bi.hashKey(b);
  // (functions, builtins and classes compare by identity; an instance's own __eq__ is not run here)
  const plain = (o: PyObj): boolean => o.kind === 'function' || o.kind === 'builtin' || o.kind === 'method' || (o.kind === 'class' && !o.foreignMeta);
  return plain(a) && plain(b) ? false : undefined;
}

/** `atexit.unregister(func)`: every callback whose function equals func is dropped. */
function unregisterImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, unknownCall } = call;
  const reg = registryOf(b);
  const func = args[0];
  if (!func || args.length !== 1 || kwargs.length) return unknownCall();
  const eq = reg.callbacks.map((c) => sameCallable(b, c.func, func));
  if (reg.open || it.inUncertainBranch() || eq.some((x) => x === undefined)) {
    // (which callbacks go is not known: what they hold may or may not be released)
    for (const c of reg.callbacks) for (const o of [c.func, c.args, c.kwargs]) if (o) h.escape(o);
    reg.open = true;
    return unknownCall();
  }
  const kept: Callback[] = [];
  reg.callbacks.forEach((c, i) => {
    if (!eq[i]) { kept.push(c); return; }
    release(call, c.func);
    release(call, c.args);
    release(call, c.kwargs);
  });
  reg.callbacks = kept;
  return h.incref(b.none)!;
}

export const ATEXIT_IMPLS: [string, BuiltinImpl][] = [
  ['atexit.register', registerImpl],
  ['atexit.unregister', unregisterImpl],
];
