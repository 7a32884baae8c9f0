// contextvars (Python/context.c, Python/hamt.c; the same on 3.11-3.13, measured with sys.getrefcount):
// - ContextVar(name, *, default=...) holds its name and default; nothing else holds it until set.
// - The thread's current Context holds an immutable HAMT mapping. var.set(v) replaces it with a
//   new HAMT holding every entry of the old one plus var -> v (the old HAMT freed unless another
//   Context shares it), and returns a Token holding the Context, var and the old value
//   (Token.MISSING when there was none). var.reset(token) replaces the HAMT again: without var, or
//   with var -> old value; a used token is a RuntimeError, another var's a ValueError. An empty
//   HAMT is the shared empty singleton.
// - var.get(default) reads the current HAMT (var's lookup cache is a borrowed pointer: no reference).
// - copy_context() is a new Context sharing the current HAMT; ctx.run(f, *args) makes ctx current
//   while f runs (a C call: the caller's arguments stay on its stack); ctx[var] / ctx.get(var) read
//   its HAMT.
// A HAMT's nodes are GC objects the model does not build: a collection that frees a HAMT leaves
// its count open. A Context or var that went to code the model does not follow is not followed.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import type { ModelAttr } from './objectModels';
import type { PyObj } from './objects';

const VAR = 'contextvars.ContextVar()';
const CONTEXT = 'contextvars.Context()';
const TOKEN = 'contextvars.Token()';
const HAMT = 'contextvars.hamt';
const VAR_METHODS = new Set(['get', 'set', 'reset']);
const CONTEXT_METHODS = new Set(['run', 'get', 'copy']);

interface CvState {
  /** The thread's current Context (the main one is held by the thread state). */
  current: PyObj;
  /** Token.MISSING. */
  missing: PyObj;
  /** The empty HAMT singleton. */
  empty: PyObj;
}
const perInterpreter = new WeakMap<Interpreter, CvState>();
const usedTokens = new WeakSet<PyObj>();
const entered = new WeakSet<PyObj>();

function obj(b: Builtins, name: string, type: string, pos: { line: number; col: number }, label: string): PyObj {
  const h = b.it.heap;
  const o = h.alloc('builtin', type, h.site(pos.line, pos.col, type, label));
  o.builtinName = name;
  o.tracked = true;
  return o;
}

function stateOf(b: Builtins, pos: { line: number; col: number }): CvState {
  let st = perInterpreter.get(b.it);
  if (!st) {
    const h = b.it.heap;
    const empty = obj(b, HAMT, 'hamt', pos, 'empty hamt');
    empty.items = [];
    h.incref(empty); // (the singleton itself)
    const current = context(b, empty, pos);
    h.incref(current); // (the thread state's reference)
    const missing = obj(b, `${TOKEN}.MISSING`, 'Token.MISSING', pos, 'Token.MISSING');
    h.incref(missing);
    st = { current, missing, empty };
    perInterpreter.set(b.it, st);
  }
  return st;
}

function context(b: Builtins, mapping: PyObj, pos: { line: number; col: number }): PyObj {
  const c = obj(b, CONTEXT, 'Context', pos, 'Context');
  c.attrs = new Map([['mapping', b.it.heap.incref(mapping)!]]);
  return c;
}

/** Whether the model still follows `o` and what it reaches (nothing it holds went to unknown code). */
function followed(o: PyObj | undefined): o is PyObj {
  return !!o && !o.fuzzy;
}

export function isContextVarObject(o: PyObj): boolean {
  return o.builtinName === VAR || o.builtinName === CONTEXT || o.builtinName === TOKEN;
}

/** A HAMT in a garbage cycle brings its nodes (collector.ts). */
export function isHamt(o: PyObj): boolean {
  return o.builtinName === HAMT;
}

export function contextVarAttr(b: Builtins, o: PyObj, name: string): ModelAttr {
  const h = b.it.heap;
  if (o.builtinName === VAR) {
    if (VAR_METHODS.has(name)) return { method: `${VAR}.${name}` };
    if (name === 'name') return { value: h.incref(o.attrs!.get('name'))! };
  }
  if (o.builtinName === CONTEXT && CONTEXT_METHODS.has(name)) return { method: `${CONTEXT}.${name}` };
  if (o.builtinName === TOKEN && (name === 'var' || name === 'old_value')) return { value: h.incref(o.attrs!.get(name))! };
  return undefined;
}

/** The value var has in a HAMT (borrowed). */
function lookup(hamt: PyObj, v: PyObj): PyObj | undefined {
  const items = hamt.items!;
  for (let i = 0; i < items.length; i += 2) if (items[i] === v) return items[i + 1];
  return undefined;
}

/** Replaces ctx's HAMT with a copy with var -> value (or without var). */
function replaceMapping(b: Builtins, st: CvState, ctx: PyObj, v: PyObj, value: PyObj | undefined, pos: { line: number; col: number }): void {
  const h = b.it.heap;
  const old = ctx.attrs!.get('mapping')!;
  const kept = old.items!.filter((_x, i) => old.items![i - (i % 2)] !== v);
  if (value) kept.push(v, value);
  let next = st.empty;
  if (kept.length) {
    next = obj(b, HAMT, 'hamt', pos, 'hamt');
    next.items = kept.map((x) => h.incref(x)!);
    for (const x of kept) b.noteStore(next, x);
  } else h.incref(next);
  ctx.attrs!.set('mapping', next);
  b.noteStore(ctx, next);
  h.decref(old);
}

