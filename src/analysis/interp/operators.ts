// Truth values and operators (+, *, in, ==, <, ...) on modelled values: a
// new object where CPython makes one, the same object where it returns it.
import { attrDictSize, isAttrMapDict } from './attrDictIter';
import { complexBinop, complexCompare, complexTruth, complexUnary, newComplex } from './complexNumbers';
import { cPow } from '../ir/complexMath';
import { heldWhile } from './heldWhile';
import { compareKeys, isKeyComparison } from './cmpToKey';
import { LIMITS } from './limits';
import { isChainMap } from './chainMap';
import { isMappingProxy } from './mappingProxy';
import { exactBuiltin, notWeakrefable, numeric, programMro, unhashableKey } from './typeErrors';
import { counterBinop, counterInplace, counterUnary, isCounter } from './counterModel';
import { enumMemberTruth, flagCombine, flagContains, flagInvert, intEnumCompared, intEnumOperand, isEnumMemberObj } from './enums';
import { decimalMixRefused, pureBinop, pureCompare, pureKey, pureTruth, pureUnary } from './pureValues';
import type { Builtins } from './builtins';
import { attrDictContains } from './instanceDictMethods';
import { isAttrDict } from './attrDictIter';
import type { Frame } from './frame';
import type { G, PyException } from './interpreter';
import { attrOrSlot, countUnknown, knownInt, opaqueValue } from './objects';
import type { PyObj } from './objects';
import { lookupKey, mergeCompares, settleItems, settleKey } from './valueKeys';
import { itemEqual, searchEqual, searchRunsCode } from './sequenceSearch';
import { maybeRunHook, repeatByIndex } from './slotHooks';
import { done } from './finished';
import { pathCompared, pathDivide } from './pathlibModel';
import { bytesConcat, bytesContent, bytesRepeat, hasExports, isBytearray } from './bytesObjects';
import { isSet, keysViewBinop, keysViewRelation, setBinop, swapBodies } from './setAlgebra';
import { differenceCompares, differenceInPlaceCompares, intersectionCompares, relationCompares, symmetricDifferenceCompares, symmetricDifferenceInPlaceCompares } from './setAlgebraCompares';
import { isSimpleNamespace } from './simpleNamespace';
import { floatHook, HookCtx, indexHook, intHook } from './numberHooks';
import { instanceEquality, rightSubclassFirst } from './instanceEquality';
import { exactInt, remainderIsLeft, rshiftIsLeft } from './intIdentity';
import { weakDictBinop } from './weakDictUnion';
import { weakSetBinop, weakSetCompare } from './weakSetAlgebra';
import { bumpDequeState } from './iterMutation';

type Pos = { line: number; col: number };

// ('divmod' is the builtin's nb_divmod: divmod(a, b) with an instance runs through the same dispatch)
const DUNDER: Record<string, string> = { divmod: 'divmod', '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow', '@': 'matmul', '&': 'and', '|': 'or', '^': 'xor', '<<': 'lshift', '>>': 'rshift' };


export function truthy(bi: Builtins, o: PyObj): boolean | undefined {
  if (o.pureData) return pureTruth(o);
  if (isEnumMemberObj(o)) return enumMemberTruth(bi, o, (v) => truthy(bi, v));
  if (o.kind === 'unknown' || (o.fuzzy && (o.kind === 'int' || o.kind === 'float' || o.kind === 'bool') && o.value === undefined)) return undefined;
  switch (o.kind) {
    case 'none': return false;
    case 'bool': return o.value === undefined ? undefined : !!o.value;
    case 'int': return o.value === undefined ? undefined : o.value !== 0n;
    case 'float': return o.value === undefined ? undefined : o.value !== 0;
    case 'complex': return o.type === 'complex' && !o.cls ? complexTruth(o) : undefined;
    case 'str': return o.value === undefined ? undefined : String(o.value).length > 0;
    case 'bytes': { const v = bytesContent(o); return v === undefined ? undefined : v.length > 0; }
    case 'list': case 'tuple': return o.fuzzy && o.kind === 'list' ? undefined : (o.items?.length ?? 0) > 0;
    case 'dict': case 'set': case 'frozenset': {
      // (an attribute map, `vars(obj)`, `obj.__dict__`: its entries are the attributes: attrDictIter.ts)
      if (o.kind === 'dict' && isAttrMapDict(o)) {
        const n = attrDictSize(o);
        return n.atLeast > 0 ? true : n.exact === 0 ? false : undefined;
      }
      return o.fuzzy ? undefined : (o.entries?.size ?? 0) > 0;
    }
    // A dict view or mappingproxy is as true as its dict is long.
    case 'view': return o.iterSource?.kind === 'dict' ? truthy(bi, o.iterSource) : undefined;
    case 'instance': {
      if (bi.lookupClassAttr(o.cls, '__bool__') || bi.lookupClassAttr(o.cls, '__len__')) return undefined;
      return true;
    }
    default: return true;
  }
}

/** A known int's value (not an id(), whose value is an address the analysis does not know). */
// (knownInt lives in objects.ts, a module with no runtime imports of the engine: reModule.ts reads it
// without importing the operator machinery, whose imports reach the builtin tables that list re's)
export { knownInt };

/**
 * PyObject_RichCompareBool(a, b, Py_EQ): the same object is equal without a
 * call; otherwise `==` runs (a Python __eq__ included). Undefined: unknown.
 */
export function* richEqual(bi: Builtins, a: PyObj, b: PyObj, frame: Frame, pos: Pos): G<boolean | undefined> {
  if (a === b) return true;
  return yield* bi.it.truthOf(yield* compare(bi, '==', a, b, frame, pos), frame);
}

export function num(bi: Builtins, o: PyObj): number | bigint | undefined {
  // An id() is an address the analysis does not know (its model value only names the object).
  if (o.kind === 'int') return o.fromId ? undefined : o.value as bigint | undefined;
  if (o.kind === 'bool') return o.value === undefined ? undefined : (o.value ? 1n : 0n);
  if (o.kind === 'float') return o.value as number | undefined;
  return undefined;
}

/**
 * `l op r` (owned result). Only in-place operations on containers, operands
 * with their own methods and '%' formatting can run code or iterate; the rest
 * is answered at once, without a generator (see finished.ts).
 */

/** The references an OrderedDict's linked-list node holds on each key (1), else 0. */
const nodeRefs = (d: PyObj): number => (d.kind === 'dict' && d.type === 'OrderedDict' ? 1 : 0);

/**
 * The type of `l | r` for two dicts: a defaultdict or OrderedDict operand's own nb_or runs (the
 * left one's first; an exact dict's or a Counter's declines a subtype on the right) and makes its
 * own type, a defaultdict with the same default_factory (defdict_or's new_defdict), an
 * OrderedDict through type(od)(left) (odict_or); else dict_or's PyDict_Copy, an exact dict. A
 * subtype's dict is tracked from birth (dict_new), whatever it holds.
 */
function dictOrType(bi: Builtins, out: PyObj, l: PyObj, r: PyObj): void {
  const own = (o: PyObj): boolean => o.type === 'defaultdict' || o.type === 'OrderedDict';
  const src = own(l) ? l : own(r) ? r : undefined;
  if (!src) return;
  out.type = src.type;
  out.tracked = true;
  if (src.defaultFactory) out.defaultFactory = bi.it.heap.incref(src.defaultFactory);
}

export function binop(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: Pos): G<PyObj> {
  if (isCounter(l) && isCounter(r) && '+-|&'.includes(op)) {
    // Counter's own operators (counterModel.ts); the in-place ones change l and return it.
    if (inplace && counterInplace(bi, op, l, r, pos)) return done(bi.it.heap.incref(l)!);
    const c = inplace ? undefined : counterBinop(bi, op, l, r, pos);
    if (c) return done(c);
  }
  if (inplace && l.kind === 'list' && (op === '+' || op === '*')) return binopSuspending(bi, op, l, r, frame, inplace, pos);
  if (inplace && (l.kind === 'set' || l.kind === 'dict') && (op === '|' || op === '&' || op === '-' || op === '^')) return binopSuspending(bi, op, l, r, frame, inplace, pos);
  if (l.kind === 'instance' || r.kind === 'instance' || (op === '%' && l.kind === 'str') || mergedUnion(op, l, r) || setsCompared(op, l, r)) return binopSuspending(bi, op, l, r, frame, inplace, pos);
  if (classTupleOperator(bi, op, l) || classTupleOperator(bi, op, r)) return binopSuspending(bi, op, l, r, frame, inplace, pos);
  // (an in-place resize of a bytearray a memoryview holds: BufferError)
  if (inplace && (op === '+' || op === '*') && isBytearray(l) && hasExports(l)) throw bi.it.raiseObj(bi.cError('BufferError', pos), frame, true);
  if (op === '+' && l.kind === 'bytes' && r.kind === 'bytes') return done(bytesConcat(bi, l, r, inplace, pos));
  if (op === '*' && (l.kind === 'bytes' || r.kind === 'bytes') && (l.kind === 'int' || r.kind === 'int' || l.kind === 'bool' || r.kind === 'bool')) {
    return done(l.kind === 'bytes' ? bytesRepeat(bi, l, num(bi, r), inplace, pos) : bytesRepeat(bi, r, num(bi, l), false, pos));
  }
  const flag = flagCombine(bi, op, l, r, pos);
  if (flag) return done(flag);
  // An IntEnum member is an int: int's own arithmetic runs on its value (a plain new int).
  const li = intEnumOperand(bi, l, op, DUNDER[op]);
  const ri = intEnumOperand(bi, r, op, DUNDER[op]);
  // (the other operand a plain number: an object of another type could take the member in its reflected method)
  const plainNumber = (x: PyObj): boolean => (x.kind === 'int' || x.kind === 'bool' || x.kind === 'float') && x.type === x.kind;
  if ((li && (ri || plainNumber(r))) || (ri && plainNumber(l))) return done(plainBinop(bi, op, li ?? l, ri ?? r, frame, pos));
  return done(plainBinop(bi, op, l, r, frame, pos));
}

/**
 * `l | r` of two sets, or two plain dicts, whose merge (set_merge / dict_merge) compares r's keys
 * with l's (valueKeys.ts mergeCompares): `|` merges into a copy of l (set_or / dict_or), `|=` into l.
 */
function mergedUnion(op: string, l: PyObj, r: PyObj): boolean {
  return op === '|' && ((isSet(l) && isSet(r)) || (l.kind === 'dict' && r.kind === 'dict' && l.type === 'dict' && r.type === 'dict'));
}

