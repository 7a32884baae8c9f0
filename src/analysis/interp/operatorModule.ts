// operator.attrgetter / operator.itemgetter: the usual key functions of
// sorted / min / max / groupby. A getter is a small GC object holding its
// arguments (the attribute names or the items); calling it fetches them from
// its argument as `getattr` / `obj[item]` would (dotted names attribute by
// attribute), one value or, for several arguments, a new tuple.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { internInPlace } from './internInPlace';
import { runIndex } from './slotHooks';
import { searchEqual, searchRunsCode } from './sequenceSearch';
import { itemEquals } from './operators';

/** `operator.attrgetter(*names)` / `operator.itemgetter(*items)`: undefined when the names are not known strings. */
export function makeGetter(b: Builtins, it: Interpreter, kind: 'attrgetter' | 'itemgetter', args: PyObj[], site: CallSite): PyObj | undefined {
  if (!args.length || (kind === 'attrgetter' && !args.every((a) => a.kind === 'str' && a.value !== undefined))) return undefined;
  const h = it.heap;
  const g = h.alloc('builtin', `operator.${kind}`, h.site(site.line, site.col, `operator.${kind}`, `${kind}(…)`));
  g.builtinName = `operator.${kind}()`;
  g.tracked = true;
  // itemgetter(item) holds the item; itemgetter(a, b, …) the call's argument tuple. attrgetter
  // always holds a tuple, a dotted name in it as a tuple of its parts (a fresh, tracked tuple
  // each): gc.collect() of a getter in a cycle finds them too (measured 3.11-3.13).
  if (kind === 'itemgetter' && args.length === 1) g.items = [h.incref(args[0])!];
  else {
    const parts = args.map((a) => (kind === 'attrgetter' && String(a.value).includes('.')
      ? b.newSeq('tuple', String(a.value).split('.').map((n) => b.newStrImmortal(n)), site) : h.incref(internInPlace(it, a))!));
    g.heldValue = b.newSeq('tuple', parts, site);
  }
  return g;
}

/** Calls a getter made by makeGetter on `obj` (borrowed); the result is owned. */
export function* callGetter(b: Builtins, it: Interpreter, getter: PyObj, obj: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const parts = getter.heldValue?.items ?? getter.items ?? [];
  const one = function* (p: PyObj): G<PyObj> {
    if (getter.builtinName === 'operator.itemgetter()') return yield* b.getItem(obj, p, frame);
    let cur = it.heap.incref(obj)!;
    for (const name of p.kind === 'tuple' ? (p.items ?? []).map((x) => String(x.value)) : String(p.value).split('.')) {
      // (each step is PyObject_GetAttr: set_attribute_error_context makes the AttributeError
      // keep the object that step read from)
      const from: PyObj = cur;
      try {
        cur = yield* b.keepingAttributeErrorObject(from, () => b.getAttr(from, name, frame, site));
      } finally {
        it.heap.decref(from);
      }
    }
    return cur;
  };
  if (parts.length === 1) return yield* one(parts[0]);
  const out: PyObj[] = [];
  try {
    for (const p of parts) out.push(yield* one(p));
  } catch (err) {
    for (const o of out) it.heap.decref(o);
    throw err;
  }
  return b.newSeq('tuple', out, site);
}

/** The builtinName of an operator.methodcaller object. */
export const METHODCALLER = 'operator.methodcaller()';

/**
 * `operator.methodcaller(name, *args, **kwargs)`: holds the (interned) name, a tuple of the
 * arguments and, with keywords, the keyword dict type.__call__ made for it (a new dict, kept as
 * it is; 3.13's vectorcall also keeps a tuple of the keyword names, which holds only interned
 * identifiers and which its traversal does not visit: no count or collection sees it). Undefined
 * when not followed.
 */
export function makeMethodcaller(b: Builtins, it: Interpreter, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): PyObj | undefined {
  if (args[0]?.kind !== 'str' || typeof args[0].value !== 'string') return undefined;
  const h = it.heap;
  const mc = h.alloc('builtin', 'operator.methodcaller', h.site(site.line, site.col, 'operator.methodcaller', 'methodcaller(…)'));
  mc.builtinName = METHODCALLER;
  const rest = args.slice(1);
  // (the name interned in place: the argument itself, or the str of its text interned before)
  const name = h.incref(internInPlace(it, args[0]))!;
  // ≤3.12: the arguments' tuple (PyTuple_GetSlice: the empty tuple when none). 3.13 keeps instead
  // the vectorcall's (name, *args), a fresh tracked tuple even without arguments, holding the name
  // argument as it was given, not its interned form (measured: methodcaller('upper') +1 on 3.13).
  const tuple = it.vm.methodcallerVectorcall ? b.newSeq('tuple', [h.incref(args[0])!, ...rest.map((a) => h.incref(a)!)], site)
    : rest.length ? b.newSeq('tuple', rest.map((a) => h.incref(a)!), site) : h.incref(b.emptyTuple)!;
  mc.items = [name, tuple];
  if (kwargs.length) {
    const kwds = b.newDict(site);
    for (const [k, v] of kwargs) b.dictSet(kwds, b.newStrImmortal(k), h.incref(v)!);
    mc.items.push(kwds);
  }
  mc.tracked = true;
  return mc;
}

