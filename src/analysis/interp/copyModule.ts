// copy.copy as copy.py does it for the values the analysis models: lists,
// dicts and sets through their own copy(), immutable values returned as they
// are, and plain instances through object.__reduce_ex__(4): the state is the
// instance's __dict__ (materialised, unless empty), the copy is made by
// cls.__new__ and filled by `y.__dict__.update(state)` (its dict materialised
// too). Anything else (__copy__, __reduce__, __getstate__, slots, unknown
// bases) is left to the caller as unknown.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { knownClass } from './operators';

const IMMUTABLE = new Set(['int', 'float', 'complex', 'str', 'bytes', 'bool', 'none', 'ellipsis', 'tuple', 'frozenset', 'range', 'slice', 'function', 'class', 'builtin', 'property', 'weakref']);

/** The owned result of copy.copy(x), or undefined when copy.py would do something not modelled here. */
export function* shallowCopy(b: Builtins, it: Interpreter, x: PyObj, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  if (x.fuzzy && x.kind !== 'class' && x.kind !== 'function') return undefined;
  if (IMMUTABLE.has(x.kind) && !(x.kind === 'tuple' && x.cls)) return h.incref(x)!;
  if ((x.kind === 'list' || x.kind === 'dict' || x.kind === 'set') && x.type === x.kind) {
    const copy = yield* b.loadMethod(x, 'copy', frame, site);
    try {
      return yield* it.callObject(copy.func, copy.self ? [copy.self] : [], [], frame, site);
    } finally {
      h.decref(copy.func);
    }
  }
  if (x.kind !== 'instance' || !x.cls || !x.attrs || x.slots || !knownClass(x.cls)) return undefined;
  const custom = ['__copy__', '__reduce_ex__', '__reduce__', '__getstate__', '__setstate__', '__new__', '__getattr__', '__getattribute__'];
  if (custom.some((m) => b.lookupClassAttr(x.cls, m))) return undefined;
  const y = h.alloc('instance', x.type, h.site(site.line, site.col, x.type, `copy of ${x.type}`));
  y.cls = h.incref(x.cls);
  y.tracked = true;
  y.attrs = new Map();
  if (x.attrs.size) {
    // The state is x.__dict__; `y.__dict__.update(state)` materialises y's dict as well.
    const state = yield* b.getAttr(x, '__dict__', frame, site);
    const target = yield* b.getAttr(y, '__dict__', frame, site);
    for (const [k, v] of x.attrs) {
      y.attrs.set(k, h.incref(v)!);
      b.noteStore(y, v);
    }
    h.decref(target);
    h.decref(state);
  }
  return y;
}