/** `l & r`, `l - r`, `l ^ r` of two sets: their members are looked up in each other (setAlgebraCompares.ts). */
function setsCompared(op: string, l: PyObj, r: PyObj): boolean {
  return (op === '&' || op === '-' || op === '^') && isSet(l) && isSet(r);
}

/** The comparisons `l op r` of two sets runs: in l itself for set_iand / set_isub / set_ixor (`inplace`). */
function* setOpCompares(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean): G<void> {
  if (op === '&') yield* intersectionCompares(bi, l, r, frame);
  else if (op === '-') yield* (inplace ? differenceInPlaceCompares(bi, l, r, frame) : differenceCompares(bi, l, r, frame));
  else if (op === '^') yield* (inplace ? symmetricDifferenceInPlaceCompares(bi, l, r, frame) : symmetricDifferenceCompares(bi, l, r, frame, true));
}

function* binopSuspending(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: Pos): G<PyObj> {
  const h = bi.it.heap;
  if (op === '*') {
    const rep = yield* repeatByIndex(bi, l, r, frame, inplace, pos);
    if (rep) return rep;
  }
  // In-place operations on mutable containers change them and return the same object.
  if (inplace && l.kind === 'list' && (op === '+' || op === '*')) {
    // (a deque's `+=` / `*=` that adds or drops items bumps its state: iterMutation.ts)
    const lenBefore = l.items!.length;
    if (op === '+') {
      const before = bi.standIns;
      const add = yield* bi.iterateAll(r, frame);
      for (const x of add) { l.items!.push(x); bi.noteStore(l, x); }
      bi.filledFrom(l, before);
    } else {
      const n = num(bi, r);
      if (typeof n === 'bigint') {
        const orig = [...l.items!];
        for (let i = 1n; i < n; i++) for (const x of orig) { l.items!.push(h.incref(x)!); }
        if (n <= 0n) { const old = l.items!; l.items = []; for (const x of old) h.decref(x); }
      } else h.escape(l);
    }
    if (l.type === 'deque' && l.items?.length !== lenBefore) bumpDequeState(l);
    return h.incref(l)!;
  }
  if (inplace && (l.kind === 'set' || l.kind === 'dict') && (op === '|' || op === '&' || op === '-' || op === '^')) {
    // (set_ior merges r into l itself: no copy of l is held while r's elements are compared)
    const merged = mergedUnion(op, l, r) || (l.kind === 'set' && setsCompared(op, l, r));
    if (mergedUnion(op, l, r)) yield* mergeCompares(bi, l, r, frame, false);
    else if (merged) yield* setOpCompares(bi, op, l, r, frame, true);
    const res = merged ? plainBinop(bi, op, l, r, frame, pos) : yield* bi.binop(op, l, r, frame, false, pos);
    if (res.kind === l.kind && l.kind === 'set') {
      // set_ior / set_iand / set_isub / set_ixor: the receiver holds the result's elements
      // (after `&=` possibly the other set's equal objects: setAlgebra.ts).
      swapBodies(bi, l, res);
      h.decref(res);
      return h.incref(l)!;
    }
    if (res.kind === l.kind) {
      const old = l.entries!;
      l.entries = res.entries;
      res.entries = new Map();
      // (an OrderedDict's linked-list node holds its key once more: the receiver's own type
      // decides, whichever type the merged result was made as; `d |= od` stays a dict)
      const shift = nodeRefs(l) - nodeRefs(res);
      for (const e of l.entries?.values() ?? []) if (shift > 0) h.incref(e.key); else if (shift < 0) h.decref(e.key);
      h.decref(res);
      for (const e of old.values()) { h.decref(e.key); if (nodeRefs(l)) h.decref(e.key); if (l.kind === 'dict') h.decref(e.value); }
      return h.incref(l)!;
    }
    return res;
  }
  if (op === '%' && l.kind === 'str') {
    // '%s' % x / % (x, y): each value is converted with str(); '%s' % s is s itself (the writer keeps a lone exact str).
    const site = { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:%` };
    const lone = r.kind === 'tuple' ? (r.items?.length === 1 ? r.items[0] : undefined) : r;
    // (a shortcut of the lone-conversion rule below, kept because it is the common case)
    if (l.value === '%s' && lone?.kind === 'str') return h.incref(lone)!;
    // No conversion at all and nothing to convert (`s % ()`, `s % {}`): the writer keeps s itself.
    const nothing = (r.kind === 'tuple' && r.items?.length === 0 && !r.fuzzy) || (r.kind === 'dict' && !r.cls);
    if (typeof l.value === 'string' && !l.value.includes('%') && nothing && l.type === 'str') return h.incref(l)!;
    // (of a text not known, that may be the case too, or a conversion may need a value: TypeError)
    if (l.value === undefined && nothing && l.type === 'str') {
      bi.it.noteMayRaise();
      return bi.maybeSame(l, pos);
    }
    let values = r.kind === 'tuple' ? r.items ?? [] : [r];
    let specs = typeof l.value === 'string' && (r.kind !== 'tuple' || !r.fuzzy) ? percentSpecs(l.value) : undefined;
    if (specs?.length && specs[0].key !== undefined) {
      // `%(key)s`: each value is the mapping's item (PyObject_GetItem); of a dict whose items are
      // all known, a key it lacks is a KeyError. Of anything else the values are not known.
      if (r.kind !== 'dict' || r.type !== 'dict' || r.fuzzy || !r.entries) specs = undefined;
      else {
        const found = specs.map((x) => bi.dictGetStr(r, x.key!));
        if (found.some((x) => !x)) throw bi.it.raiseObj(bi.cError('KeyError', pos), frame, true);
        values = found as PyObj[];
      }
    }
    const lonely = loneTextConversion(l.value, specs);
    const error = percentError(l, r, values, specs);
    if (error === true) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
    if (error === undefined) bi.it.noteMayRaise();
    const pieces: (string | undefined)[] = [];
    for (const [i, x] of values.entries()) {
      // (%d / %f / %x … of an instance: its number hooks, not its __str__; a format the model cannot
      // read may convert it with __index__: run once under an unknown condition, slotHooks.ts)
      const n = x.kind === 'instance' && specs?.[i] ? yield* percentNumber({ it: bi.it, frame, site, pos }, specs[i].conv, x) : specs ? undefined : maybeRunHook(bi, x, '__index__', frame, site);
      if (n) {
        pieces.push(formatPiece(specs![i], n, n));
        h.decref(n);
        continue;
      }
      // (a class of the program with none of them: "%d format: a real number is required")
      if (x.kind === 'instance' && specs?.[i] && 'dixXocf'.includes(specs[i].conv) && !x.basePayload && x.cls && knownClass(x.cls)) {
        throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
      }
      const t = yield* bi.textOf(x, specs?.[i]?.conv === 'r' ? 'repr' : 'str', frame, site);
      if (lonely && values.length === 1 && t.kind === 'str' && !r.basePayload) {
        // (the one conversion's str itself: its own, or what the value's __str__ / __repr__ gave)
        const keeps = keepsText(lonely, t);
        if (keeps) return t;
        if (keeps === undefined) return bi.maybeSameReplacing(t, pos);
      }
      // (a format of unknown text with one value may be a lone '%s' / '%r': its str may be the result)
      if (l.value === undefined && lone && values.length === 1 && t.kind === 'str') return bi.maybeSameReplacing(t, pos);
      pieces.push(specs?.[i] ? formatPiece(specs[i], x, t) : undefined);
      bi.it.heap.decref(t);
    }
    // A known format with as many plain conversions as values: the text is known.
    const known = specs && specs.length === values.length && pieces.every((p) => p !== undefined);
    // (a lone value the model does not know may be an exact str, and '%s' give it back; so may any
    // lone str under a format of unknown text: the result's count opens)
    if (!known && lone && (l.value === '%s' || l.value === undefined) && (lone.kind === 'unknown' || lone.kind === 'str')) return bi.maybeSame(lone, pos);
    return bi.newStr(known ? percentJoin(l.value as string, pieces as string[]) : undefined, pos);
  }
  if (classTupleOperator(bi, op, l) || classTupleOperator(bi, op, r)) {
    const res = yield* instanceBinop(bi, op, l, r, frame, inplace, pos);
    if (res) return res;
    // `+` that every method declined (or none defined: `(5, 5) + v`, v's class without `__radd__`):
    // the left tuple's sq_concat concatenates into an exact tuple, unless its class defines `__add__`,
    // which empties its sq_concat: TypeError (measured 3.11-3.13). Other fallbacks escape.
    const own = (o: PyObj, ...ms: string[]): boolean => o.kind === 'tuple' && !!o.cls && ms.some((m) => bi.lookupClassAttr(o.cls, m)?.kind === 'function');
    if (op === '+' && l.kind === 'tuple' && r.kind === 'tuple' && !r.fuzzy && !l.fuzzy) {
      if (own(l, '__add__')) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
      if (l.type === 'tuple' || l.cls) return plainBinop(bi, op, l, r, frame, pos);
    }
    // (`*` every method declined, each tuple's class defining `__mul__` / `__rmul__`, which empties
    // its sq_repeat: `p * 1.5`, TypeError, measured 3.11-3.13)
    const seqs = [l, r].filter((o) => o.kind === 'tuple');
    if (op === '*' && seqs.every((o) => own(o, '__mul__', '__rmul__'))) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
    // (what the model does not follow may raise: an except clause after it runs)
    bi.it.noteMayRaise();
    h.escape(l); h.escape(r);
    return bi.unknown(pos.line, pos.col);
  }
  if (l.kind === 'instance' || r.kind === 'instance') {
    // (a WeakSet's set algebra: weakSetAlgebra.ts)
    const ws = l.weakContainer ? weakSetBinop(bi, op, l, r, inplace, pos) : undefined;
    if (ws) return ws;
    // (a WeakValueDictionary's / WeakKeyDictionary's `|`: weakDictUnion.ts)
    const wd = l.weakContainer || r.weakContainer ? yield* weakDictBinop(bi, op, l, r, frame, inplace, pos) : undefined;
    if (wd) return wd;
    const res = yield* instanceBinop(bi, op, l, r, frame, inplace, pos);
    if (res) return res;
    // (a method the model does not follow may raise: an except clause after it runs)
    bi.it.noteMayRaise();
    h.escape(l); h.escape(r);
    return bi.unknown(pos.line, pos.col);
  }
  // (set_or: a copy of l, then r's elements added to it, compared with l's: setAlgebra.ts)
  if (mergedUnion(op, l, r)) yield* mergeCompares(bi, l, r, frame, !inplace || l.kind === 'frozenset');
  if (setsCompared(op, l, r)) yield* setOpCompares(bi, op, l, r, frame, false);
  return plainBinop(bi, op, l, r, frame, pos);
}

/**
 * A binary operator with a user class's instance on either side, as binary_op1 tries it: an
 * in-place method first, then the left operand's method, then the right operand's reflected one
 * (`3 * m` is m.__rmul__(3), `sum(ms)` starts with 0 + m); a right operand whose class is a proper
 * subclass overriding the reflection goes first. NotImplemented passes on to the next; when every
 * one declines, TypeError. Undefined when a side's method is not a plain function (a builtin
 * base's, a descriptor) or a builtin left operand might handle the instance itself (a sequence
 * repeated by an __index__ object): the caller gives up on it.
 */
function* instanceBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, inplace: boolean, pos: Pos): G<PyObj | undefined> {
  const h = bi.it.heap;
  const name = DUNDER[op];
  if (!name) return undefined;
  // (MutableSequence.__iadd__ of a collections.abc base, when the class defines none: abcMixins.ts)
  if (inplace && l.kind === 'instance' && !bi.lookupClassAttr(l.cls, `__i${name}__`)) {
    const mixed = yield* bi.abcMixinFromSlot(l, `__i${name}__`, [r], frame, pos);
    if (mixed) return mixed;
  }
  // (a tuple of a class whose own operator methods the program defines counts as its instance:
  // a namedtuple subclass's or a slotted tuple subclass's, tupleSubclass.ts)
  const userClass = (o: PyObj): PyObj | undefined => ((o.kind === 'instance' || classTupleOperator(bi, op, o)) && !o.basePayload && o.cls && !o.cls.external && !o.cls.unknownBase ? o.cls : undefined);
  const lc = userClass(l), rc = userClass(r);
  if ((l.kind === 'instance' && !lc) || (r.kind === 'instance' && !rc)) return undefined;
  // (a builtin left operand's own slot declines an instance, except a sequence's repeat by an __index__ object;
  // a str's '%' formats it: binopSuspending answers that first)
  if (!lc && (op === '*' || op === '+') && bi.lookupClassAttr(rc, '__index__')) return undefined;
  const method = (cls: PyObj | undefined, m: string): PyObj | undefined | false => {
    const f = bi.lookupClassAttr(cls, m);
    if (!f) return undefined;
    return f.kind === 'function' ? f : false;
  };
  const tries: [PyObj, PyObj, PyObj][] = [];
  if (inplace && lc) {
    const im = method(lc, `__i${name}__`);
    if (im === false) return undefined;
    if (im) tries.push([im, l, r]);
  }
  const lm = lc ? method(lc, `__${name}__`) : undefined;
  const rm = rc && rc !== lc ? method(rc, `__r${name}__`) : undefined;
  if (lm === false || rm === false) return undefined;
  // A class with a builtin base (`class MyInt(int)`, an ABC mixin) gets the base's number slots
  // when it defines none itself: `MyInt(3) + 1` is int.__add__'s, which the model does not run.
  // (tuple, the base of a class's tuple, has no number slots: only its sequence ones, below)
  if ((lc && !lm && builtinBased(lc) && l.kind !== 'tuple') || (rc && rc !== lc && !rm && builtinBased(rc) && r.kind !== 'tuple')) return undefined;
  // (`Idx() * 'ab'`: when both decline, PyNumber_Multiply repeats the right sequence by the left's __index__)
  if (op === '*' && !rc && lc && !lm && bi.lookupClassAttr(lc, '__index__')) return undefined;
  const rFirst = rm && rightSubclassFirst(bi, lc, rc) && rm !== bi.lookupClassAttr(lc, `__r${name}__`);
  if (rFirst) tries.push([rm, r, l]);
  if (lm) tries.push([lm, l, r]);
  if (rm && !rFirst) tries.push([rm, r, l]);
  // (a builtin left operand the right one does not reflect for: left to the caller, not a sure TypeError)
  if (!lc && !rm) return undefined;
  for (const [m, a, b2] of tries) {
    const res = yield* bi.it.callObject(m, [h.incref(a)!, h.incref(b2)!], [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:op` });
    if (res.type !== 'NotImplementedType') return res;
    h.decref(res);
  }
  // Every method declined. A tuple's sq_concat / sq_repeat comes next, unless the operand's class
  // emptied it by defining `__add__` / `__mul__` / `__rmul__`: left to the caller (binopSuspending).
  if ((op === '+' || op === '*') && (l.kind === 'tuple' || r.kind === 'tuple')) return undefined;
  throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
}