/**
 * mc(obj), obj borrowed. Up to 3.12 methodcaller has no vectorcall: the call goes through tp_call
 * (an argument tuple holding obj) and methodcaller_call calls a bound method (holding obj too) with
 * its stored tuple. 3.13's vectorcall calls the method as LOAD_METHOD would: only the callee's frame
 * adds a reference. A call from C (a sort key) has no caller's stack reference (CallSite.fromC).
 */
export function* callMethodcaller(b: Builtins, it: Interpreter, mc: PyObj, obj: PyObj, frame: Frame, site: CallSite): G<PyObj> {
  const h = it.heap;
  const [name, argsTuple, kwds] = mc.items!;
  const extra = (it.vm.methodcallerVectorcall ? 0 : 1) - (site.fromC ? 1 : 0);
  for (let i = 0; i < extra; i++) h.incref(obj);
  for (let i = 0; i > extra; i--) h.decref(obj);
  const positional = (argsTuple.items ?? []).slice(it.vm.methodcallerVectorcall ? 1 : 0);
  const keywords = [...(kwds?.entries?.values() ?? [])].map((e): [string, PyObj] => [String(e.key.value), e.value]);
  // ≤3.12 with keywords: PyObject_Call's _PyStack_UnpackDict copies the arguments and the keyword
  // values into a new array, one more reference each for the call (3.13 passes them borrowed).
  const unpacked = keywords.length && !it.vm.methodcallerVectorcall ? [...positional, ...keywords.map(([, v]) => v)] : [];
  for (const a of unpacked) h.incref(a);
  try {
    // (the call's own references, taken once the method was found: a failed lookup takes none)
    const pass = (): PyObj[] => positional.map((a) => h.incref(a)!);
    const kw = (): [string, PyObj][] => keywords.map(([k, v]): [string, PyObj] => [k, h.incref(v)!]);
    // (the lookup, PyObject_GetAttr ≤3.12 or _PyObject_GetMethod 3.13, makes an AttributeError
    // keep obj: set_attribute_error_context)
    const lookup = <T>(get: () => G<T>): G<T> => b.keepingAttributeErrorObject(obj, get);
    if (it.vm.methodcallerVectorcall) {
      const m = yield* lookup(() => b.loadMethod(obj, String(name.value), frame, site));
      try {
        return yield* it.callObject(m.func, m.self ? [m.self, ...pass()] : pass(), kw(), frame, site);
      } finally {
        h.decref(m.func);
      }
    }
    const bound = yield* lookup(() => b.getAttr(obj, String(name.value), frame, site));
    try {
      return yield* it.callObject(bound, pass(), kw(), frame, site);
    } finally {
      h.decref(bound);
    }
  } finally {
    for (const a of unpacked) h.decref(a);
    for (let i = 0; i < extra; i++) h.decref(obj);
    for (let i = 0; i > extra; i--) h.incref(obj);
  }
}

/**
 * operator's functions that run an operator of the language (Modules/_operator.c): each calls the
 * C function the syntax's opcode calls (`add` PyNumber_Add as BINARY_OP does, `eq`
 * PyObject_RichCompare, `getitem` PyObject_GetItem, `contains` PySequence_Contains …) on its
 * borrowed arguments, with no reference of its own, so a user class's `__add__` runs exactly as
 * for `a + b` (measured 3.11-3.13: self and other have the same counts inside). `concat` /
 * `iconcat` take the sequence path (sq_concat), followed here only for the builtin sequences.
 * The value: [shape, the operator as the interpreter spells it].
 */