/** ContextVar(name, *, default=...). */
function contextVarImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kw, pos, unknownCall } = call;
  const name = args[0] ?? kw.get('name');
  if (!name || name.kind !== 'str' || args.length > 1 || [...kw.keys()].some((k) => k !== 'default' && k !== 'name')) return unknownCall();
  const v = obj(b, VAR, 'ContextVar', pos, 'ContextVar');
  v.attrs = new Map([['name', h.incref(name)!]]);
  const d = kw.get('default');
  if (d) v.attrs.set('default', h.incref(d)!);
  return v;
}

function copyContextImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  const st = stateOf(b, pos);
  if (args.length || kwargs.length || !followed(st.current)) return unknownCall();
  return context(b, st.current.attrs!.get('mapping')!, pos);
}

function* contextVarMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, pos, unknownCall } = call;
  const v = args[0];
  const st = stateOf(b, pos);
  const ctx = st.current;
  if (kwargs.length || !followed(v) || !followed(ctx)) return unknownCall();
  const mapping = ctx.attrs!.get('mapping')!;
  switch (name.slice(VAR.length + 1)) {
    case 'get': {
      if (args.length > 2) return unknownCall();
      const found = lookup(mapping, v) ?? args[1] ?? v.attrs!.get('default');
      if (!found) throw it.raiseObj(b.cError('LookupError', pos), frame, true);
      return h.incref(found)!;
    }
    case 'set': {
      const value = args[1];
      if (!value || args.length > 2) return unknownCall();
      const old = lookup(mapping, v) ?? st.missing;
      const tok = obj(b, TOKEN, 'Token', pos, 'Token');
      tok.attrs = new Map([['context', h.incref(ctx)!], ['var', h.incref(v)!], ['old_value', h.incref(old)!]]);
      replaceMapping(b, st, ctx, v, value, pos);
      return tok;
    }
    case 'reset': {
      const tok = args[1];
      if (!tok || args.length > 2 || tok.builtinName !== TOKEN || !followed(tok)) return unknownCall();
      if (usedTokens.has(tok)) throw it.raiseObj(b.cError('RuntimeError', pos), frame, true);
      if (tok.attrs!.get('var') !== v || tok.attrs!.get('context') !== ctx) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
      usedTokens.add(tok);
      const old = tok.attrs!.get('old_value')!;
      replaceMapping(b, st, ctx, v, old === st.missing ? undefined : old, pos);
      return b.none;
    }
    default: return unknownCall();
  }
}

function* contextMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, site, pos, unknownCall } = call;
  const ctx = args[0];
  const st = stateOf(b, pos);
  if (!followed(ctx)) return unknownCall();
  const mapping = ctx.attrs!.get('mapping')!;
  switch (name.slice(CONTEXT.length + 1)) {
    case 'get': {
      const v = args[1];
      if (!v || args.length > 3 || kwargs.length) return unknownCall();
      return h.incref(lookup(mapping, v) ?? args[2] ?? b.none)!;
    }
    case 'copy':
      return args.length === 1 && !kwargs.length ? context(b, mapping, pos) : unknownCall();
    case 'run': {
      const f = args[1];
      if (!f) return unknownCall();
      if (entered.has(ctx)) throw it.raiseObj(b.cError('RuntimeError', pos), frame, true);
      const prev = st.current;
      entered.add(ctx);
      st.current = h.incref(ctx)!;
      try {
        return yield* it.callFromC(f, args.slice(2), frame, site, kwargs);
      } finally {
        entered.delete(ctx);
        st.current = prev;
        h.decref(ctx);
      }
    }
    default: return unknownCall();
  }
}

/** ctx[var]: its value in ctx's HAMT (a KeyError when it has none), or undefined when not followed. */
export function contextGetItem(b: Builtins, ctx: PyObj, v: PyObj, frame: Frame): PyObj | undefined {
  if (ctx.builtinName !== CONTEXT || !followed(ctx) || v.builtinName !== VAR) return undefined;
  const found = lookup(ctx.attrs!.get('mapping')!, v);
  if (!found) throw b.it.raiseObj(b.cError('KeyError', { line: frame.line, col: 0 }), frame, true);
  return b.it.heap.incref(found)!;
}

export const CONTEXT_VAR_IMPLS: [string, BuiltinImpl][] = [
  ['contextvars.ContextVar', contextVarImpl],
  ['contextvars.copy_context', copyContextImpl],
  ...[...VAR_METHODS].map((m): [string, BuiltinImpl] => [`${VAR}.${m}`, contextVarMethodImpl]),
  ...[...CONTEXT_METHODS].map((m): [string, BuiltinImpl] => [`${CONTEXT}.${m}`, contextMethodImpl]),
];