/**
 * Whether `o` is a tuple of a class (a namedtuple subclass's or a slotted tuple subclass's instance,
 * tupleSubclass.ts) whose class has a function of the program for operator `op`, forward, reflected
 * or in-place: binary_op1 reaches it through the class's number slot, as for any class instance.
 * (Defining `__add__` / `__mul__` / `__rmul__` also empties the class's sq_concat / sq_repeat: when
 * every method declines, `v + t` is a TypeError, measured 3.11-3.13, as instanceBinop concludes.)
 */
function classTupleOperator(bi: Builtins, op: string, o: PyObj): boolean {
  const name = DUNDER[op];
  if (o.kind !== 'tuple' || !o.cls || o.cls.kind !== 'class' || !name) return false;
  return [`__${name}__`, `__r${name}__`, `__i${name}__`].some((m) => bi.lookupClassAttr(o.cls, m)?.kind === 'function');
}

/** Whether a class's MRO holds a class not of the program other than object (a builtin or library base). */
function builtinBased(cls: PyObj): boolean {
  return (cls.mroTuple?.items ?? []).some((c) => !c.classIR && c.builtinName !== 'object');
}

/**
 * Whether int `l op r` is l itself (intIdentity.ts): a remainder that took long_rem's "|a| < |b|"
 * shortcut, a negative long int shifted right by 0. Undefined: unknown values decide it.
 */
function operandMayBeLeft(op: string, l: PyObj, a: number | bigint | undefined, b: number | bigint | undefined): boolean | undefined {
  if (!exactInt(l) || typeof a === 'number' || typeof b === 'number') return false;
  return op === '%' ? remainderIsLeft(a, b) : op === '>>' ? rshiftIsLeft(a, b) : false;
}

