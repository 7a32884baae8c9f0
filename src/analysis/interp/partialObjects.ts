// functools.partial objects (Modules/_functoolsmodule.c, 3.11-3.13).
//
// A partial holds its callable, a tuple of positional arguments and a dict
// of keywords (always a dict, empty when none), its own __dict__ once an
// attribute is stored (kept in `attrs` as '__dict__': partialMethod.ts), is GC-tracked, and when its
// callable is itself an exact partial without a __dict__, flattens it:
// partial(partial(f, a), b) holds f and (a, b).
//
// What a call adds while the callee runs (measured under CPython 3.11-3.13):
// - no stored keywords: partial_vectorcall passes the arguments on a C stack
//   of borrowed pointers; the callee's frame takes its own references, the
//   caller's value stack keeps the call's arguments.
// - stored keywords: the call falls back to tp_call. The call's positional
//   arguments get a tuple (_PyObject_MakeTpCall) and the call's keywords a
//   dict; partial_call concatenates the stored and given positionals into a
//   new tuple and copies the stored keywords into a new dict with the given
//   ones merged; calling a Python function through that tuple and dict
//   unpacks them onto a new stack with references of its own. So a given
//   keyword has three extra references while the callee runs, a stored one
//   two; a given positional two and a stored one one, plus one each when
//   both kinds are there (tuple_concat makes a new tuple only then).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** The builtinName of partial objects (the constructor is `functools.partial`). */
export const PARTIAL_OBJECT = 'partial.object';

/** partial(func, *args, **kwargs), the arguments borrowed; undefined when there is no callable. */
export function makePartial(b: Builtins, it: Interpreter, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): PyObj | undefined {
  const h = it.heap;
  const pos = { line: site.line, col: site.col };
  let func = args[0];
  if (!func || func.kind === 'unknown') return undefined;
  // An instance of a subclass of partial (`class Sub(partial)`), which the model does not build:
  // partial_new flattens any partial instance without a __dict__ (3.11 / 3.12 when its tp_call is
  // still partial_call, 3.13 always), taking its func, args and keywords rather than the instance;
  // what that instance holds is not known, so the call is not followed.
  if (func.kind === 'instance' && func.cls?.partialBase) return undefined;
  let storedArgs: PyObj[] = [];
  let storedKw: PyObj | undefined;
  let sharedArgs: PyObj | undefined;
  const given = args.slice(1);
  if (isPartial(func) && !func.dictObj && !func.attrs!.has('__dict__')) {
    const inner = func;
    func = inner.attrs!.get('func')!;
    storedArgs = inner.attrs!.get('args')!.items ?? [];
    storedKw = inner.attrs!.get('keywords');
    // No new positionals: the inner partial's tuple itself is shared.
    if (!given.length) sharedArgs = inner.attrs!.get('args');
  }
  const p = h.alloc('builtin', 'functools.partial', h.site(site.line, site.col, 'functools.partial', 'partial(…)'));
  p.builtinName = PARTIAL_OBJECT;
  p.tracked = true;
  const all = [...storedArgs, ...given];
  const tuple = sharedArgs ? h.incref(sharedArgs)! : all.length ? b.newSeq('tuple', all.map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple)!;
  const kw = b.newDict(pos);
  if (storedKw) b.dictUpdate(kw, storedKw);
  for (const [k, v] of kwargs) b.dictSet(kw, b.newStr(k, pos), h.incref(v)!);
  p.attrs = new Map([['func', h.incref(func)!], ['args', tuple], ['keywords', kw]]);
  for (const v of p.attrs.values()) b.noteStore(p, v);
  return p;
}

/** A partial's read-only members and its __dict__ slot: not stored in the __dict__. */
export const PARTIAL_MEMBERS: ReadonlySet<string> = new Set(['func', 'args', 'keywords', '__dict__']);

export function isPartial(o: PyObj): boolean {
  return o.kind === 'builtin' && o.builtinName === PARTIAL_OBJECT && !!o.attrs;
}

/**
 * p.func, p.args, p.keywords, p.__dict__ once made (a new reference), or an attribute stored in that
 * __dict__ (partialmethod's `__self__`); undefined for another name.
 */
export function partialAttr(p: PyObj, name: string, h: Interpreter['heap']): PyObj | undefined {
  if (PARTIAL_MEMBERS.has(name)) return h.incref(p.attrs?.get(name));
  const d = p.attrs?.get('__dict__');
  for (const e of d?.entries?.values() ?? []) if (e.key.kind === 'str' && e.key.value === name) return h.incref(e.value);
  return undefined;
}

/** p(*args, **kwargs), the arguments borrowed (the caller's value stack holds them). */
export function* callPartial(b: Builtins, it: Interpreter, p: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const func = p.attrs!.get('func')!;
  const stored = p.attrs!.get('args')!.items ?? [];
  const storedKw = [...(p.attrs!.get('keywords')!.entries?.values() ?? [])];
  // Stored keywords the call does not override, then the call's own.
  const given = new Set(kwargs.map(([k]) => k));
  const kept = storedKw.filter((e) => !given.has(String(e.key.value)));
  const callKw: [string, PyObj][] = [...kept.map((e): [string, PyObj] => [String(e.key.value), e.value]), ...kwargs];
  // The temporaries of the tp_call fallback (see the top of this file), held while the callee runs.
  const held: PyObj[] = [];
  if (storedKw.length) {
    // The stored and given positionals are concatenated into a new tuple only when both are there (tuple_concat returns the other one as it is).
    const concat = stored.length > 0 && args.length > 0 ? 1 : 0;
    for (const a of args) for (let k = 0; k < 2 + concat; k++) held.push(a);
    for (const a of stored) for (let k = 0; k < 1 + concat; k++) held.push(a);
    for (const [, v] of kwargs) held.push(v, v, v);
    for (const e of kept) held.push(e.value, e.value);
  } else if (func.kind === 'class' && !kwargs.length) {
    // A class has no vectorcall: partial_call runs (tp_call), with the call's positionals in a tuple
    // (_PyObject_MakeTpCall), concatenated to the stored ones only when both are there, and hands that
    // tuple (the stored one as it is) to type_call: __init__ gets the items as that tuple holds them.
    const concat = stored.length > 0 && args.length > 0 ? 1 : 0;
    for (const a of args) for (let k = 0; k < 1 + concat; k++) held.push(a);
    for (const a of stored) for (let k = 0; k < concat; k++) held.push(a);
    site = { ...site, exCallee: func, constPos: true };
  }
  for (const x of held) h.incref(x);
  try {
    return yield* it.callObject(func, [...stored, ...args].map((a) => h.incref(a)!), callKw.map(([k, v]) => [k, h.incref(v)!]), frame, site);
  } finally {
    for (const x of held) h.decref(x);
  }
}
