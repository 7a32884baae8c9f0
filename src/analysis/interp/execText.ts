// exec() / eval() / compile() of a text the model knows exactly: the text is
// parsed with the analysis's own parser, lowered into IR like the file, and run
// in the namespaces CPython gives it (Python/bltinmodule.c builtin_exec_impl,
// builtin_eval_impl):
// - a dict given as globals is the code's module namespace: names it stores are
//   the dict's items (DictNamespace, a view of its entries), and exec / eval put
//   `__builtins__` (the builtins dict) into it when missing; functions made there
//   hold that dict (func_globals: a function <-> globals cycle once both are
//   dropped) and run in it wherever they are called;
// - a distinct locals dict takes the names the code stores; loads look there,
//   then in the globals (LOAD_NAME: LayeredNamespace); classes and functions
//   made there see the globals only;
// - no dicts: the caller's namespace when it is the module's (at module level
//   globals and locals are one dict); in a function (f_locals, PEP 667 on 3.13)
//   or a class body the call stays unknown.
// The text's constants are its own (compile() merges constants within one text,
// never with the file's) with no parser reference (the arena is freed), held by
// its code objects: a string's module code dies when exec / eval returns, a
// compile() code object holds them while it lives. The text's positions are
// moved to the call's (its lines are not the file's: nothing is recorded for
// them), call sites keep keys of their own. A text that does not parse raises
// SyntaxError; anything not known exactly (the text, a namespace that is not a
// plain dict of known keys) keeps the unknown call.
import { lowerModule } from '../ir/lower';
import type { Expr, ModuleIR } from '../ir/irTypes';
import type { BuiltinCall } from './builtinCalls';
import type { Builtins } from './builtins';
import { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

export interface CompiledText {
  module: ModuleIR;
  /** What its constants' keys start with (Interpreter.constObj). */
  prefix: string;
  mode: 'exec' | 'eval';
  /** eval mode: the expression. */
  expr?: Expr;
}

/** Code ids of the n-th compiled text start at n times this (a file has far fewer code objects). */
const CODE_ID_BASE = 1_000_000;

/**
 * A plain dict's str-keyed items as a name map (the frame's globals): reads and
 * stores go to the dict's entries themselves, so the dict is right at every moment.
 * As for any namespace map, `set` takes the reference and the caller releases the old value.
 */
export class DictNamespace extends Map<string, PyObj> {
  constructor(readonly dict: PyObj, private readonly b: Builtins) {
    super();
  }

  private entry(name: string) {
    return this.dict.entries?.get(`s:${name}`);
  }

  override get(name: string): PyObj | undefined {
    return this.entry(name)?.value;
  }

  override has(name: string): boolean {
    return !!this.entry(name);
  }

  override set(name: string, value: PyObj): this {
    const e = this.entry(name);
    // (STORE_NAME's key is the interned name from co_names)
    if (e) e.value = value;
    else this.dict.entries?.set(`s:${name}`, { key: this.b.newStrImmortal(name), value });
    this.b.noteStore(this.dict, value);
    return this;
  }

  override delete(name: string): boolean {
    const e = this.entry(name);
    if (!e) return false;
    this.dict.entries!.delete(`s:${name}`);
    this.b.it.heap.decref(e.key);
    return true;
  }

  override get size(): number {
    return [...this.keys()].length;
  }

  override *entries(): MapIterator<[string, PyObj]> {
    for (const e of this.dict.entries?.values() ?? []) if (e.key.kind === 'str' && typeof e.key.value === 'string') yield [e.key.value, e.value];
  }

  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): MapIterator<PyObj> {
    for (const [, v] of this.entries()) yield v;
  }

  override [Symbol.iterator](): MapIterator<[string, PyObj]> {
    return this.entries();
  }

  override forEach(fn: (value: PyObj, key: string, map: Map<string, PyObj>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

/** exec's distinct locals over its globals: stores and deletes go to the locals, loads look there first (LOAD_NAME). */
export class LayeredNamespace extends Map<string, PyObj> {
  constructor(readonly locals: Map<string, PyObj>, readonly globals: Map<string, PyObj>) {
    super();
  }

  override get(name: string): PyObj | undefined {
    return this.locals.get(name) ?? this.globals.get(name);
  }

  override has(name: string): boolean {
    return this.locals.has(name) || this.globals.has(name);
  }

  override set(name: string, value: PyObj): this {
    this.locals.set(name, value);
    return this;
  }

  override delete(name: string): boolean {
    return this.locals.delete(name);
  }

  override get size(): number {
    return this.locals.size;
  }

  override entries(): MapIterator<[string, PyObj]> {
    return this.locals.entries();
  }

  override keys(): MapIterator<string> {
    return this.locals.keys();
  }

  override values(): MapIterator<PyObj> {
    return this.locals.values();
  }

  override [Symbol.iterator](): MapIterator<[string, PyObj]> {
    return this.locals.entries();
  }

  override forEach(fn: (value: PyObj, key: string, map: Map<string, PyObj>) => void): void {
    this.locals.forEach((v, k) => fn(v, k, this));
  }
}

/** One view per dict, so what is noted about a namespace map (ambiguous names) stays with it. */
const views = new WeakMap<PyObj, DictNamespace>();

export function dictNamespace(b: Builtins, dict: PyObj): DictNamespace {
  let v = views.get(dict);
  if (!v) views.set(dict, (v = new DictNamespace(dict, b)));
  return v;
}

/** The dict a function made in this namespace holds as its globals (none for the module's own). */
export function globalsDictOf(ns: Map<string, PyObj>): PyObj | undefined {
  if (ns instanceof LayeredNamespace) return globalsDictOf(ns.globals);
  return ns instanceof DictNamespace ? ns.dict : undefined;
}

/**
 * What globals() (`which`: 'globals'), or locals() / vars() at module level, return in code
 * exec() runs over dicts: the dict itself (a new reference); undefined for the module's own.
 */
export function execNamespaceDict(ns: Map<string, PyObj>, which: 'globals' | 'locals', h: { incref(o: PyObj): PyObj | undefined }): PyObj | undefined {
  const m = ns instanceof LayeredNamespace ? (which === 'globals' ? ns.globals : ns.locals) : ns;
  return m instanceof DictNamespace ? h.incref(m.dict) : undefined;
}

/** The globals part of a namespace (a class body made in exec'd code sees no exec locals). */
export function globalsOnly(ns: Map<string, PyObj>): Map<string, PyObj> {
  return ns instanceof LayeredNamespace ? ns.globals : ns;
}

/** Whether a missing name may still be in the namespace: a dict whose content went open. */
export function namespaceOpen(ns: Map<string, PyObj>): boolean {
  if (ns instanceof LayeredNamespace) return namespaceOpen(ns.locals) || namespaceOpen(ns.globals);
  return ns instanceof DictNamespace && (ns.dict.fuzzy || !ns.dict.entries);
}

/** A dict the code can run in: a plain dict of known content whose keys are all known. */
function usableDict(b: Builtins, d: PyObj): boolean {
  if (d.kind !== 'dict' || d.type !== 'dict' || d.cls || d.fuzzy || !d.entries || d.external) return false;
  for (const e of d.entries.values()) if (b.keyUnknown(e.key)) return false;
  return true;
}

/** A namespace argument as a name map: undefined when the model cannot run code in it. */
function namespaceOf(b: Builtins, d: PyObj): Map<string, PyObj> | undefined {
  if (d === b.it.moduleDict) return b.it.globals;
  return usableDict(b, d) ? dictNamespace(b, d) : undefined;
}

/** A known text compiled: its IR, constants made; 'syntax' when it does not parse; undefined when the model cannot tell. */
export function compileText(it: Interpreter, text: string, mode: 'exec' | 'eval', pos: { line: number; col: number }): CompiledText | 'syntax' | undefined {
  if (!it.parseText || text.length > LIMITS.MAX_EXEC_TEXT || execState(it).compiles >= LIMITS.MAX_EXEC_COMPILES) return undefined;
  // (eval strips leading spaces and tabs of a str source: builtin_eval_impl)
  const src = mode === 'eval' ? text.replace(/^[ \t]+/, '') : text;
  if (src.includes('\0')) return undefined;
  const root = it.parseText(src);
  if (!root) return undefined;
  // (tree-sitter's error recovery: any ERROR or MISSING node is CPython's SyntaxError)
  if (root.hasError) return 'syntax';
  const n = ++execState(it).compiles;
  const module = lowerModule(root, src, undefined, CODE_ID_BASE * n);
  if (module.problems.some((p) => p.code === 'syntax-error')) return 'syntax';
  let expr: Expr | undefined;
  if (mode === 'eval') {
    const only = module.body.length === 1 ? module.body[0] : undefined;
    if (!only || only.k !== 'expr') return 'syntax';
    expr = only.value;
  }
  const prefix = `exec${n}:`;
  relocate(module, pos, prefix);
  it.makeConstants(module, prefix);
  // A constant an inner code object holds lives as long as that function's code (not followed).
  const inner = new Set<string>();
  for (const code of module.codes) if (code !== module) for (const k of code.consts) inner.add(k);
  for (const k of inner) {
    const o = it.constObjs.get(k);
    if (o && !o.immortal) it.heap.fuzz(o);
  }
  return { module, prefix, mode, expr };
}

/**
 * The text's positions become the call's (its own lines are not the file's), its
 * statements are not recorded, its call sites keep keys of their own and its
 * constants' keys get the text's prefix. The walk is bounded by the text's size.
 */
function relocate(module: ModuleIR, pos: { line: number; col: number }, prefix: string): void {
  const seen = new Set<object>();
  const todo: unknown[] = [module];
  while (todo.length) {
    const o = todo.pop();
    if (!o || typeof o !== 'object' || seen.has(o)) continue;
    seen.add(o);
    if (Array.isArray(o)) { for (const x of o) todo.push(x); continue; }
    if (o instanceof Map || o instanceof Set) continue;
    const r = o as Record<string, unknown>;
    if (r.k === 'call' && typeof r.line === 'number') r.siteKey = `${prefix}${r.line}:${r.col}`;
    if (r.k === 'const' && typeof r.key === 'string') r.key = prefix + r.key;
    if (r.consts instanceof Set) {
      r.consts = new Set([...(r.consts as Set<string>)].map((k) => prefix + k));
      if (typeof r.firstConst === 'string' && r.firstConst !== 'other') r.firstConst = prefix + r.firstConst;
      if (Array.isArray(r.foldedAway)) r.foldedAway = (r.foldedAway as string[]).map((k) => prefix + k);
    }
    if (typeof r.line === 'number') r.line = pos.line;
    if (typeof r.col === 'number') r.col = pos.col;
    if (typeof r.endLine === 'number') r.endLine = pos.line;
    if (typeof r.endCol === 'number') r.endCol = pos.col;
    if (typeof r.record === 'boolean') r.record = false;
    for (const v of Object.values(r)) if (v && typeof v === 'object') todo.push(v);
  }
  module.constants = new Map([...module.constants].map(([k, c]) => [prefix + k, { ...c, pos: { line: pos.line, col: pos.col } }]));
}

/** The objects of the module code's co_consts (what its code object holds). */
function moduleConsts(it: Interpreter, unit: CompiledText): PyObj[] {
  const away = it.vm.removesUnusedConsts ? new Set(unit.module.foldedAway ?? []) : new Set<string>();
  const out: PyObj[] = [];
  for (const k of unit.module.consts) {
    const o = it.constObjs.get(k);
    if (o && !away.has(k)) out.push(o);
  }
  return out;
}

/**
 * A builtin name's lookup in code run over a globals dict whose `__builtins__` the program gave
 * itself (`{"__builtins__": {}}` restricts what eval'd text may call): the value there, `null`
 * when a known dict lacks it (NameError), an unknown value when that mapping is not known, and
 * undefined for the usual lookup (the builtins dict or module, or another namespace).
 */
export function ownBuiltin(it: Interpreter, globals: Map<string, PyObj>, name: string, pos: { line: number; col: number }): PyObj | null | undefined {
  if (!(globals instanceof DictNamespace)) return undefined;
  const given = globals.get('__builtins__');
  if (!given || given === execStates.get(it)?.builtins || (given.kind === 'module' && given.moduleName === 'builtins')) return undefined;
  if (given.kind === 'dict' && !given.cls && !given.fuzzy && given.entries) {
    const e = given.entries.get(`s:${name}`);
    if (e) return e.value;
    // (a key the model cannot name may be this one)
    return [...given.entries.values()].every((x) => x.key.kind === 'str' && typeof x.key.value === 'string') ? null : it.b.unknown(pos.line, pos.col);
  }
  return it.b.unknown(pos.line, pos.col);
}

/**
 * What exec / eval keep per interpreter: runs in progress and texts compiled so far
 * (LIMITS.MAX_EXEC_DEPTH / MAX_EXEC_COMPILES), and the builtins dict they put into a globals
 * dict without `__builtins__` (PyEval_GetBuiltins), made once.
 */
interface ExecState { depth: number; compiles: number; builtins?: PyObj }
const execStates = new WeakMap<Interpreter, ExecState>();

function execState(it: Interpreter): ExecState {
  let st = execStates.get(it);
  if (!st) execStates.set(it, (st = { depth: 0, compiles: 0 }));
  return st;
}

function builtinsDict(it: Interpreter): PyObj {
  const st = execState(it);
  return (st.builtins ??= it.heap.external('dict', 'dict', 'builtin:__builtins__'));
}

/** exec(source, globals=None, locals=None) and eval(...): the builtin's model. */
export function execImpl(call: BuiltinCall): PyObj | G<PyObj> {
  const { b, it, args, kw, name, frame, pos, unknownCall } = call;
  if (kw.size || args.length < 1 || args.length > 3 || execState(it).depth >= LIMITS.MAX_EXEC_DEPTH) return unknownCall();
  const none = (o: PyObj | undefined): boolean => !o || o.kind === 'none';
  const [src, g, l] = args;
  let globals: Map<string, PyObj> | undefined;
  if (none(g)) {
    // The caller's namespace: the module's (or exec'd module code's); a function's locals are not followed.
    if (!none(l) || frame.kind !== 'module') return unknownCall();
    globals = frame.globals;
  } else globals = namespaceOf(b, g);
  if (!globals) return unknownCall();
  let ns = globals;
  if (!none(l) && l !== g) {
    const locals = namespaceOf(b, l);
    if (!locals) return unknownCall();
    ns = new LayeredNamespace(locals, globals);
  }
  const mode = name === 'eval' ? 'eval' : 'exec';
  let unit: CompiledText | 'syntax' | undefined;
  const fresh = !src.compiled;
  if (src.compiled) unit = src.compiled;
  else if (src.kind === 'str' && src.type === 'str' && !src.cls && typeof src.value === 'string') unit = compileText(it, src.value, mode, pos);
  if (!unit) return unknownCall();
  if (unit === 'syntax') throw it.raiseObj(b.cError('SyntaxError', pos), frame, true);
  if (globals instanceof DictNamespace && !globals.has('__builtins__')) globals.set('__builtins__', it.heap.incref(builtinsDict(it))!);
  return runText(it, unit, ns, frame, name === 'eval', fresh);
}

function* runText(it: Interpreter, unit: CompiledText, ns: Map<string, PyObj>, caller: Frame, wantValue: boolean, fresh: boolean): G<PyObj> {
  const f = new Frame(unit.module, '<module>', ns, 'module', caller);
  const st = execState(it);
  st.depth++;
  it.frameDepth++;
  it.stack.push(f);
  try {
    if (unit.expr) {
      const v = yield* it.eval(unit.expr, f);
      if (wantValue) return v;
      it.heap.decref(v);
      return it.b.none;
    }
    if (unit.module.doc) yield* it.storeName('__doc__', yield* it.eval(unit.module.doc, f), f);
    yield* it.execBlock(unit.module.body, f);
    return it.b.none;
  } finally {
    it.stack.pop();
    it.frameDepth--;
    st.depth--;
    // A string's code object dies with the call: its co_consts references go.
    if (fresh) for (const o of moduleConsts(it, unit)) it.heap.decref(o);
  }
}

/** compile(source, filename, mode): a code object holding the text's module constants. */
export function compileImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kw, frame, pos, unknownCall } = call;
  const [src, , m] = args;
  if (kw.size || args.length !== 3 || m.kind !== 'str' || (m.value !== 'exec' && m.value !== 'eval')) return unknownCall();
  if (src.kind !== 'str' || src.type !== 'str' || src.cls || typeof src.value !== 'string') return unknownCall();
  const unit = compileText(it, src.value, m.value, pos);
  if (!unit) return unknownCall();
  if (unit === 'syntax') throw it.raiseObj(b.cError('SyntaxError', pos), frame, true);
  // (a code object is not tracked by the collector)
  const code = it.heap.alloc('unknown', 'code', it.heap.site(pos.line, pos.col, 'code', '<code>'));
  code.compiled = unit;
  code.codeConsts = moduleConsts(it, unit);
  return code;
}