/** The operations on builtin values that run no Python code. */
function plainBinop(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): PyObj {
  if (decimalMixRefused(op, l, r)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  const pure = pureBinop(bi, op, l, r, pos);
  if (pure) return pure;
  // (`path / part`, `part / path`: pathlibModel.ts)
  const path = op === '/' ? pathDivide(bi, l, r, pos) : undefined;
  if (path) return path;
  const h = bi.it.heap;
  // `K | None`, `K | int` (PEP 604): a types.UnionType holding a tuple of the (distinct) classes.
  const typeOperand = (x: PyObj): boolean => x.kind === 'none' || (x.kind === 'class' && !x.foreignMeta && !x.enumKind);
  if (op === '|' && typeOperand(l) && typeOperand(r) && (l.kind === 'class' || r.kind === 'class')) {
    const args = l === r ? [l] : [l, r];
    const u = h.alloc('unknown', 'types.UnionType', h.site(pos.line, pos.col, 'types.UnionType', 'X | Y'));
    u.items = [bi.newSeq('tuple', args.map((x) => h.incref(x)!), pos)];
    u.tracked = true;
    return u;
  }
  const a = num(bi, l);
  const b = num(bi, r);
  if ((l.kind === 'int' || l.kind === 'bool' || l.kind === 'float') && (r.kind === 'int' || r.kind === 'bool' || r.kind === 'float')) {
    const isFloat = l.kind === 'float' || r.kind === 'float' || op === '/';
    // (float has no bitwise operators; no number has `@`)
    if ((op === '@' || (isFloat && op !== '/' && '&|^<<>>'.includes(op))) && exactBuiltin(l) && exactBuiltin(r)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
    // (a negative shift count: ValueError)
    if ((op === '<<' || op === '>>') && typeof b === 'bigint' && b < 0n) throw bi.it.raiseObj(bi.cError('ValueError', pos), frame, true);
    if (a === undefined || b === undefined) {
      // (an unknown divisor may be zero, an unknown shift count negative; a power may overflow or be 0 ** -1)
      const divisorMayBeZero = (op === '/' || op === '//' || op === '%') && (b === undefined || Number(b) === 0);
      const powerMayFail = op === '**' && (isFloat || b === undefined || Number(b) < 0);
      if (divisorMayBeZero || ((op === '<<' || op === '>>') && b === undefined) || powerMayFail) bi.it.noteMayRaise();
      // (a remainder or a shift that may be the left int itself: its count goes open)
      if (!isFloat && operandMayBeLeft(op, l, a, b) === undefined) h.escape(l);
      return isFloat ? bi.newFloat(undefined, pos) : bi.newInt(undefined, pos);
    }
    // ZeroDivisionError carries its message in args, a tuple the collector tracks.
    const zeroDivision = (msg: string): PyException => bi.it.raiseObj(bi.newException('ZeroDivisionError', [bi.newStr(msg, pos)], pos), frame, true);
    if (isFloat) {
      const x = Number(a);
      const y = Number(b);
      if (y === 0 && (op === '/' || op === '//' || op === '%')) throw zeroDivision(op === '/' ? 'division by zero' : 'float division by zero');
      // An int too large for a float: OverflowError (int_to_double), as a float power out of range is.
      if ((typeof a === 'bigint' && !Number.isFinite(x)) || (typeof b === 'bigint' && !Number.isFinite(y))) throw bi.it.raiseObj(bi.cError('OverflowError', pos), frame, true);
      if (op === '**' && x === 0 && y < 0) throw zeroDivision('0.0 cannot be raised to a negative power');
      // (a negative base to a fractional power is a complex number, `(-8) ** (1 / 3)`: not an error)
      if (op === '**' && x < 0 && Number.isFinite(y) && !Number.isInteger(y)) {
        // (float_pow hands it to complex's power: a new complex)
        const c = cPow([x, 0], [y, 0]);
        if (typeof c === 'string') throw bi.it.raiseObj(bi.cError(c, pos), frame, true);
        return newComplex(bi, c, pos);
      }
      const v = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : op === '**' ? x ** y
        : op === '//' ? Math.floor(x / y) : op === '%' ? x - y * Math.floor(x / y) : NaN;
      if (op === '**' && !Number.isFinite(v) && Number.isFinite(x) && Number.isFinite(y)) throw bi.it.raiseObj(bi.cError('OverflowError', pos), frame, true);
      return bi.newFloat(v, pos);
    }
    const x = a as bigint;
    const y = b as bigint;
    let v: bigint | undefined;
    try {
      switch (op) {
        case '+': v = x + y; break;
        case '-': v = x - y; break;
        case '*': v = x * y; break;
        case '//': v = y === 0n ? undefined : (x / y) - ((x % y !== 0n && (x < 0n) !== (y < 0n)) ? 1n : 0n); break;
        case '%': v = y === 0n ? undefined : ((x % y) + y) % y; break;
        case '**': v = y >= 0n && y < 10000n ? x ** y : undefined; break;
        case '<<': v = y >= 0n && y < 10000n ? x << y : undefined; break;
        case '>>': v = x >> y; break;
        case '&': v = x & y; break;
        case '|': v = x | y; break;
        case '^': v = x ^ y; break;
      }
    } catch { v = undefined; }
    if (op === '**' && y < 0n && x === 0n) throw zeroDivision('0.0 cannot be raised to a negative power');
    if (op === '**' && y < 0n) return bi.newFloat(Number(x) ** Number(y), pos);
    if ((op === '//' || op === '%') && y === 0n) throw zeroDivision('integer division or modulo by zero');
    if (operandMayBeLeft(op, l, x, y)) return h.incref(l)!;
    return bi.newInt(v, pos);
  }
  // (an exact complex with an exact number: complexNumbers.ts)
  const cx = complexBinop(bi, op, l, r, frame, pos);
  if (cx) return cx;
  if (op === '+' && l.kind === 'str' && r.kind === 'str') {
    // Concatenating an empty string gives the other operand itself.
    if (r.value === '') return h.incref(l)!;
    if (l.value === '') return h.incref(r)!;
    const v = l.value === undefined || r.value === undefined ? undefined : String(l.value) + String(r.value);
    return bi.newStr(v, pos);
  }
  if (op === '*' && (l.kind === 'str' || r.kind === 'str')) {
    const s = l.kind === 'str' ? l : r;
    const other = l.kind === 'str' ? r : l;
    const n = num(bi, other);
    if (n === 1n) return h.incref(s)!;
    // (repeated by what is not an int: TypeError, `'a' * 'b'`, `'a' * 1.5`)
    if (other.kind !== 'int' && other.kind !== 'bool') {
      if (exactBuiltin(other)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
      bi.it.noteMayRaise();
    }
    return bi.newStr(s.value !== undefined && typeof n === 'bigint' ? String(s.value).repeat(Math.max(0, Number(n))) : undefined, pos);
  }
  if (l.kind === 'tuple' && op === '+' && r.kind === 'tuple' && !l.cls && !r.cls) {
    // Concatenating an empty tuple gives the other (exact) tuple itself.
    if (r.items?.length === 0) return h.incref(l)!;
    if (l.items?.length === 0) return h.incref(r)!;
  }
  if ((l.kind === 'list' || l.kind === 'tuple') && op === '+' && r.kind === l.kind) {
    const items = [...l.items!, ...r.items!].map((x) => h.incref(x)!);
    return items.length === 0 && l.kind === 'tuple' ? h.incref(bi.emptyTuple)! : bi.newSeq(l.kind, items, pos);
  }
  if ((l.kind === 'list' || l.kind === 'tuple' || r.kind === 'list' || r.kind === 'tuple') && op === '*') {
    const seq = l.kind === 'list' || l.kind === 'tuple' ? l : r;
    const other = seq === l ? r : l;
    const n = num(bi, other);
    // (repeated by what is not an int: TypeError, `[1] * 'a'`)
    if (other.kind !== 'int' && other.kind !== 'bool' && exactBuiltin(other)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
    if (typeof n !== 'bigint') { bi.it.noteMayRaise(); h.escape(seq); return bi.unknown(pos.line, pos.col); }
    // (tuple_repeat gives an exact tuple back itself, its items untouched; a tuple of a class is copied)
    if (seq.kind === 'tuple' && !seq.cls && n === 1n) return h.incref(seq)!;
    const items: PyObj[] = [];
    for (let i = 0n; i < n; i++) for (const x of seq.items!) items.push(h.incref(x)!);
    return items.length === 0 && seq.kind === 'tuple' ? h.incref(bi.emptyTuple)! : bi.newSeq(seq.kind as 'list' | 'tuple', items, pos);
  }
  if (isSet(l) && isSet(r) && ['|', '&', '-', '^'].includes(op)) return setBinop(bi, op, l, r, pos);
  const viewAlgebra = keysViewBinop(bi, op, l, r, pos);
  if (viewAlgebra) return viewAlgebra;
  if (l.kind === 'dict' && r.kind === 'dict' && op === '|') {
    const out = bi.newDict(pos);
    dictOrType(bi, out, l, r);
    bi.dictUpdate(out, l);
    bi.dictUpdate(out, r);
    return out;
  }
  const formatted = op === '%' ? bytesPercent(bi, l, r, pos) : undefined;
  if (formatted) return formatted;
  // Two exact builtin operands whose types define no such operation (1 + 'a', None + 1, (1,) + [2]):
  // TypeError. (bytes % x formats; dict |= iterable merges: neither is a sure error.)
  if (exactBuiltin(l) && exactBuiltin(r) && !(op === '%' && l.kind === 'bytes') && !(op === '|' && l.kind === 'dict')) {
    throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  }
  // (operands the model does not know may not support it either)
  bi.it.noteMayRaise();
  h.escape(l);
  h.escape(r);
  return bi.unknown(pos.line, pos.col);
}

const UNARY_DUNDER: Record<string, string> = { '-': 'neg', '+': 'pos', '~': 'invert' };

export function unary(bi: Builtins, op: string, v: PyObj, frame: Frame, pos: Pos): PyObj {
  if (op === 'not') {
    const t = bi.truthy(v);
    return t === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(!t);
  }
  const n = num(bi, v);
  // +x of an exact int or float is x itself.
  if (op === '+' && (v.kind === 'int' || v.kind === 'float')) return bi.it.heap.incref(v)!;
  const pure = v.pureValue ? pureUnary(bi, op, v, pos) : undefined;
  if (pure) return pure;
  if (v.kind === 'int' || v.kind === 'bool') return bi.newInt(typeof n === 'bigint' ? (op === '-' ? -n : op === '~' ? -n - 1n : n) : undefined, pos);
  // (~ of a float: float has no nb_invert)
  if (v.kind === 'float' && op === '~' && exactBuiltin(v)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  if (v.kind === 'float') return bi.newFloat(typeof n === 'number' ? (op === '-' ? -n : n) : undefined, pos);
  const cu = complexUnary(bi, op, v, frame, pos);
  if (cu) return cu;
  const c = counterUnary(bi, op, v, pos);
  if (c) return c;
  // A plain Flag's `~`: a member or a cached pseudo-member (enums.ts); an IntEnum member's `-` /
  // `+` / `~`: int's slot on its int part, a new plain int (`+m` too: long_long copies a subclass).
  const inv = op === '~' ? flagInvert(bi, v, pos) : undefined;
  if (inv) return inv;
  const iv = knownInt(intEnumOperand(bi, v, op, UNARY_DUNDER[op]));
  if (iv !== undefined) return bi.newInt(op === '-' ? -iv : op === '~' ? -iv - 1n : iv, pos);
  // -'a', +None, ~[1]: the type has no such slot, TypeError (an object the model does not know may not have one either).
  if (exactBuiltin(v)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  bi.it.noteMayRaise();
  bi.it.heap.escape(v);
  return bi.unknown(pos.line, pos.col);
}

/**
 * `==` with a known enum member on one side: a plain Enum's is identity (Enum defines no __eq__),
 * a mixed one's (IntEnum, StrEnum) its value's. Undefined when this does not decide it.
 */
function enumMemberEquality(bi: Builtins, l: PyObj, r: PyObj): boolean | undefined {
  const lk = bi.enumMemberKey(l);
  const rk = bi.enumMemberKey(r);
  if (lk === undefined && rk === undefined) return undefined;
  if (lk !== undefined && rk !== undefined) return lk === rk;
  const [member, key, other] = lk !== undefined ? [l, lk, r] : [r, rk!, l];
  if (other.kind === 'unknown' || (other.kind === 'instance' && !(other.cls && knownClass(other.cls)))) return undefined;
  if (member.enumMember) return other.kind === 'instance' ? undefined : false;
  const scalar = (other.kind === 'int' || other.kind === 'float' || other.kind === 'str' || other.kind === 'bool') && other.value !== undefined;
  return scalar ? bi.hashKey(other) === key : undefined;
}

/**
 * id(a) == id(b): equal for the same object; unequal for two objects both
 * alive now (addresses are not shared); otherwise unknown, since CPython
 * reuses a freed object's address for the next one of its size.
 */
function idsEqual(l: PyObj, r: PyObj): boolean | undefined {
  if (!l.fromId || !r.fromId || !l.idOf || !r.idOf) return undefined;
  if (l.idOf === r.idOf) return true;
  return l.idOf.alive && r.idOf.alive ? false : undefined;
}

/**
 * `l op r` for a comparison operator (owned result). Identity, numbers and
 * simple values are answered at once; membership, containers and operands
 * with their own methods may run code, in a generator (see finished.ts).
 */
export function compare(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj> {
  if (op === 'is' || op === 'is not') {
    // An unknown value may be any object (None included): only the same object is surely itself.
    // Enum members are known objects of unknown count: two of them are the same object or not.
    // (an unseen item of a gc.get_referrers list is none of the objects whose count the model knows)
    const surelyOther = (u: PyObj, k: PyObj): boolean => !!u.unseenItem && k.kind !== 'unknown' && !countUnknown(k);
    if (l !== r && (surelyOther(l, r) || surelyOther(r, l))) return done(bi.bool(op !== 'is'));
    // An enum member is one object of its own (modelled as an unknown holding its class, its count
    // perhaps open): never None nor any other value of a kind the model knows, so `state is not
    // None` on a member is decided; only an unknown value may be it.
    if (l !== r && ((isEnumMemberObj(l) && r.kind !== 'unknown') || (isEnumMemberObj(r) && l.kind !== 'unknown'))) return done(bi.bool(op !== 'is'));
    if (l !== r && (l.kind === 'unknown' || r.kind === 'unknown') && !(l.enumMember && r.enumMember)) return done(bi.unknownBool(pos.line, pos.col));
    // A small int of unknown value (a byte) may be any cached int.
    const someSmallInt = (x: PyObj): boolean => x.kind === 'int' && x.immortal && x.value === undefined;
    if (l !== r && (someSmallInt(l) || someSmallInt(r)) && l.kind === r.kind) return done(bi.unknownBool(pos.line, pos.col));
    return done(bi.bool((l === r) === (op === 'is')));
  }
  if (op === 'in' || op === 'not in') return membership(bi, op, l, r, frame, pos);
  if (op === '==' || op === '!=') {
    const eq = enumMemberEquality(bi, l, r);
    if (eq !== undefined) return done(bi.bool(eq === (op === '==')));
  }
  // Keys of functools.cmp_to_key: the program's cmp decides (cmpToKey.ts).
  if (isKeyComparison(op, l, r)) return compareKeys(bi, op, l, r, frame, pos);
  // Dates, timedeltas, Fractions of known value (pureValues.ts): compared in C or fractions.py, no program code.
  const pc = pureCompare(op, l, r);
  if (pc !== undefined) return done(bi.bool(pc));
  // (a dict's keys view against a set or another keys view: setAlgebra.ts)
  const vr = l.kind === 'view' || r.kind === 'view' ? keysViewRelation(bi, op, l, r) : undefined;
  if (vr !== undefined) return done(bi.bool(vr));
  // An IntEnum member ordered against a number or another one: int's comparison of its value.
  const ints = op === '<' || op === '<=' || op === '>' || op === '>=' ? intEnumCompared(bi, l, r) : undefined;
  const known = ints && plainCompare(bi, op, ints[0], ints[1], pos);
  if (known) return done(known);
  if (isSet(l) && isSet(r) && SET_RELATIONS.has(op)) return setRelation(bi, op, l, r, frame, pos);
  const quick = plainCompare(bi, op, l, r, pos);
  return quick ? done(quick) : richCompare(bi, op, l, r, frame, pos);
}

const SET_RELATIONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** Two sets ordered or compared: set_richcompare's lookups run first (setAlgebraCompares.ts). */
function* setRelation(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj> {
  yield* relationCompares(bi, op, l, r, frame);
  return plainCompare(bi, op, l, r, pos) ?? (yield* richCompare(bi, op, l, r, frame, pos));
}

/**
 * `l == r` where a side's __eq__ is Mapping's or Set's mixin (abcMixins.ts), the left one first and the
 * right one when the left is a dict or set (their __eq__ declines a non-dict / non-set): NotImplemented from it
 * against a builtin value leaves identity. Undefined when that is not the case or not known.
 */
function* mixinEquality(bi: Builtins, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<boolean | undefined> {
  const h = bi.it.heap;
  // (a builtin dict / set declines an instance: the right one's reflected __eq__ decides)
  const builtinLeft = (l.kind === 'dict' || l.kind === 'set' || l.kind === 'frozenset') && !l.cls;
  const [self, other] = l.kind === 'instance' ? [l, r] : builtinLeft && r.kind === 'instance' ? [r, l] : [undefined, undefined];
  if (!self || !other) return undefined;
  const res = yield* bi.abcMixinFromSlot(self, '__eq__', [other], frame, pos);
  if (!res) return undefined;
  const declined = res.kind === 'notimpl';
  if (declined) h.decref(res);
  const t = declined ? undefined : yield* bi.it.truthOf(res, frame);
  if (declined) return other.kind !== 'instance' && other.kind !== 'unknown' ? l === r : undefined;
  return t;
}

/** `l in r` / `l not in r`: keys and items with their own __eq__ are settled first (valueKeys.ts). */
function* membership(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj> {
  let found: boolean | undefined = flagContains(bi, l, r);
  if (found !== undefined) return bi.bool(op === 'in' ? found : !found);
  // The answer is True or False; but where an unknown operand's own methods (__contains__, __eq__,
  // __hash__) would run, what they leave is unknown too: an open result of any kind, as before.
  const unknownCode = l.kind === 'unknown' || r.kind === 'unknown' || (r.kind === 'instance' && !r.weakContainer && !r.basePayload);
  const open = (): PyObj => (unknownCode ? bi.unknown(pos.line, pos.col) : bi.unknownBool(pos.line, pos.col));
  const contains = r.kind === 'instance' ? bi.lookupClassAttr(r.cls, '__contains__') : undefined;
  if (contains?.kind === 'function') {
    // slot_sq_contains: __contains__(self, item) with new references, its result's truth.
    const res = yield* bi.it.callObject(contains, [bi.it.heap.incref(r)!, bi.it.heap.incref(l)!], [], frame, { line: pos.line, col: pos.col, key: 'contains' });
    found = yield* bi.it.truthOf(res, frame);
    if (found === undefined) return open();
    return bi.bool(op === 'in' ? found : !found);
  }
  // Mapping's / Sequence's __contains__ mixin (abcMixins.ts), called by the slot.
  const mixed = r.kind === 'instance' && !contains ? yield* bi.abcMixinFromSlot(r, '__contains__', [l], frame, pos) : undefined;
  if (mixed) {
    found = bi.truthy(mixed);
    bi.it.heap.decref(mixed);
    if (found === undefined) return open();
    return bi.bool(op === 'in' ? found : !found);
  }
  // `k in chain`: in any of its mappings.
  if (isChainMap(r)) {
    for (const m of r.attrs!.get('maps')!.items ?? []) {
      const t = yield* bi.it.truthOf(yield* membership(bi, 'in', l, m, frame, pos), frame);
      if (t !== false) return t === undefined ? open() : bi.bool(op === 'in');
    }
    return bi.bool(op !== 'in');
  }
  // A list / dict subclass without its own __contains__: the builtin type's, on the builtin part.
  if (r.kind === 'instance' && r.basePayload) return yield* membership(bi, op, l, r.basePayload, frame, pos);
  // WeakKeyDictionary.__contains__ (`ref(key) in self.data`), WeakValueDictionary's (`self.data[key]()
  // is not None`) and WeakSet's (`ref(item) in self.data`): a live entry for the key; none, when the
  // content is known. WeakSet's temporary ref has no callback and is freed on return (no garbage);
  // an item that cannot be weakly referenced is not in it (its TypeError is caught: False).
  if (r.weakContainer && (r.type === 'WeakKeyDictionary' || r.type === 'WeakValueDictionary' || r.type === 'WeakSet') && !contains) {
    if (r.type === 'WeakSet' && notWeakrefable(l)) return bi.bool(op !== 'in');
    yield* settleKey(bi, l, frame);
    found = bi.weakEntry(r, l) ? true : r.fuzzy || l.fuzzy || bi.keyUnknown(l) ? undefined : false;
    if (found === undefined) return open();
    return bi.bool(op === 'in' ? found : !found);
  }
  // `k in proxy` asks its mapping.
  if (isMappingProxy(r)) return yield* membership(bi, op, l, r.iterSource!, frame, pos);
  // No __contains__ but __iter__ or __getitem__ (_PySequence_IterSearch): iter(r), each item
  // compared with `x == l` (identity first) until one is equal; the iterator is freed after.
  const search = r.kind === 'instance' && !r.weakContainer && !contains && r.cls && knownClass(r.cls)
    ? bi.lookupClassAttr(r.cls, '__iter__') ?? bi.lookupClassAttr(r.cls, '__getitem__') : undefined;
  if (search?.kind === 'function') {
    const h = bi.it.heap;
    const itr = yield* bi.getIter(r, frame);
    try {
      // (past the bound the answer stays unknown)
      for (let n = 0; n < LIMITS.MAX_LOOP_ITERATIONS; n++) {
        const x = yield* bi.iterNext(itr, frame);
        if (!x) { found = false; break; }
        let eq: boolean | undefined;
        try {
          // (_PySequence_IterSearch's hold on the item is the one PyIter_Next gave it: x's own)
          eq = yield* itemEqual(bi, x, l, frame, pos, true, false);
        } finally {
          h.decref(x);
        }
        if (eq !== false) { found = eq; break; }
      }
    } finally {
      h.decref(itr);
    }
    if (found === undefined) return open();
    return bi.bool(op === 'in' ? found : !found);
  }
  // `1 in 5`, `x in None`: no __contains__, __iter__ or __getitem__; `1 in 'abc'`: a str holds only strs. TypeError.
  if (exactBuiltin(r) && (numeric(r) || r.kind === 'none' || (r.kind === 'str' && exactBuiltin(l) && l.kind !== 'str'))) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  // A dict or set looks the key up by hash: unhashable is a TypeError (a set key is retried as a frozenset by a set).
  const bad = r.entries && (r.kind === 'dict' || r.kind === 'set' || r.kind === 'frozenset') && !(l.kind === 'set' && r.kind !== 'dict') ? unhashableKey(bi, l, pos) : undefined;
  if (bad) throw bi.it.raiseObj(bad, frame, true);
  // (a dict or set hashes the key first: its own __hash__ runs, slotHooks.ts; a list, tuple or
  // deque compares item by item, sequenceSearch.ts)
  const bySearch = r.items && searchRunsCode(bi, r.items, l);
  if (r.entries && (r.kind === 'dict' || r.kind === 'set' || r.kind === 'frozenset')) yield* lookupKey(bi, l, frame, r);
  else if (!bySearch) yield* settleKey(bi, l, frame);
  if (r.items && !bySearch) yield* settleItems(bi, r, frame);
  if (r.entries) found = r.entries.has(bi.hashKey(l)) || undefined;
  if (isAttrDict(r)) found = attrDictContains(r, l);
  if (r.entries && found === undefined && !r.fuzzy && !l.fuzzy && !bi.keyUnknown(l)) found = false;
  if (r.items) {
    // (tuplecontains holds no item while comparing it; list_contains and deque_contains do)
    const eq = bySearch ? yield* searchEqual(bi, r.items, l, frame, pos, false, r.kind !== 'tuple') : r.items.map((x) => itemEquals(bi, x, l));
    found = eq.includes(true) ? true : eq.includes(undefined) || r.fuzzy ? undefined : false;
  }
  if (r.kind === 'str' && l.kind === 'str' && l.value !== undefined && r.value !== undefined) found = String(r.value).includes(String(l.value));
  // (an object the model does not know on either side: its __contains__, __eq__ or __hash__ may
  // raise, or it may not be a container at all)
  if (opaqueValue(l) || opaqueValue(r) || (r.kind === 'instance' && !r.weakContainer && !r.basePayload)) bi.it.noteMayRaise();
  if (found === undefined) return open();
  return bi.bool(op === 'in' ? found : !found);
}

/**
 * Whether a sequence item equals a searched value as PyObject_RichCompareBool decides (identity first), when
 * that needs no code run: values of different families or compared by identity; known scalars and tuples of
 * them; keys with their own __eq__ settled before (valueKeys.ts), equal when they share a hash key.
 */
export function itemEquals(bi: Builtins, x: PyObj, k: PyObj): boolean | undefined {
  if (x === k) return true;
  const hx = bi.hashKey(x);
  const hk = bi.hashKey(k);
  if (hx === hk) return true;
  // (two values of known value with different keys: a date, a Fraction, a number)
  if ((pureKey(x) !== undefined || pureKey(k) !== undefined) && !hx.startsWith('id:') && !hk.startsWith('id:')) return false;
  const fx = eqFamily(bi, x);
  const fk = eqFamily(bi, k);
  if (fx && fk && (fx !== fk || fx.startsWith('id:'))) return false;
  const kind = (h: string) => (h[0] === 'f' ? 'n' : h[0]);
  if (!hx.includes('id:') && !hk.includes('id:') && kind(hx) === kind(hk) && 'nsbt'.includes(kind(hx))) return false;
  if (x.kind === 'instance' && x.cls === k.cls && !x.fuzzy && !k.fuzzy && bi.eqRep.has(x) && bi.eqRep.has(k)) return false;
  return undefined;
}

/** The rich comparisons, whose answer for two builtin numbers is True or False (a bool, never code of the program). */
const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);

/** id() values, numbers and simple values of the same kind: the result, or undefined when it takes more. */
function plainCompare(bi: Builtins, op: string, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  if (l.fromId || r.fromId) {
    const eq = idsEqual(l, r);
    if ((op === '==' || op === '!=') && eq !== undefined) return bi.bool(op === '==' ? eq : !eq);
    // id() values are addresses the analysis does not know: their order is unknown.
    return bi.unknown(pos.line, pos.col);
  }
  const a = num(bi, l);
  const b = num(bi, r);
  if (a !== undefined && b !== undefined) {
    const x = Number(a);
    const y = Number(b);
    const big = typeof a === 'bigint' && typeof b === 'bigint';
    const res = op === '<' ? (big ? a < b : x < y) : op === '<=' ? (big ? a <= b : x <= y) : op === '>' ? (big ? a > b : x > y)
      : op === '>=' ? (big ? a >= b : x >= y) : op === '==' ? x === y && (big ? a === b : true) : op === '!=' ? !(big ? a === b : x === y) : undefined;
    return res === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(res);
  }
  // Two builtin numbers, a value unknown (hash(), len() of something open): int's / float's
  // richcompare in C gives back True or False, which one unknown; no code of the program runs.
  if (COMPARISONS.has(op) && exactBuiltin(l) && exactBuiltin(r) && numeric(l) && numeric(r)) return bi.unknownBool(pos.line, pos.col);
  if ((op === '==' || op === '!=') && l.kind !== 'instance' && r.kind !== 'instance' && l.kind !== 'unknown' && r.kind !== 'unknown') {
    const simple = ['str', 'none', 'bool', 'bytes'];
    if (simple.includes(l.kind) && simple.includes(r.kind) && (l.value !== undefined || l.kind === 'none') && (r.value !== undefined || r.kind === 'none')) {
      const eq = bi.hashKey(l) === bi.hashKey(r);
      return bi.bool(op === '==' ? eq : !eq);
    }
    if (l === r) return bi.bool(op === '==');
    if (l.kind === 'method' && r.kind === 'method') return bi.bool((bi.hashKey(l) === bi.hashKey(r)) === (op === '=='));
  }
  return undefined;
}

/** The rest of rich comparison: families, sequences, dataclass fields, a class's own methods. */
function* richCompare(bi: Builtins, op: string, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<PyObj> {
  // (a WeakSet's subset tests and equality: weakSetAlgebra.ts)
  const ws = l.weakContainer ? weakSetCompare(bi, op, l, r) : undefined;
  if (ws) return ws;
  // (pathlib paths: pathlibModel.ts)
  const path = pathCompared(bi, op, l, r, (o) => exactBuiltin(o), pos);
  if (path) return path;
  const cc = complexCompare(bi, op, l, r, frame, pos);
  if (cc) return cc;
  // Builtin values of different kinds never compare equal (both sides' __eq__ return NotImplemented: identity).
  if ((op === '==' || op === '!=') && (isSimpleNamespace(l) || isSimpleNamespace(r))) {
    // namespace_richcompare: two namespaces compare their dicts; anything else, identity.
    const same = l === r ? true : isSimpleNamespace(l) && isSimpleNamespace(r) ? yield* namespacesEqual(bi, l, r, frame, pos) : false;
    return same === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(same === (op === '=='));
  }
  const fl = eqFamily(bi, l);
  const fr = eqFamily(bi, r);
  if (fl && fr && (fl !== fr || fl.startsWith('id:')) && (op === '==' || op === '!=')) return bi.bool((fl === fr) === (op === '=='));
  // A function (Python or builtin) against a value of a builtin family or a plain instance: a
  // Python function has no tp_richcompare, meth_richcompare answers only another builtin function,
  // and the value's own comparison returns NotImplemented for a function, so == falls back to
  // identity (do_richcompare): False, no code of the program runs.
  if ((op === '==' || op === '!=') && ((identityCompared(l) && fr) || (identityCompared(r) && fl))) return bi.bool(op === '!=');
  // (two functions, one of them a Python one: identity too; two builtin ones may be twins, bound
  // to the same self, which meth_richcompare calls equal)
  if ((op === '==' || op === '!=') && identityCompared(l) && identityCompared(r) && (l.kind === 'function' || r.kind === 'function')) return bi.bool((l === r) === (op === '=='));
  if (l.kind === r.kind && (l.kind === 'list' || l.kind === 'tuple') && !l.cls && !r.cls && !l.fuzzy && !r.fuzzy && l.items && r.items) {
    return yield* compareSeqs(bi, op, l.items, r.items, frame, pos, l.kind === 'list');
  }
  const fields = (op === '==' || op === '!=') && l.kind === 'instance' && r.kind === 'instance' && l.cls === r.cls && !bi.lookupClassAttr(l.cls, '__eq__')
    ? (l.cls?.mroTuple?.items ?? []).find((c) => c.dataclassFields)?.dataclassCompare : undefined;
  if (fields) {
    // @dataclass's __eq__ for the same class: the fields compared in order (other classes: NotImplemented, identity).
    let same: boolean | undefined = true;
    for (const f of fields) {
      const a = attrOrSlot(l, f);
      const c = attrOrSlot(r, f);
      if (!a || !c) { same = undefined; break; }
      const t = yield* richEqual(bi, a, c, frame, pos);
      if (t === false) { same = false; break; }
      if (t === undefined) same = undefined;
    }
    return same === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(same === (op === '=='));
  }
  if ((op === '==' || op === '!=') && l.kind === r.kind && (l.kind === 'dict' || l.kind === 'set' || l.kind === 'frozenset')) {
    const same = yield* containersEqual(bi, l, r, frame, pos);
    if (same !== undefined) return bi.bool(same === (op === '=='));
  }
  const plainEq = op === '==' || op === '!=' ? yield* instanceEquality(bi, op, l, r, frame, pos) : undefined;
  if (plainEq) return plainEq;
  const eq = (op === '==' || op === '!=') && l.kind === 'instance' ? bi.lookupClassAttr(l.cls, op === '==' ? '__eq__' : '__ne__') ?? (op === '!=' ? bi.lookupClassAttr(l.cls, '__eq__') : undefined) : undefined;
  if (eq && eq.kind === 'function') {
    // A Python __eq__ (or __ne__, or a negated __eq__) decides.
    const r0 = yield* bi.it.callObject(eq, [bi.it.heap.incref(l)!, bi.it.heap.incref(r)!], [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:eq` });
    const usedEq = op === '!=' && !bi.lookupClassAttr(l.cls, '__ne__');
    if (!usedEq) return r0;
    const t = yield* bi.it.truthOf(r0, frame);
    return t === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(!t);
  }
  const mixed = (op === '==' || op === '!=') && !eq ? yield* mixinEquality(bi, l, r, frame, pos) : undefined;
  if (mixed !== undefined) return bi.bool(mixed === (op === '=='));
  const order = ORDER_METHODS[op];
  const dcOrder = order && l.kind === 'instance' && r.kind === 'instance' && l.cls === r.cls && !bi.lookupClassAttr(l.cls, order[0])
    ? (l.cls?.mroTuple?.items ?? []).find((c) => c.dataclassFields) : undefined;
  if (dcOrder?.dataclassOrder && dcOrder.dataclassCompare) {
    // @dataclass(order=True) for the same class: the tuples of compared fields, ordered as tuples are.
    const a = dcOrder.dataclassCompare.map((f) => attrOrSlot(l, f));
    const c = dcOrder.dataclassCompare.map((f) => attrOrSlot(r, f));
    if (a.some((x) => !x) || c.some((x) => !x)) return bi.unknown(pos.line, pos.col);
    return yield* compareSeqs(bi, op, a as PyObj[], c as PyObj[], frame, pos);
  }
  if (order && (l.kind === 'instance' || r.kind === 'instance')) {
    // A class's own __lt__ (…): the left operand's method, else the right one's reflection; NotImplemented passes on.
    // (do_richcompare: a right operand whose class is a proper subclass of the left's is asked first)
    const tries: [PyObj, string, PyObj, PyObj][] = [];
    if (l.kind === 'instance') tries.push([l, order[0], l, r]);
    if (r.kind === 'instance') tries.push([r, order[1], r, l]);
    if (tries.length === 2 && rightSubclassFirst(bi, l.cls, r.cls)) tries.reverse();
    for (const [owner, mname, a, b2] of tries) {
      const m = bi.lookupClassAttr(owner.cls, mname);
      // (Set's __le__ / __lt__ / __ge__ / __gt__ of a collections.abc base: abcSetMixins.ts)
      const mixed = m ? undefined : yield* bi.abcMixinFromSlot(owner, mname, [b2], frame, pos);
      if (mixed) {
        if (mixed.type !== 'NotImplementedType') return mixed;
        bi.it.heap.decref(mixed);
        continue;
      }
      if (!m || m.kind !== 'function') {
        const derived = yield* totalOrdering(bi, owner, mname, a, b2, frame, pos);
        if (derived && derived.type !== 'NotImplementedType') return derived;
        bi.it.heap.decref(derived);
        continue;
      }
      const res = yield* bi.it.callObject(m, [bi.it.heap.incref(a)!, bi.it.heap.incref(b2)!], [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:${mname}` });
      if (res.type !== 'NotImplementedType') return res;
      bi.it.heap.decref(res);
    }
    // Neither side can order: an instance of classes the model knows down to object that define
    // no order method, against another such instance or an exact builtin value. TypeError
    // ("'<' not supported between instances"), as `sorted()` of such objects raises.
    const unordered = (o: PyObj): boolean => (o.kind === 'instance'
      ? !o.basePayload && !o.weakContainer && !!o.cls && knownClass(o.cls) && ORDER_NAMES.every((n) => !bi.lookupClassAttr(o.cls, n))
      : exactBuiltin(o));
    if (unordered(l) && unordered(r)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  }
  if ((op === '==' || op === '!=') && l.kind === 'instance' && r.kind === 'instance' && !ownEquality(bi, l.cls)) {
    return bi.bool(op === '==' ? l === r : l !== r);
  }
  if ((op === '<' || op === '>' || op === '<=' || op === '>=') && l.kind === 'str' && r.kind === 'str' && l.value !== undefined && r.value !== undefined) {
    const x = String(l.value), y = String(r.value);
    return bi.bool(op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y);
  }
  if ((op === '<' || op === '>' || op === '<=' || op === '>=') && orderFamily(l) !== undefined && orderFamily(r) !== undefined
    && (orderFamily(l) !== orderFamily(r) || l.kind === 'dict' || l.kind === 'none')) {
    // Builtin values of different kinds (and dicts, None) have no order: '<' is not supported between them.
    throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  }
  // (an object the model does not know: its comparison methods may raise, an order may not be
  // supported; an `except` after it runs)
  if (opaqueValue(l) || opaqueValue(r) || l.kind === 'instance' || r.kind === 'instance') bi.it.noteMayRaise();
  return bi.unknown(pos.line, pos.col);
}

/**
 * list_richcompare / tuplerichcompare: the first pair of items that is not
 * equal (the same object counts as equal without a call) decides, by the
 * operator itself; when one sequence runs out first, the lengths decide.
 * Lists (`earlyOut`) answer `==` / `!=` on different lengths without looking
 * at the items; tuples compare their common items first.
 */
function* compareSeqs(bi: Builtins, op: string, a: PyObj[], b: PyObj[], frame: Frame, pos: Pos, earlyOut = false): G<PyObj> {
  if (earlyOut && (op === '==' || op === '!=') && a.length !== b.length) return bi.bool(op === '!=');
  // list_richcompare holds both items while it asks whether they are equal (Py_INCREF(vitem),
  // Py_INCREF(witem): a list may change under the program's __eq__), and on 3.13 while the
  // deciding pair is compared by the operator too; tuplerichcompare holds nothing (measured:
  // `self` / `other` one higher in __eq__ under `[p] == [q]` on 3.11-3.13, in __lt__ under
  // `[p] < [q]` on 3.13 only).
  const held = function* <R>(x: PyObj, y: PyObj, hold: boolean, run: () => G<R>): G<R> {
    return yield* heldWhile(bi.it.heap, [x, y], hold ? 1 : 0, run());
  };
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const t = yield* held(a[i], b[i], earlyOut, () => richEqual(bi, a[i], b[i], frame, pos));
    if (t === undefined) return bi.unknown(pos.line, pos.col);
    if (!t) break;
  }
  if (i >= a.length || i >= b.length) {
    const x = a.length, y = b.length;
    const res = op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : op === '>=' ? x >= y : op === '==' ? x === y : op === '!=' ? x !== y : undefined;
    return res === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(res);
  }
  if (op === '==' || op === '!=') return bi.bool(op === '!=');
  return yield* held(a[i], b[i], earlyOut && bi.it.vm.listCompareHoldsLastPair, () => compare(bi, op, a[i], b[i], frame, pos));
}

/**
 * How functools.total_ordering derives `wanted` from `root`: negate the root's answer, then
 * `and self != other` / `or self == other` (functools' _gt_from_lt and the eleven others).
 */
const DERIVED: Record<string, Record<string, [boolean, '' | 'and-ne' | 'or-eq']>> = {
  __lt__: { __gt__: [true, 'and-ne'], __le__: [false, 'or-eq'], __ge__: [true, ''] },
  __le__: { __ge__: [true, 'or-eq'], __lt__: [false, 'and-ne'], __gt__: [true, ''] },
  __gt__: { __lt__: [true, 'and-ne'], __ge__: [false, 'or-eq'], __le__: [true, ''] },
  __ge__: { __le__: [true, 'or-eq'], __gt__: [false, 'and-ne'], __lt__: [true, ''] },
};

/** An ordering method a @total_ordering class lacks, run as functools' derived one (undefined: not such a class). */
function* totalOrdering(bi: Builtins, owner: PyObj, wanted: string, a: PyObj, other: PyObj, frame: Frame, pos: Pos): G<PyObj | undefined> {
  const root = (owner.cls?.mroTuple?.items ?? []).find((c) => c.totalOrderingRoot)?.totalOrderingRoot;
  const how = root ? DERIVED[root]?.[wanted] : undefined;
  const m = root ? bi.lookupClassAttr(owner.cls, root) : undefined;
  if (!how || m?.kind !== 'function') return undefined;
  const h = bi.it.heap;
  // The derived function's frame holds self and other while it calls type(self).<root>(self, other).
  h.incref(a);
  h.incref(other);
  try {
    const res = yield* bi.it.callObject(m, [h.incref(a)!, h.incref(other)!], [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:${root}` });
    if (res.type === 'NotImplementedType') return res;
    const t = yield* bi.it.truthOf(res, frame);
    if (t === undefined) return bi.unknown(pos.line, pos.col);
    const first = how[0] ? !t : t;
    if (how[1] === '' || (how[1] === 'and-ne' && !first) || (how[1] === 'or-eq' && first)) return bi.bool(first);
    const eq = yield* compare(bi, how[1] === 'and-ne' ? '!=' : '==', a, other, frame, pos);
    const te = yield* bi.it.truthOf(eq, frame);
    return te === undefined ? bi.unknown(pos.line, pos.col) : bi.bool(te);
  } finally {
    h.decref(a);
    h.decref(other);
  }
}

/** The method an ordering operator calls, and its reflection on the right operand. */
const ORDER_METHODS: Record<string, [string, string]> = { '<': ['__lt__', '__gt__'], '>': ['__gt__', '__lt__'], '<=': ['__le__', '__ge__'], '>=': ['__ge__', '__le__'] };

/** Which builtin values order among themselves (undefined: anything that may define its own order). */
function orderFamily(o: PyObj): string | undefined {
  switch (o.kind) {
    case 'int': case 'float': case 'bool': return 'number';
    case 'str': case 'bytes': case 'list': case 'tuple': case 'none': case 'dict': return o.kind;
    case 'set': case 'frozenset': return 'set';
    default: return undefined;
  }
}


/**
 * Which values may equal each other by builtin `==` (numbers across int, float,
 * bool and complex; sets with frozensets). An instance of a fully modelled
 * class without `__eq__`, or a plain Enum member, compares by identity (its
 * family is itself); anything that may define its own equality has none.
 */
/**
 * `l == r` for two dicts or two sets with known contents (dict_equal,
 * set_richcompare): different sizes are unequal at once; then each key of `l`
 * is looked up in `r` and, for dicts, the values compared in order (the same
 * object always equal), the first unequal pair deciding. Undefined when the
 * model cannot tell (unknown contents, keys it cannot match).
 */
function* containersEqual(bi: Builtins, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<boolean | undefined> {
  if (l.fuzzy || r.fuzzy || l.type !== r.type || l.cls || r.cls) return undefined;
  if (l.kind === 'dict' && !l.entries && !r.entries && l.attrs && r.attrs) {
    // Two namespace dicts (vars(a) == vars(b)): the same names, and equal values under each.
    if (l.attrs.size !== r.attrs.size) return false;
    for (const [name, v] of l.attrs) {
      const w = r.attrs.get(name);
      if (!w) return false;
      // (dict_equal over the two instance dicts holds both values while comparing them)
      const t = yield* heldWhile(bi.it.heap, [v, w], 1, richEqual(bi, v, w, frame, pos));
      if (t !== true) return t;
    }
    return true;
  }
  if (!l.entries || !r.entries) return undefined;
  if (l.entries.size !== r.entries.size) return false;
  for (const [key, e] of l.entries) {
    // Keys are matched by value only where the model's key is the value (no object identity stands in for it).
    if (key.includes('id:') && !(e.key.kind === 'instance' && eqFamily(bi, e.key)?.startsWith('id:'))) return undefined;
    const other = r.entries.get(key);
    if (!other) return false;
    if (l.kind !== 'dict') continue;
    // (dict_equal holds the key, its value in l and the value found in r while the values are
    // compared: Py_INCREF(aval), Py_INCREF(key), Py_INCREF(bval) on 3.11-3.13, as the program's __eq__
    // may change either dict; measured: __eq__'s `self` and `other` one higher under `da == db`)
    const t = yield* heldWhile(bi.it.heap, [e.key, e.value, other.value], 1, richEqual(bi, e.value, other.value, frame, pos));
    if (t !== true) return t;
  }
  return true;
}

/** Two namespaces' dicts compared (same names, values equal in order), or undefined when not known. */
function* namespacesEqual(bi: Builtins, l: PyObj, r: PyObj, frame: Frame, pos: Pos): G<boolean | undefined> {
  if (l.fuzzy || r.fuzzy || !l.attrs || !r.attrs) return undefined;
  if (l.attrs.size !== r.attrs.size || [...l.attrs.keys()].some((k) => !r.attrs!.has(k))) return false;
  let same: boolean | undefined = true;
  for (const [k, a] of [...l.attrs]) {
    const t = yield* richEqual(bi, a, r.attrs.get(k)!, frame, pos);
    if (t === false) return false;
    if (t === undefined) same = undefined;
  }
  return same;
}

function eqFamily(bi: Builtins, o: PyObj): string | undefined {
  if (o.enumMember) return `id:${o.id}`;
  switch (o.kind) {
    case 'int': case 'float': case 'bool': case 'complex': return 'number';
    case 'str': case 'bytes': case 'list': case 'none': case 'dict': case 'range': return o.kind;
    case 'tuple': return o.cls ? undefined : 'tuple';
    case 'set': case 'frozenset': return 'set';
    case 'instance': {
      const known = !!o.cls && knownClass(o.cls);
      return known && !ownEquality(bi, o.cls) ? `id:${o.id}` : undefined;
    }
    default: return undefined;
  }
}

/** A Python or builtin function: equal to nothing but itself (and, builtin, its own twin bound to the same self). */
function identityCompared(o: PyObj): boolean {
  return o.kind === 'function' || (o.kind === 'builtin' && o.type === 'builtin_function_or_method');
}

/** The rich comparisons that order (a class defining any of them may answer for the other operand too). */
const ORDER_NAMES = ['__lt__', '__gt__', '__le__', '__ge__'];

/** A class whose every base is modelled (class statements down to object): nothing it inherits is hidden. */
export function knownClass(cls: PyObj): boolean {
  return !cls.unknownBase && programMro(cls, true);
}

/** One `%` conversion of printf-style formatting: flags, width, precision, type. */
interface PercentSpec {
  /** `%(key)s`: the value is the mapping's item under key. */
  key?: string;
  left: boolean;
  zero: boolean;
  width: number;
  prec?: number;
  conv: string;
}

const PERCENT = /%(?:\(([^()]*)\))?([-0]*)(\d*)(?:\.(\d+))?([sdirfcxXo%])/g;

/**
 * The conversions of a format (`%%` aside), or undefined if it uses anything else (`*`, other
 * flags or types, mapping keys on some conversions only).
 */
function percentSpecs(fmt: string): PercentSpec[] | undefined {
  const out: PercentSpec[] = [];
  let plain = 0;
  for (const m of fmt.matchAll(PERCENT)) {
    if (fmt.slice(plain, m.index).includes('%')) return undefined;
    plain = m.index! + m[0].length;
    if (m[5] === '%') { if (m[0] !== '%%') return undefined; continue; }
    out.push({ key: m[1], left: m[2].includes('-'), zero: m[2].includes('0'), width: Number(m[3] || 0), prec: m[4] === undefined ? undefined : Number(m[4]), conv: m[5] });
  }
  if (out.some((x) => x.key !== undefined) && !out.every((x) => x.key !== undefined)) return undefined;
  return fmt.slice(plain).includes('%') ? undefined : out;
}

/**
 * The format is one %s / %r conversion and nothing else: PyUnicode_Format's writer then hands
 * back the converted str itself (no text before it, and none after, so no over-allocation:
 * _PyUnicodeWriter_WriteStr keeps it read-only) when the width does not pad it and the precision
 * does not cut it (unicode_format_arg_output's fast path).
 */
function loneTextConversion(fmt: unknown, specs: readonly PercentSpec[] | undefined): PercentSpec | undefined {
  if (typeof fmt !== 'string' || specs?.length !== 1 || (specs[0].conv !== 's' && specs[0].conv !== 'r')) return undefined;
  const m = /^%(?:\([^()]*\))?[-0]*\d*(?:\.\d+)?[sr]$/.exec(fmt);
  return m ? specs[0] : undefined;
}

/** Whether that conversion's str `t` is the result itself: true, false, or undefined (its length not known). */
function keepsText(spec: PercentSpec, t: PyObj): boolean | undefined {
  if (!spec.width && spec.prec === undefined) return true;
  if (typeof t.value !== 'string') return undefined;
  const n = [...t.value].length;
  return spec.width <= n && (spec.prec === undefined || spec.prec >= n);
}

/**
 * Whether `fmt % r` surely raises TypeError (true), surely does not (false), or may (undefined):
 * as many conversions as values in an exact tuple (one for any other single value), and a
 * number for each %d / %i / %f (PyUnicode_Format, measured on 3.11-3.13).
 */
function percentError(l: PyObj, r: PyObj, values: readonly PyObj[], specs: readonly PercentSpec[] | undefined): boolean | undefined {
  if (!specs || l.type !== 'str' || (r.kind === 'tuple' && (r.fuzzy || !exactBuiltin(r)))) return undefined;
  const single = r.kind !== 'tuple';
  if (single && !exactBuiltin(r)) return undefined;
  // (a lone object with __getitem__ other than a str is taken as the mapping of named conversions:
  // with none to fill, no error, `'abc' % []`)
  if (single && specs.length === 0) return !(r.kind === 'list' || r.kind === 'dict' || r.kind === 'bytes');
  if (specs.length !== values.length) return true;
  let unsure = false;
  for (const [i, spec] of specs.entries()) {
    if (spec.conv === 's' || spec.conv === 'r') continue;
    const x = values[i];
    // (%c of an int in range or of one character, %x / %o of an int; anything else is left open)
    if (spec.conv === 'c' || spec.conv === 'x' || spec.conv === 'X' || spec.conv === 'o') {
      if (!percentIntText(spec, x)) unsure = true;
      continue;
    }
    if (x.kind === 'int' || x.kind === 'bool' || x.kind === 'float') continue;
    // (%d of an object with __index__ / __int__ / __float__ is fine: only exact builtins are sure)
    if (exactBuiltin(x)) return true;
    unsure = true;
  }
  return unsure ? undefined : false;
}

/**
 * The number a numeric conversion reads from an instance (formatlong / formatfloat / formatchar):
 * %d / %i PyNumber_Long (__int__, __index__, __trunc__), %x / %X / %o / %c its __index__, %f
 * PyFloat_AsDouble (__float__, __index__). Undefined for %s / %r or a class with no such hook.
 */
function* percentNumber(c: HookCtx, conv: string, x: PyObj): G<PyObj | undefined> {
  if (conv === 'd' || conv === 'i') return yield* intHook(c, x);
  if (conv === 'f') return yield* floatHook(c, x);
  if (conv === 'x' || conv === 'X' || conv === 'o' || conv === 'c') return yield* indexHook(c, x);
  return undefined;
}

/** The text one value gives under a conversion; `t` is its str() (or repr()) already made. */
function formatPiece(spec: PercentSpec, x: PyObj, t: PyObj): string | undefined {
  let text: string | undefined;
  if (spec.conv === 's' || spec.conv === 'r') text = t.kind === 'str' && t.value !== undefined ? String(t.value) : undefined;
  else if (spec.conv === 'c' || spec.conv === 'x' || spec.conv === 'X' || spec.conv === 'o') text = percentIntText(spec, x);
  else if ((x.kind === 'int' || x.kind === 'bool' || x.kind === 'float') && x.value !== undefined) {
    const n = x.kind === 'bool' ? (x.value ? 1 : 0) : x.value as number | bigint;
    if (spec.conv === 'f') text = typeof n === 'number' || (n as bigint) < 2n ** 53n ? Number(n).toFixed(spec.prec ?? 6) : undefined;
    else text = typeof n === 'bigint' ? n.toString() : Number.isFinite(n) ? BigInt(Math.trunc(n as number)).toString() : undefined;
  }
  if (text === undefined) return undefined;
  if (spec.conv === 's' && spec.prec !== undefined) text = text.slice(0, spec.prec);
  if (text.length >= spec.width) return text;
  if (spec.left) return text.padEnd(spec.width);
  if (spec.zero && spec.conv !== 's' && spec.conv !== 'r') return text.startsWith('-') ? '-' + text.slice(1).padStart(spec.width - 1, '0') : text.padStart(spec.width, '0');
  return text.padStart(spec.width);
}

/** %c / %x / %X / %o of an exact int (or %c of a one-character str): its text; undefined when not sure. */
function percentIntText(spec: PercentSpec, x: PyObj): string | undefined {
  if (spec.conv === 'c' && x.kind === 'str' && x.type === 'str' && typeof x.value === 'string' && [...x.value].length === 1) return x.value;
  if (!(x.kind === 'int' && x.type === 'int' && typeof x.value === 'bigint' && !x.fromId)) return undefined;
  const n = x.value;
  if (spec.conv === 'c') return n >= 0n && n <= 0x10ffffn ? String.fromCodePoint(Number(n)) : undefined;
  const mag = (n < 0n ? -n : n).toString(spec.conv === 'o' ? 8 : 16);
  return (n < 0n ? '-' : '') + (spec.conv === 'X' ? mag.toUpperCase() : mag);
}

function percentJoin(fmt: string, pieces: string[]): string {
  let i = 0;
  return fmt.replace(PERCENT, (m) => (m === '%%' ? '%' : pieces[i++]));
}

/** The class defines `__eq__`, or @dataclass generated one (comparing the fields). */
/**
 * An instance hashed and compared by its address: of classes the model knows down to object, with
 * no __eq__ / __hash__ of their own nor a dataclass's (no program code runs, and the hash,
 * _Py_HashPointer, is never a small int).
 */
export function addressHashed(bi: Builtins, o: PyObj): boolean {
  return o.kind === 'instance' && !o.fuzzy && !!o.cls && knownClass(o.cls) && !ownEquality(bi, o.cls) && !bi.lookupClassAttr(o.cls, '__hash__');
}

export function ownEquality(bi: Builtins, cls: PyObj | undefined): boolean {
  return !!bi.lookupClassAttr(cls, '__eq__') || (cls?.mroTuple?.items ?? []).some((c) => !!c.dataclassFields);
}

/**
 * `bytes % args` with exact bytes / numbers as arguments (_PyBytes_FormatEx): a new bytes from its
 * writer, whatever the directives; the arguments are read, not kept (a bytes argument of %s is
 * borrowed while copied). Its text is not computed: a format with two or more literal bytes gives
 * a new object for sure, a shorter one maybe a cached one. A wrong argument count or type raises.
 */
function bytesPercent(bi: Builtins, l: PyObj, r: PyObj, pos: Pos): PyObj | undefined {
  if (l.kind !== 'bytes' || l.type !== 'bytes' || l.cls || l.fuzzy) return undefined;
  const plain = (a: PyObj): boolean => !a.fuzzy && !a.cls && ((a.kind === 'bytes' && a.type === 'bytes') || a.kind === 'int' || a.kind === 'float' || a.kind === 'bool');
  const args = r.kind === 'tuple' && r.type === 'tuple' && !r.cls && !r.fuzzy ? r.items : [r];
  if (!args || !args.every(plain)) return undefined;
  bi.it.noteMayRaise();
  const fmt = bytesContent(l);
  const literal = fmt === undefined ? 0 : fmt.replace(/%[^a-zA-Z%]*[a-zA-Z%]/g, '').length;
  if (literal >= 2) return bi.newBytesFresh(pos, undefined);
  const out = bi.newBytes(pos, undefined);
  out.fuzzy = true;
  return out;
}
