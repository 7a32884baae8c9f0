// typing.overload and its registry (3.11+, typing.py):
//
//   def overload(func):
//       f = getattr(func, "__func__", func)
//       _overload_registry[f.__module__][f.__qualname__][f.__code__.co_firstlineno] = func
//       return _overload_dummy
//
// So each stub is kept by a dict inside typing (a reference the model does not build:
// hiddenHolders), one entry per (module, qualname, first line): running the same `def` again
// replaces the entry, in place. The undecorated implementation that rebinds the name is not
// registered. `get_overloads(func)` gives a new list of the stubs registered under func's module
// and qualname (in registration order) and keeps nothing; `clear_overloads()` empties the registry.
import type { Builtins } from './builtins';
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

/** The stubs registered so far, by qualname (the program's own module only), then by first line. */
interface Registry {
  byName: Map<string, Map<number, PyObj>>;
  size: number;
  /** A registration the model could not key, or one made where it may not have happened: what get_overloads gives is not known. */
  open: boolean;
}

const REGISTRIES = new WeakMap<Builtins, Registry>();

function registryOf(b: Builtins): Registry {
  let r = REGISTRIES.get(b);
  if (!r) REGISTRIES.set(b, (r = { byName: new Map(), size: 0, open: false }));
  return r;
}

const WHY = "typing's overload registry (_overload_registry)";

/**
 * The registry key of a plain function of the program's main module: its qualname and
 * co_firstlineno; undefined when not known (exec'd code with its own globals, a `__qualname__`
 * or `__code__` the program replaced).
 */
function keyOf(f: PyObj): { name: string; line: number } | undefined {
  if (f.kind !== 'function' || !f.fn || f.fnGlobals || f.fuzzy) return undefined;
  if (f.attrs?.has('__qualname__') || f.attrs?.has('__code__') || f.attrs?.has('__module__')) return undefined;
  return { name: f.fn.qualname, line: f.fn.line };
}

/** `typing.overload(func)`: func kept by the registry; the result is typing's shared `_overload_dummy`. */
function overloadImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, unknownCall } = call;
  const reg = registryOf(b);
  const func = args[0];
  const key = args.length === 1 && !kwargs.length ? keyOf(func) : undefined;
  // (under a condition of unknown direction the entry may or may not be made)
  if (!key || it.inUncertainBranch() || reg.size >= LIMITS.MAX_OVERLOAD_STUBS) {
    reg.open = true;
    return unknownCall();
  }
  let lines = reg.byName.get(key.name);
  if (!lines) reg.byName.set(key.name, (lines = new Map()));
  const old = lines.get(key.line);
  h.incref(func);
  func.hiddenHolders += 1;
  func.hiddenWhy ??= WHY;
  lines.set(key.line, func);
  if (old) {
    old.hiddenHolders -= 1;
    h.decref(old);
  } else reg.size += 1;
  const dummy = h.external('unknown', 'object', 'module:typing._overload_dummy');
  dummy.fuzzy = true;
  dummy.moduleName = 'typing._overload_dummy';
  return dummy;
}

/** `typing.get_overloads(func)`: a new list of the stubs registered under func's (or a bound method's function's) name. */
function getOverloadsImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, pos, unknownCall } = call;
  const reg = registryOf(b);
  const arg = args[0];
  // (getattr(func, "__func__", func): a bound method's function)
  const f = arg?.kind === 'method' && arg.methodFunc?.kind === 'function' ? arg.methodFunc : arg;
  const key = args.length === 1 && !kwargs.length && !reg.open && f ? keyOf(f) : undefined;
  if (!key) return unknownCall();
  const stubs = [...(reg.byName.get(key.name)?.values() ?? [])];
  return b.newSeq('list', stubs.map((s) => h.incref(s)!), pos);
}

/** `typing.clear_overloads()`: the registry's dicts emptied, each stub's reference released. */
function clearOverloadsImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const reg = registryOf(b);
  const all = [...reg.byName.values()].flatMap((lines) => [...lines.values()]);
  if (args.length || kwargs.length || call.it.inUncertainBranch()) {
    // (the stubs may or may not be released)
    for (const s of all) h.escape(s);
    reg.open = true;
    return unknownCall();
  }
  // (the registry is empty for sure now, whatever it held before)
  reg.byName = new Map();
  reg.size = 0;
  reg.open = false;
  for (const s of all) {
    s.hiddenHolders -= 1;
    h.decref(s);
  }
  return b.none;
}

export const TYPING_OVERLOAD_IMPLS: [string, BuiltinImpl][] = [
  ['typing.overload', overloadImpl],
  ['typing.get_overloads', getOverloadsImpl],
  ['typing.clear_overloads', clearOverloadsImpl],
];
