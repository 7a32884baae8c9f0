// What locals() / vars() return, by the kind of frame they run in:
// - a function: the frame's cached dict, refreshed on each call and kept by
//   the frame until it returns (≤3.12), or a new snapshot (3.13+, PEP 667);
//   from 3.12 an inlined comprehension's variables are in it (PEP 709);
// - a list / set / dict comprehension ≤3.11: its own function frame's cached
//   dict ({'.0': iterator, its variables, the names it uses from outside});
// - a class body: the class namespace itself (no copy, on every version),
//   which type() copies into the class's __dict__ afterwards.
import type { Builtins } from './builtins';
import type { CompFrame, Frame } from './frame';
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

/** locals() / vars() run in `frame` (`called`), or a frame object's f_locals read from outside it. */
export function localsDict(b: Builtins, it: Interpreter, frame: Frame, pos: Pos, called = true): PyObj {
  const h = it.heap;
  const comp = frame.compFrames[frame.compFrames.length - 1];
  if (called && comp && !it.vm.inlinedComprehensions) return compLocals(b, it, frame, comp, pos);
  if (frame.kind === 'class') return classNamespace(b, it, frame, pos);
  const fill = (d: PyObj): void => {
    for (const [k, v] of frame.locals) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
    for (const [k, c] of frame.cells) if (c.cellValue) b.dictSet(d, b.newStr(k, pos), h.incref(c.cellValue)!);
    // (a comprehension's variables hide the function's of the same name while it runs)
    for (const scope of frame.compScopes) for (const [k, v] of scope) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
  };
  if (it.vm.localsIsFrameCache) {
    // ≤3.12: the frame's cached dict, kept by the frame object until the function returns.
    const fo = it.frameObject(frame);
    fo.localsCache ??= b.newDict(pos);
    refill(b, fo.localsCache, fill);
    return h.incref(fo.localsCache)!;
  }
  const d = b.newDict(pos);
  fill(d);
  return d;
}

/**
 * globals(), and locals() / vars() at module level: the module's __dict__, whose items are the
 * global variables themselves (a read, store or delete by a known name is theirs). The module
 * and its functions (__globals__) hold it, which the model does not count: its own count stays
 * open and it is never freed. It is no holder beside the names (not in the heap's live set,
 * not a collector candidate), and code the model does not follow that gets it reaches every
 * global (escape through its items).
 */
export function moduleNamespace(it: Interpreter, pos: Pos): PyObj {
  const h = it.heap;
  if (!it.moduleDict) {
    const d = h.allocOutsideLive('dict', 'dict', h.site(pos.line, pos.col, 'dict', 'globals()'));
    d.attrs = it.globals;
    h.fuzz(d);
    it.moduleDict = d;
  }
  return h.incref(it.moduleDict)!;
}

/** The cached dict emptied and filled anew (PyFrame_FastToLocals: names now unbound leave it). */
function refill(b: Builtins, d: PyObj, fill: (d: PyObj) => void): void {
  const h = b.it.heap;
  const old = [...d.entries!.values()];
  d.entries = new Map();
  for (const e of old) { h.decref(e.key); h.decref(e.value); }
  fill(d);
}

/**
 * ≤3.11, inside a comprehension: its own frame's cached dict, held by that frame until the
 * comprehension ends (releaseCompFrame): `.0`, its loop variables and cells, and the names
 * it uses from the enclosing function (its free variables: CodeIR.freeVars).
 */
function compLocals(b: Builtins, it: Interpreter, frame: Frame, comp: CompFrame, pos: Pos): PyObj {
  const h = it.heap;
  const outer = frame.compScopes.slice(0, frame.compScopes.indexOf(comp.scope)).reverse();
  const outside = (name: string): PyObj | undefined => {
    for (const scope of outer) { const v = scope.get(name); if (v) return v; }
    return frame.cells.get(name)?.cellValue ?? frame.locals.get(name);
  };
  comp.localsCache ??= b.newDict(pos);
  refill(b, comp.localsCache, (d) => {
    const put = (k: string, v: PyObj | undefined): void => { if (v) b.dictSet(d, b.newStr(k, pos), h.incref(v)!); };
    put('.0', comp.iter);
    for (const [k, v] of comp.scope) put(k, v);
    for (const k of comp.code.cellVars) put(k, frame.cells.get(k)?.cellValue);
    for (const k of comp.code.freeVars) put(k, outside(k));
  });
  return h.incref(comp.localsCache)!;
}

/** The comprehension's frame ends: its cached locals dict loses the frame's reference. */
export function releaseCompFrame(it: Interpreter, comp: CompFrame): void {
  const d = comp.localsCache;
  comp.localsCache = undefined;
  comp.iter = undefined;
  it.heap.decref(d);
}

/**
 * A class body's namespace as a dict object: made when first asked for, holding the body's
 * variables (its attribute map is the frame's `locals`), with one reference from the frame
 * (f_locals) and one from __build_class__, which drops it once the class is made
 * (endClassNamespace).
 */
function classNamespace(b: Builtins, it: Interpreter, frame: Frame, pos: Pos): PyObj {
  const h = it.heap;
  if (!frame.nsDict) {
    const d = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${frame.qualname} namespace`));
    d.attrs = frame.locals;
    d.tracked = true;
    h.incref(d);
    frame.nsDict = d;
    for (const v of frame.locals.values()) it.recorder.noteEdge(d, v);
  }
  return h.incref(frame.nsDict)!;
}

/**
 * type(name, bases, ns) copies the namespace: when the body asked for it as a dict, the class
 * gets new references to its values (the dict keeps its own) and __build_class__ drops its
 * reference once the class exists. Returns the map the class takes over.
 */
export function classNamespaceCopy(it: Interpreter, body: Frame): Map<string, PyObj> {
  if (!body.nsDict) return body.locals;
  const copy = new Map(body.locals);
  for (const v of copy.values()) it.heap.incref(v);
  return copy;
}