type OperatorShape = 'binary' | 'inplace' | 'compare' | 'unary' | 'truth' | 'contains' | 'getitem' | 'setitem' | 'delitem' | 'concat' | 'iconcat' | 'index' | 'search';
const OPERATOR_FUNCS: ReadonlyMap<string, [OperatorShape, string]> = new Map<string, [OperatorShape, string]>([
  ...Object.entries({ add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**', matmul: '@', and_: '&', or_: '|', xor: '^', lshift: '<<', rshift: '>>' })
    .flatMap(([n, op]): [string, [OperatorShape, string]][] => [[n, ['binary', op]], [`i${n.replace(/_$/, '')}`, ['inplace', op]]]),
  ...Object.entries({ eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', is_: 'is', is_not: 'is not' }).map(([n, op]): [string, [OperatorShape, string]] => [n, ['compare', op]]),
  ['neg', ['unary', '-']], ['pos', ['unary', '+']], ['invert', ['unary', '~']], ['inv', ['unary', '~']], ['not_', ['unary', 'not']],
  ['truth', ['truth', '']], ['contains', ['contains', 'in']], ['getitem', ['getitem', '']], ['setitem', ['setitem', '']], ['delitem', ['delitem', '']],
  ['concat', ['concat', '+']], ['iconcat', ['iconcat', '+']], ['index', ['index', '']], ['indexOf', ['search', 'index']], ['countOf', ['search', 'count']],
]);

/** Arguments each shape takes (all positional-only in C). */
const ARITY: Record<OperatorShape, number> = { binary: 2, inplace: 2, compare: 2, unary: 1, truth: 1, contains: 2, getitem: 2, setitem: 3, delitem: 2, concat: 2, iconcat: 2, index: 1, search: 2 };

/** The operator functions modelled here, by their name in the module (`operator.add`; abs goes to the builtin's model). */
export const OPERATOR_FUNCTION_NAMES: readonly string[] = [...OPERATOR_FUNCS.keys()];

/**
 * The function `operator.<name>` is: `operator.__add__` is `operator.add` itself (and `__not__`
 * `not_`, `__and__` `and_`), so both spellings give one object. The name unchanged otherwise.
 */
export function operatorCanonicalName(name: string): string {
  if (!name.startsWith('__') || !name.endsWith('__')) return name;
  const bare = name.slice(2, -2);
  return OPERATOR_FUNCS.has(bare) || bare === 'abs' ? bare : OPERATOR_FUNCS.has(`${bare}_`) ? `${bare}_` : name;
}

/** The builtin sequences whose type has sq_concat (PySequence_Concat's first try). */
function concatenable(o: PyObj): boolean {
  return !o.cls && (o.kind === 'str' || o.kind === 'list' || o.kind === 'tuple' || o.kind === 'bytes');
}

/**
 * `operator.<name>(*args)`, the arguments borrowed (held by the caller), the result owned; undefined
 * when the call is not followed (another number of arguments, keywords, a sequence concatenation
 * of something else), for the caller's unknown call.
 */
export function* callOperatorFunction(b: Builtins, it: Interpreter, name: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const spec = OPERATOR_FUNCS.get(name);
  if (!spec || kwargs.length || args.length !== ARITY[spec[0]]) return undefined;
  const [shape, op] = spec;
  const [x, y, z] = args;
  const pos = { line: site.line, col: site.col };
  switch (shape) {
    case 'binary': return yield* b.binop(op, x, y, frame, false, pos);
    case 'inplace': return yield* b.binop(op, x, y, frame, true, pos);
    case 'compare': return yield* b.compare(op, x, y, frame, pos);
    case 'unary': return yield* it.unaryOp(op, x, frame, pos);
    case 'truth': {
      const t = yield* it.truthOf(it.heap.incref(x)!, frame);
      return t === undefined ? b.unknown(pos.line, pos.col) : b.bool(t);
    }
    // contains(a, b) is `b in a`.
    case 'contains': return yield* b.compare(op, y, x, frame, pos);
    case 'getitem': return yield* b.getItem(x, y, frame);
    case 'setitem': yield* b.setItem(x, y, it.heap.incref(z)!, frame); return b.none;
    case 'delitem': yield* b.delItem(x, y, frame); return b.none;
    case 'concat': case 'iconcat':
      return concatenable(x) && concatenable(y) ? yield* b.binop(op, x, y, frame, shape === 'iconcat', pos) : undefined;
    case 'search': return yield* iterSearch(b, it, x, y, op === 'count', frame, pos);
    // PyNumber_Index: an exact int is returned itself; a class's own __index__ runs (slotHooks.ts).
    case 'index': {
      if (x.kind === 'int' && x.type === 'int' && !x.cls) return it.heap.incref(x)!;
      const r = yield* runIndex(b, x, frame);
      if (!r || (r.kind === 'int' && !r.cls)) return r;
      // (an int subclass or bool the hook returned: a DeprecationWarning and an exact int copy)
      const n = b.num(r);
      it.heap.decref(r);
      return b.newInt(typeof n === 'bigint' ? n : undefined, pos);
    }
  }
}

/**
 * indexOf(seq, x) / countOf(seq, x) over an exact list or tuple of known items: _PySequence_IterSearch
 * walks an iterator, whose reference to each item is held while `item == x` runs (the item is the
 * left operand), to the first equal item or (countOf) to the end. Measured 3.11-3.13: `self` in
 * __eq__ one higher than under tuple.index. Undefined (not followed) for anything else.
 */
function* iterSearch(b: Builtins, it: Interpreter, seq: PyObj, x: PyObj, all: boolean, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  if ((seq.kind !== 'list' && seq.kind !== 'tuple') || seq.type !== seq.kind || seq.cls || seq.fuzzy || !seq.items) return undefined;
  const matches = searchRunsCode(b, seq.items, x) ? yield* searchEqual(b, seq.items, x, frame, pos, all, true) : seq.items.map((i) => itemEquals(b, i, x));
  const first = matches.indexOf(true);
  const open = matches.indexOf(undefined);
  if (all) return b.newInt(open >= 0 ? undefined : BigInt(matches.filter(Boolean).length), pos);
  if (open >= 0 && (first < 0 || open < first)) return b.newInt(undefined, pos);
  if (first < 0) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
  return b.newInt(BigInt(first), pos);
}
