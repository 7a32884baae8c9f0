// The code object of a def or lambda of the file (`f.__code__`, `gen.gi_code`) and its
// `co_consts` tuple (Objects/codeobject.c, Python/compile.c).
//
// One code object per def: the compiler makes it once and the enclosing code's co_consts holds it
// for as long as the program runs; MAKE_FUNCTION gives every function made from the def that same
// object (func_code), every frame running it holds it (f_code / f_executable), and a generator
// or coroutine holds it until it is freed (3.11: gi_code, and its frame once more until the frame
// finishes; 3.12+: only its embedded frame's, kept past the end). Code objects are
// not tracked by the collector. The model makes it when first asked for, with the references
// already there counted, and from then on functions, frames and (3.11) generators take theirs.
//
// co_consts is one tuple the code holds. Its items' order is the compiler's (the docstring or
// None first, then first use, measured on 3.11-3.13) and is not modelled: its items are unknown.
// The compiler merges equal constant tuples across the whole file, co_consts tuples included
// (`(None,)` is one object for every function that has no other constant): its count is known
// only when it certainly differs from every other code object's co_consts and every tuple
// constant (uniqueConsts); otherwise it may be any of those tuples, whose counts are then open.
import type { FunctionIR } from '../ir/irTypes';
import { constKey } from '../ir/constants';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';

type Site = { line: number; col: number };

const F_CODE = 'f_code';

/** The def each code object made here belongs to. */
const defOf = new WeakMap<PyObj, FunctionIR>();

/** `fn`'s code object, a new reference (made on first need). */
export function codeObjectOf(it: Interpreter, fn: FunctionIR): PyObj {
  const h = it.heap;
  let code = it.codeObjects.get(fn);
  if (!code) {
    code = h.alloc('unknown', 'code', h.site(fn.line, 0, 'code', `<code ${fn.name}>`));
    code.rc = 0;
    code.tracked = false;
    code.acyclic = true;
    defOf.set(code, fn);
    it.codeObjects.set(fn, code);
    // The enclosing code's co_consts; a text exec() / compile() ran has code that dies with it: open.
    if (it.module.codes.includes(fn)) { code.rc++; code.constHolders++; }
    else h.fuzz(code);
    for (const o of h.live) {
      if (o.kind === 'function' && o.fn === fn && !o.attrs?.has('__code__')) o.codeObj = h.incref(code);
      if (o.kind === 'generator' && o.genFrame?.code === fn) o.codeObj = h.incref(code);
    }
    for (const fr of liveFrames(it)) if (fr.code === fn && fr.kind === 'function' && fr.qualname === fn.qualname && framesHold(it, fn)) fr.temps.push({ obj: h.incref(code)!, label: F_CODE });
  }
  return h.incref(code)!;
}

/** Every frame that may hold its code: running, a generator's, one a frame object keeps. */
function liveFrames(it: Interpreter): Set<Frame> {
  const out = new Set<Frame>(it.stack);
  for (const o of it.heap.live) {
    const fr = o.kind === 'generator' ? o.genFrame : o.kind === 'frame' ? o.frame : undefined;
    if (fr?.live) out.add(fr);
  }
  return out;
}

/** A new frame running `fn` holds its code object, once that exists. */
export function frameTakesCode(it: Interpreter, frame: Frame, fn: FunctionIR): void {
  const code = it.codeObjects.get(fn);
  if (code && framesHold(it, fn)) frame.temps.push({ obj: it.heap.incref(code)!, label: F_CODE });
}

/** A frame of `fn` holds a reference of its own: a function's; a generator's on 3.11 only (3.12+: the generator's one). */
function framesHold(it: Interpreter, fn: FunctionIR): boolean {
  return !(fn.isGenerator || fn.isAsync) || it.vm.generatorFrameHoldsCode;
}

/** What a new function or generator of `fn` holds: its code object, once that exists. */
export function heldCode(it: Interpreter, fn: FunctionIR): PyObj | undefined {
  return it.heap.incref(it.codeObjects.get(fn));
}

/** A code object's attribute (a new reference), or undefined when `code` is not one made here or the name is not modelled. */
export function codeAttr(it: Interpreter, code: PyObj, name: string, site: Site): PyObj | undefined {
  const fn = defOf.get(code);
  if (!fn) return undefined;
  // (co_name is the def's name, interned as __name__ is)
  if (name === 'co_name') return it.b.newStrImmortal(fn.name);
  if (name !== 'co_consts') return undefined;
  if (!code.heldValue) {
    const t = it.b.newSeq('tuple', [], site);
    it.b.fuzzContent(t);
    t.tracked = false;
    code.heldValue = t;
    if (!uniqueConsts(it, fn)) {
      it.heap.fuzz(t);
      for (const [key, c] of it.module.constants) if (c.value.t === 'tuple') it.heap.fuzz(it.constObjs.get(key));
    }
  }
  return it.heap.incref(code.heldValue);
}

/**
 * `fn`'s co_consts tuple is its own: no other code object's co_consts and no tuple constant can be
 * equal to it. Tuples of different lengths or items are never merged, so it suffices that each of
 * them differs from it somewhere certain: a constant `fn` holds that the other does not; a code
 * object in one of them (a code object equals only itself, and a code object's children are its
 * own). The module's co_consts always holds a code object (the def, lambda or class `fn` is made
 * in, or `fn`'s); from 3.12 (PEP 709) so does any code a def, lambda, generator expression or class
 * is made in (hasInlinedNestedCode). Before 3.12 comprehensions are code objects of their own,
 * which `codes` does not list: their constants are only known as part of the enclosing code's, so
 * there a code is told apart by its constants alone.
 */
function uniqueConsts(it: Interpreter, fn: FunctionIR): boolean {
  const codes = it.module.codes;
  if (!codes.includes(fn)) return false;
  const inlined = it.vm.inlinedComprehensions;
  if (inlined ? fn.hasInlinedNestedCode : fn.hasNestedCode) return true;
  const folded = new Set(fn.foldedAway ?? []);
  const own = [...fn.consts].filter((k) => !folded.has(k));
  const differs = (other: Iterable<string>): boolean => {
    const set = other instanceof Set ? other : new Set(other);
    return own.some((k) => !set.has(k));
  };
  for (const c of codes) {
    if (c === fn || (inlined && (c === codes[0] || c.hasInlinedNestedCode))) continue;
    if (!differs(c.consts)) return false;
  }
  // (a tuple constant also differs by an item `fn` certainly lacks: a str, float, complex or bytes
  // not among its constants, which the lowering registers; an int or None may be one it does not: an
  // import's level, co_consts[0])
  const maybe = new Set(fn.consts);
  if (fn.doc?.k === 'const') maybe.add(fn.doc.key);
  const lacks = (k: string) => NEVER_IMPLICIT.test(k) && !maybe.has(k);
  for (const c of it.module.constants.values()) {
    if (c.value.t !== 'tuple') continue;
    const items = c.value.v.map(constKey);
    if (!differs(items) && !items.some(lacks)) return false;
  }
  return true;
}

/** Keys of constants the compiler never puts in a function's co_consts unless its code uses them. */
const NEVER_IMPLICIT = /^(str|float|complex|bytes):/;
