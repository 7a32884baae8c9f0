// Subscription: item and slice reads, writes and deletions on lists, dicts,
// weak containers and instances with __getitem__ / __setitem__.
import { rangeLength, sliceIndices } from './rangeValues';
import { chainLookup, isChainMap } from './chainMap';
import { isMappingProxy } from './mappingProxy';
import { contextGetItem } from './contextVars';
import { noItemStore, subscriptTypeError, unhashableKey } from './typeErrors';
import type { Builtins } from './builtins';
import { dropEntry, weakDataItem, weakDelete, weakGet, weakStore } from './weakContainers';
import type { Frame } from './frame';
import type { G } from './interpreter';
import { knownInt, PyObj, storeMayBeRefused } from './objects';
import { lookupKey, lookupKeyForSetItem, settleKey } from './valueKeys';
import { hasIndexHook, runHash, sequenceIndex } from './slotHooks';
import { noteNewDictKey } from './instanceDicts';
import { forgetAttrs } from './instanceDictMethods';
import { isAttrDict } from './attrDictIter';
import { isReMatch, matchMethod, NoSuchGroup } from './reModule';
import { done } from './finished';
import { subscriptInertBase } from './libraryBases';
import { subscriptGenericClass } from './genericAlias';
import { bytearrayChanged, bytesContent, bytesGetItem, bytesSlice, isBytearray } from './bytesObjects';
import { arrayGetItem, arraySetItem, isArray } from './arrayModule';
import { isMemoryview, memoryviewGetItem, memoryviewSetItem } from './memoryView';
import { bumpDequeState } from './iterMutation';
import { firstRunOf } from './specializedSites';
import { classModuleName } from './classNamespaceIter';



/** Whether obj is an array or a memoryview, whose subscripts read `__index__` too (slotHooks.sequenceIndex). */
function bufferKind(obj: PyObj): 'array' | 'memoryview' | undefined {
  return isArray(obj) ? 'array' : isMemoryview(obj) ? 'memoryview' : undefined;
}

/**
 * Whether idx may be converted before the container reads it: only an instance (its class's own
 * `__index__`) or a slice (its parts') can be; for any other index withIndex would run nothing and
 * use idx itself, so the callers skip it (a subscript is hot: no hook generators, no closure).
 */
function mayConvert(idx: PyObj): boolean {
  return idx.kind === 'instance' || idx.kind === 'slice';
}

/**
 * Runs `use` with the index obj's subscript reads: the int of idx's own `__index__` (or a slice of
 * converted parts) for a sequence, else idx itself. `onHookError` runs when a hook raises.
 */
function* withIndex<T>(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame, store: boolean, use: (i: PyObj) => G<T>, onHookError?: () => void): G<T> {
  let conv: PyObj | undefined;
  try {
    conv = yield* sequenceIndex(bi, obj, idx, frame, store, bufferKind(obj));
  } catch (err) {
    onHookError?.();
    throw err;
  }
  try {
    return yield* use(conv ?? idx);
  } finally {
    bi.it.heap.decref(conv);
  }
}

/**
 * r[i] and r[i:j:k] of a range of known bounds (range_item / compute_slice): an item is a new int
 * (a small one the cached object), IndexError out of bounds; a slice is a new range. Undefined for
 * another index.
 */
function rangeItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): PyObj | undefined {
  const vals = obj.rangeVals;
  if (!vals) return undefined;
  const pos = { line: frame.line, col: 0 };
  const len = rangeLength(vals);
  if ((idx.kind === 'int' || idx.kind === 'bool') && !idx.cls) {
    const i = bi.num(idx);
    if (typeof i !== 'bigint') { bi.it.noteMayRaise(); return bi.newInt(undefined, pos); }
    const j = i < 0n ? i + len : i;
    if (j < 0n || j >= len) throw bi.it.raiseObj(bi.cError('IndexError', pos), frame, true);
    return bi.newInt(vals[0] + j * vals[2], pos);
  }
  if (idx.kind !== 'slice') return undefined;
  const parts = [0, 1, 2].map((k) => {
    const p = idx.sliceParts?.[k];
    return !p || p.kind === 'none' ? undefined : p.kind === 'int' && !p.cls ? knownInt(p) ?? null : null;
  });
  const h = bi.it.heap;
  if (parts.includes(null)) {
    // (bounds of unknown value or type: __index__ may run, a step may be 0)
    bi.it.noteMayRaise();
    const r = h.alloc('unknown', 'range', h.site(pos.line, pos.col, 'range', 'range(…)'));
    r.fuzzy = true;
    return r;
  }
  const ix = sliceIndices(parts as (bigint | undefined)[], len);
  if (!ix) throw bi.it.raiseObj(bi.cError('ValueError', pos), frame, true);
  const r = h.alloc('range', 'range', h.site(pos.line, pos.col, 'range', 'range(…)'));
  r.rangeVals = [vals[0] + ix[0] * vals[2], vals[0] + ix[1] * vals[2], vals[2] * ix[2]];
  return r;
}

/** obj[idx] (owned), a sequence's `__index__` index converted first (slotHooks.ts). */
export function* getItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  if (!mayConvert(idx)) return yield* itemOf(bi, obj, idx, frame);
  return yield* withIndex(bi, obj, idx, frame, false, (i) => itemOf(bi, obj, i, frame));
}

/**
 * obj[idx] (owned) once the index is what the container reads. Dict lookups (keys with their own __eq__, a
 * defaultdict's factory) and a class's __getitem__ may run code, in a
 * generator; sequences, strings and weak containers answer at once.
 */
function itemOf(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  if (subscriptTypeError(obj, idx)) throw bi.it.raiseObj(bi.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
  if (isMemoryview(obj)) return done(memoryviewGetItem(bi, obj, idx, frame));
  if (isArray(obj) && (idx.kind === 'slice' || idx.kind === 'int')) return done(arrayGetItem(bi, obj, idx, frame));
  if (idx.kind === 'slice' && (obj.kind === 'list' || obj.kind === 'tuple' || obj.kind === 'str' || obj.kind === 'bytes')) return done(getSlice(bi, obj, idx, frame));
  const ri = obj.kind === 'range' && obj.type === 'range' ? rangeItem(bi, obj, idx, frame) : undefined;
  if (ri) return done(ri);
  if (obj.kind === 'dict' && !(obj.attrs && !obj.entries)) return dictGetItem(bi, obj, idx, frame);
  if (obj.kind === 'instance' && !obj.weakContainer) return instanceGetItem(bi, obj, idx, frame);
  // wvd.data[key]: the KeyedRef weakref.py stores for the key in its plain dict `data`.
  const kref = weakDataItem(bi, obj, idx);
  if (kref) return done(bi.it.heap.incref(kref)!);
  if (isChainMap(obj)) return chainGetItem(bi, obj, idx, frame);
  // (a weak container finds ref(key) among its refs by equality of their referents: valueKeys.ts)
  if (obj.weakContainer) return weakGetItem(bi, obj, idx, frame);
  // sys.modules[name]: the module object the import system keeps under that name (the running
  // script's under '__main__', `sys.modules[__name__]`), the same one an import statement gives.
  const mod = sysModulesItem(bi, obj, idx);
  if (mod) return done(bi.it.heap.incref(mod)!);
  // ctx[var]: its value in the Context's mapping (contextVars.ts).
  const cv = contextGetItem(bi, obj, idx, frame);
  if (cv) return done(cv);
  // proxy[k] is mapping[k] (mappingProxy.ts).
  if (isMappingProxy(obj)) return getItem(bi, obj.iterSource!, idx, frame);
  if (obj.kind === 'class' && obj.enumMembers && idx.kind === 'str' && typeof idx.value === 'string') {
    // Enum["NAME"]: EnumType.__getitem__ reads _member_map_ (aliases included: the class attribute).
    const m = obj.attrs?.get(idx.value);
    if (m?.kind === 'unknown' && m.cls === obj && m.attrs?.has('_name_')) return done(bi.it.heap.incref(m)!);
  }
  const classGetitem = ownClassGetitem(bi, obj);
  if (classGetitem) return callClassGetitem(bi, obj, classGetitem, idx, frame);
  if (obj.kind === 'class' && obj.classIR && obj.typingGeneric && obj.inertUnknownBases && !bi.lookupClassAttr(obj, '__class_getitem__')) {
    return done(subscriptGenericClass(bi, obj, idx, frame.line));
  }
  if (obj.kind === 'class' && obj.classIR && obj.unknownBase && !bi.lookupClassAttr(obj, '__class_getitem__')) {
    // Cls[T] of a typing.Generic subclass: an alias whose call makes a Cls instance (and stores the
    // alias on it as __orig_class__): followed as the class itself, whose count the alias makes open.
    bi.fuzz(obj);
    bi.it.unmodelledGarbage = true;
    return done(bi.it.heap.incref(obj)!);
  }
  const inertAlias = subscriptInertBase(bi, obj, idx, frame.line);
  if (inertAlias) return done(inertAlias);
  if (obj.kind === 'class' && obj.external && GENERIC_ORIGINS.has(obj.builtinName ?? '')) return done(genericAlias(bi, obj, idx, frame));
  return done(plainGetItem(bi, obj, idx, frame));
}

/**
 * A class of the program whose __class_getitem__ is its own Python function (a plain def there is
 * made a classmethod by type_new): `Cls[key]` calls it. Not with a metaclass of the program's, whose
 * __getitem__ would come first, nor an unknown base's (typing.Generic's own is handled apart).
 */
function ownClassGetitem(bi: Builtins, obj: PyObj): PyObj | undefined {
  if (obj.kind !== 'class' || obj.external || !obj.classIR || obj.unknownBase || obj.foreignMeta || obj.enumMembers) return undefined;
  const v = bi.lookupClassAttr(obj, '__class_getitem__');
  const fn = v?.kind === 'classmethod' ? v.wrapped?.[0] : v;
  return fn?.kind === 'function' ? fn : undefined;
}

/**
 * `Cls[key]` through __class_getitem__: PyObject_GetItem looks the attribute up on the class, a
 * bound method holding the class while it runs, and calls it with the key.
 */
function* callClassGetitem(bi: Builtins, cls: PyObj, fn: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  const h = bi.it.heap;
  h.incref(cls);
  try {
    return yield* bi.it.callFromC(fn, [cls, idx], frame, { line: frame.line, col: 0, key: 'class_getitem' });
  } finally {
    h.decref(cls);
  }
}

/** Builtin classes whose `C[args]` is a types.GenericAlias (PEP 585). */
const GENERIC_ORIGINS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type']);

/**
 * `list[K]`: a new types.GenericAlias holding its origin and its arguments as a tuple
 * (the subscript's own tuple, or a new one around a single argument). Not followed
 * further: calling it or reading its attributes goes the unknown way.
 */
function genericAlias(bi: Builtins, origin: PyObj, idx: PyObj, frame: Frame): PyObj {
  const h = bi.it.heap;
  const pos = { line: frame.line, col: 0 };
  const args = idx.kind === 'tuple' && !idx.cls ? h.incref(idx)! : bi.newSeq('tuple', [h.incref(idx)!], pos);
  const ga = h.alloc('unknown', 'types.GenericAlias', h.site(pos.line, pos.col, 'types.GenericAlias', `${origin.builtinName}[…]`));
  ga.items = [args];
  ga.tracked = true;
  return ga;
}

/** Item reads that run no code: sequences, namespace dicts, strings, weak containers. */
function plainGetItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): PyObj {
  const h = bi.it.heap;
  if (obj.kind === 'list' || obj.kind === 'tuple') {
    const n = bi.num(idx);
    if (typeof n === 'bigint' && !obj.fuzzy) {
      const len = obj.items!.length;
      const i = Number(n < 0n ? n + BigInt(len) : n);
      if (i < 0 || i >= len) throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
      return h.incref(obj.items![i])!;
    }
    // (an index or a length the model does not know: it may be out of range, IndexError)
    bi.it.noteMayRaise();
    h.escapeContent(obj);
    return bi.unknown(frame.line, 0);
  }
  if (obj.kind === 'dict' && obj.attrs && !obj.entries) {
    // A namespace dict (vars(obj), a class or function __dict__): its items are the attributes.
    const key = namespaceKey(idx);
    if (key === undefined) { h.escape(obj); return bi.unknown(frame.line, 0); }
    const v = obj.attrs.get(key);
    // (an attribute that may be gone: a KeyError may come instead)
    if (v?.maybeAbsent) bi.it.noteMayRaise();
    if (v) return h.incref(v)!;
    // (a class's own slot member, __dict__ and __weakref__ descriptors: entries of its dict too)
    const descr = obj.descriptors?.find((x) => bi.slotDescriptorName(x) === key) ?? (key === '__module__' ? classModuleName(obj) : undefined);
    if (descr) return h.incref(descr)!;
    throw bi.it.raiseObj(bi.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
  }
  if (obj.kind === 'str') {
    // s[i] of a known string: its character (a cached singleton when Latin-1).
    const i = bi.num(idx);
    const v = typeof obj.value === 'string' ? obj.value : undefined;
    if (v !== undefined && typeof i === 'bigint') {
      const k = Number(i < 0n ? i + BigInt(v.length) : i);
      if (k < 0 || k >= v.length) throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
      return bi.newStr(v[k], { line: frame.line, col: 0 });
    }
    // (an index the model does not know may be out of range)
    bi.it.noteMayRaise();
    // A known text of Latin-1 characters only: whichever it is, a cached singleton (unicode_char).
    if (v && latin1Only(v)) return bi.cachedCharOfUnknownValue();
    // (a text the model does not know: its character may be a cached one)
    return v === undefined ? bi.maybeCachedStr({ line: frame.line, col: 0 }) : bi.newStr(undefined, { line: frame.line, col: 0 });
  }
  if (obj.kind === 'bytes' && !obj.cls) return bytesGetItem(bi, obj, idx, frame);
  if (obj.builtinName === 'FrameLocalsProxy' && idx.kind === 'str' && typeof idx.value === 'string') {
    // proxy[name]: the frame's variable (a KeyError when unbound).
    const fr = obj.attrs?.get('(frame)')?.frame;
    const v = fr ? fr.locals.get(idx.value) ?? fr.cells.get(idx.value)?.cellValue : undefined;
    if (v) return bi.it.heap.incref(v)!;
    if (fr) throw bi.it.raiseObj(bi.newException('KeyError', [bi.it.heap.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
  }
  if (isReMatch(obj)) {
    // m[g] is m.group(g).
    const pos = { line: frame.line, col: 0 };
    const r = matchMethod({ b: bi, it: bi.it, args: [obj, idx], kw: new Map(), frame, site: { ...pos, key: `${frame.line}:getitem` }, pos }, '__getitem__');
    if (r instanceof NoSuchGroup) throw bi.it.raiseObj(bi.cError('IndexError', pos), frame, true);
    if (r) return r;
  }
  if (obj.weakContainer) {
    const e = bi.weakEntry(obj, idx);
    if (e) return h.incref(e)!;
    if (obj.fuzzy) { bi.it.noteMayRaise(); return bi.unknown(frame.line, 0); }
    throw bi.it.raiseObj(bi.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
  }
  // (an object the model does not know: its __getitem__ may raise, KeyError, IndexError …)
  bi.it.noteMayRaise();
  h.escape(obj);
  return bi.unknown(frame.line, 0);
}

function* weakGetItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  yield* settleKey(bi, idx, frame);
  return plainGetItem(bi, obj, idx, frame);
}

/** d[k]: found by hash and equality; a defaultdict's factory runs for a missing key. */
function* dictGetItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  const h = bi.it.heap;
  const bad = unhashableKey(bi, idx, { line: frame.line, col: 0 });
  if (bad) throw bi.it.raiseObj(bad, frame, true);
  yield* lookupKey(bi, idx, frame, obj);
  const e = bi.dictGet(obj, idx);
  if (e) return h.incref(e.value)!;
  if (obj.defaultFactory) {
    // defaultdict: a missing key gets factory() stored under it.
    // (callObject borrows the callable; the dict keeps its own reference)
    const v = yield* bi.it.callObject(obj.defaultFactory, [], [], frame, { line: frame.line, col: 0, key: 'default_factory' });
    // (__missing__ stores it with PyObject_SetItem: the key is hashed again)
    try {
      yield* runHash(bi, idx, frame);
    } catch (err) {
      h.decref(v);
      throw err;
    }
    bi.dictSet(obj, h.incref(idx)!, v);
    return h.incref(v)!;
  }
  if (obj.fuzzy) { bi.it.noteMayRaise(); h.escapeContent(obj); return bi.unknown(frame.line, 0); }
  // A key of unknown value may be equal to any key: the answer is any value, or a KeyError.
  if (bi.keyUnknown(idx) || idx.fuzzy) { bi.it.noteMayRaise(); bi.escapeValues(obj); return bi.unknown(frame.line, 0); }
  // Counter.__missing__: 0, nothing stored.
  if (obj.type === 'Counter') return bi.smallInt(0n);
  throw bi.it.raiseObj(bi.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
}

/** An instance's own __getitem__; else the result is unknown. */
function* instanceGetItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  const h = bi.it.heap;
  const m = bi.lookupClassAttr(obj.cls, '__getitem__');
  if (m && m.kind === 'function') return yield* bi.it.callObject(m, [h.incref(obj)!, h.incref(idx)!], [], frame, { line: frame.line, col: 0, key: 'getitem' });
  if (obj.basePayload) return yield* payloadGetItem(bi, obj, idx, frame);
  h.escape(obj);
  return bi.unknown(frame.line, 0);
}

/**
 * maps[0] of a chain (stores and deletions go there); undefined when the program emptied `maps`
 * (IndexError in CPython). A `maps` of unknown content gives an unknown mapping.
 */
function chainFirstMap(bi: Builtins, obj: PyObj, frame: Frame): PyObj | undefined {
  const maps = obj.attrs!.get('maps')!;
  if (maps.fuzzy && !maps.items?.length) return bi.unknown(frame.line, 0);
  return maps.items?.[0];
}

/** chain[key]: the first mapping's value that has it; KeyError (from ChainMap.__missing__) when none does. */
function* chainGetItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  const v = yield* chainLookup(bi, bi.it, obj, idx, frame);
  if (v) return v;
  throw bi.it.raiseObj(bi.newException('KeyError', [bi.it.heap.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
}

/**
 * list / dict's own item lookup on a subclass instance's builtin part. For a dict subclass a missing
 * key goes to the class's __missing__ (dict_subscript calls it bound: self held by the bound method and the frame).
 */
export function* payloadGetItem(bi: Builtins, inst: PyObj, idx: PyObj, frame: Frame): G<PyObj> {
  const h = bi.it.heap;
  const part = inst.basePayload!;
  const missing = part.kind === 'dict' ? bi.lookupClassAttr(inst.cls, '__missing__') : undefined;
  if (missing?.kind === 'function') {
    yield* lookupKey(bi, idx, frame, part);
    const e = bi.dictGet(part, idx);
    if (e) return h.incref(e.value)!;
    if (part.fuzzy || bi.keyUnknown(idx) || idx.fuzzy) { bi.escapeValues(part); h.escape(inst); return bi.unknown(frame.line, 0); }
    h.incref(inst);
    try {
      return yield* bi.it.callFromC(missing, [inst, idx], frame, { line: frame.line, col: 0, key: 'missing' });
    } finally {
      h.decref(inst);
    }
  }
  return yield* getItem(bi, part, idx, frame);
}

/** The attribute name a key of a namespace dict stands for, when it is a known string. */
function namespaceKey(idx: PyObj): string | undefined {
  return idx.kind === 'str' && idx.value !== undefined ? String(idx.value) : undefined;
}

function sliceBounds(bi: Builtins, obj: PyObj, s: PyObj): number[] | undefined {
  return slicePositions(bi, obj.kind === 'str' ? String(obj.value ?? '').length : obj.kind === 'bytes' ? bytesContent(obj)?.length ?? 0 : obj.items!.length, s);
}

/** The positions slice `s` keeps of a sequence of length `len`: undefined when a bound is not known (or the step is 0). */
export function slicePositions(bi: Builtins, len: number, s: PyObj): number[] | undefined {
  // (a part given but of unknown value leaves the positions unknown: not an absent part)
  if ((s.sliceParts ?? []).some((p) => p && p.kind !== 'none' && typeof bi.num(p) !== 'bigint')) return undefined;
  const [a, b, c] = (s.sliceParts ?? []).map((p) => (p && p.kind !== 'none' ? bi.num(p) : undefined));
  const step = c === undefined ? 1 : Number(c);
  if (step === 0) return undefined;
  const norm = (x: bigint | number | undefined, def: number): number => {
    if (x === undefined) return def;
    let v = Number(x);
    if (v < 0) v += len;
    return step > 0 ? Math.min(Math.max(v, 0), len) : Math.min(Math.max(v, -1), len - 1);
  };
  const start = norm(a, step > 0 ? 0 : len - 1);
  const stop = norm(b, step > 0 ? len : -1);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

/** A slice's start, stop and step as numbers: null for a part not given or None, undefined for one of
 *  unknown value (or not an integer). */
function sliceNumbers(bi: Builtins, s: PyObj): (bigint | null | undefined)[] {
  return [0, 1, 2].map((i) => {
    const p = s.sliceParts?.[i];
    if (!p || p.kind === 'none') return null;
    const v = bi.num(p);
    return typeof v === 'bigint' ? v : undefined;
  });
}

/** A slice that covers any sequence whole, whatever its length: `[:]`, `[::]`, `[0:]`, `[::1]`
 *  (start 0 or none, no stop, step 1 or none). */
export function coversWhole(bi: Builtins, s: PyObj): boolean {
  if (s.kind !== 'slice') return false;
  const [a, b, c] = sliceNumbers(bi, s);
  return (a === null || a === 0n) && b === null && (c === null || c === 1n);
}

function getSlice(bi: Builtins, obj: PyObj, s: PyObj, frame: Frame): PyObj {
  const h = bi.it.heap;
  if (obj.kind === 'str') {
    // s[:] (and any slice that keeps all of it, step 1) is s itself.
    // (or, of a known length, one that starts at or before -len and stops at or after len)
    const [a, b, c] = sliceNumbers(bi, s);
    const len = typeof obj.value === 'string' ? BigInt(obj.value.length) : undefined;
    const known = [a, b, c].every((p) => p !== undefined);
    const atOrBefore = (p: bigint | null | undefined): boolean => p === null || p === 0n || (len !== undefined && typeof p === 'bigint' && -p >= len);
    const atOrAfter = (p: bigint | null | undefined): boolean => p === null || (len !== undefined && typeof p === 'bigint' && p >= len);
    if (known && atOrBefore(a) && atOrAfter(b) && (c === null || c === 1n)) return h.incref(obj)!;
    // A known string's slice is known (indexes are code points: not with characters outside the BMP).
    const v = typeof obj.value === 'string' && !/[\uD800-\uDFFF]/.test(obj.value) ? obj.value : undefined;
    const idx = v === undefined ? undefined : sliceBounds(bi, obj, s);
    // (a slice the model cannot compute may be '' or one cached character: its count is open)
    return idx ? bi.newStr(idx.map((i) => v![i]).join(''), { line: frame.line, col: 0 }) : bi.maybeCachedStr({ line: frame.line, col: 0 });
  }
  if (obj.kind === 'bytes') {
    return bytesSlice(bi, obj, bytesContent(obj) === undefined ? undefined : sliceBounds(bi, obj, s), coversWhole(bi, s), frame);
  }
  const idx = sliceBounds(bi, obj, s);
  if (!idx || obj.fuzzy) { h.escapeContent(obj); return bi.unknown(frame.line, 0); }
  // A full slice of a tuple is the tuple itself.
  if (obj.kind === 'tuple' && idx.length === obj.items!.length && idx.every((v, i) => v === i)) return h.incref(obj)!;
  const items = idx.map((i) => h.incref(obj.items![i])!);
  if (obj.kind === 'tuple' && items.length === 0) return h.incref(bi.emptyTuple)!;
  return bi.newSeq(obj.kind as 'list' | 'tuple', items, { line: frame.line, col: 0 });
}

/** obj[idx] = value (value owned), a list's or bytearray's `__index__` index converted first (slotHooks.ts). */
export function* setItem(bi: Builtins, obj: PyObj, idx: PyObj, value: PyObj, frame: Frame): G<void> {
  // (an object the model knows nothing of may not support item assignment, or its __setitem__ may
  // raise: TypeError, IndexError …; an `except` after it runs)
  if (storeMayBeRefused(obj)) bi.it.noteMayRaise();
  // (a hook that raises: the value waiting on the stack goes with the error)
  // (a memoryview converts its index and value itself, after checking it is writable)
  if (isMemoryview(obj) && (idx.kind === 'slice' || idx.kind === 'int' || idx.kind === 'bool' || hasIndexHook(bi, idx))) return yield* memoryviewSetItem(bi, obj, idx, value, frame);
  if (!mayConvert(idx)) return yield* storeItem(bi, obj, idx, value, frame);
  return yield* withIndex(bi, obj, idx, frame, true, (i) => storeItem(bi, obj, i, value, frame), () => bi.it.heap.decref(value));
}

function* storeItem(bi: Builtins, obj: PyObj, idx: PyObj, value: PyObj, frame: Frame): G<void> {
  const h = bi.it.heap;
  if (obj.kind === 'list') {
    if (idx.kind === 'slice') {
      const idxs = sliceBounds(bi, obj, idx);
      // (list_ass_slice takes a sequence of the value first: when iterating it raises, the value
      // on the stack goes with the error and the list is unchanged)
      let add: PyObj[];
      // (any other iterable — a str, a range, a generator the model steps on known values — gives a
      // known number of items unless a step took a branch of unknown direction, may have raised or
      // made an item up: then the real run may have stopped elsewhere, as in unpack())
      const before = [bi.it.fuzzyEvents, bi.it.mayRaiseEvents, bi.standIns];
      try {
        add = yield* bi.iterateAll(value, frame);
      } finally {
        h.decref(value);
      }
      const lengthSure = !value.fuzzy && !value.fuzzyIter && [bi.it.fuzzyEvents, bi.it.mayRaiseEvents, bi.standIns].every((n, k) => n === before[k]);
      // (a list whose content is open, or items from an iteration of unknown length: what is replaced is not known)
      const unsure = obj.fuzzy || !lengthSure;
      if (!idxs || (unsure && add.length !== idxs.length)) { h.escape(obj); for (const x of add) { h.escape(x); h.decref(x); } return; }
      const step = idx.sliceParts?.[2] && idx.sliceParts[2].kind !== 'none' ? Number(bi.num(idx.sliceParts[2])) : 1;
      if (step !== 1) {
        // An extended slice replaces exactly its positions, one for one.
        if (add.length !== idxs.length) {
          for (const x of add) h.decref(x);
          throw bi.it.raiseObj(bi.cError('ValueError', { line: frame.line, col: 0 }), frame, true);
        }
        const old = idxs.map((i) => obj.items![i]);
        idxs.forEach((i, k) => { obj.items![i] = add[k]; bi.noteStore(obj, add[k]); });
        for (const x of old) h.decref(x);
        return;
      }
      const start = idxs.length ? idxs[0] : Math.min(Math.max(Number(bi.num(idx.sliceParts?.[0] ?? bi.none) ?? 0), 0), obj.items!.length);
      const removed = obj.items!.splice(start, idxs.length, ...add);
      for (const x of add) bi.noteStore(obj, x);
      for (const x of removed) h.decref(x);
      return;
    }
    const n = bi.num(idx);
    if (typeof n === 'bigint') {
      const len = obj.items!.length;
      const i = Number(n < 0n ? n + BigInt(len) : n);
      if (i >= 0 && i < len) {
        const old = obj.items![i];
        obj.items![i] = value;
        bi.noteStore(obj, value);
        h.decref(old);
        return;
      }
      h.decref(value);
      throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
    }
  }
  if (obj.kind === 'dict' && obj.attrs && !obj.entries) {
    const key = namespaceKey(idx);
    // (an unknown key may replace any attribute of an instance)
    if (key === undefined) { if (isAttrDict(obj)) forgetAttrs(bi, obj, { line: frame.line, col: 0 }); h.escape(obj); h.escape(value); h.decref(value); return; }
    noteNewDictKey(bi, obj, key);
    const old = obj.attrs.get(key);
    // A new key: the dict keeps that str object, which the attribute table here does not hold.
    if (!old) h.escape(idx);
    obj.attrs.set(key, value);
    bi.noteStore(obj, value);
    h.decref(old);
    return;
  }
  if (obj.kind === 'dict') {
    const bad = unhashableKey(bi, idx, { line: frame.line, col: 0 });
    if (bad) { h.decref(value); throw bi.it.raiseObj(bad, frame, true); }
    try {
      // (an OrderedDict hashes first, PyODict_SetItem; a dict stores through PyDict_SetItem)
      if (obj.type === 'OrderedDict' || (obj.type === 'dict' && !obj.cls && !firstStoreSubscr(bi, frame))) yield* lookupKey(bi, idx, frame, obj);
      else yield* lookupKeyForSetItem(bi, idx, frame, obj, value);
    } catch (err) {
      // (the key's __eq__ raised during the insertion's lookup: the value is not stored)
      h.decref(value);
      throw err;
    }
    bi.dictSet(obj, h.incref(idx)!, value);
    return;
  }
  if (obj.weakContainer) {
    yield* settleKey(bi, idx, frame);
    weakStore(bi, obj, idx, value);
    return;
  }
  // A ChainMap stores into its first mapping.
  if (isChainMap(obj)) {
    const first = chainFirstMap(bi, obj, frame);
    if (first) return yield* setItem(bi, first, idx, value, frame);
    h.decref(value);
    throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
  }
  if (obj.kind === 'instance') {
    const m = bi.lookupClassAttr(obj.cls, '__setitem__');
    if (m && m.kind === 'function') {
      // The slot calls __setitem__ with borrowed arguments: the caller's stack keeps the value meanwhile.
      try {
        const r = yield* bi.it.callObject(m, [h.incref(obj)!, h.incref(idx)!, h.incref(value)!], [], frame, { line: frame.line, col: 0, key: 'setitem' });
        h.decref(r);
      } finally {
        h.decref(value);
      }
      return;
    }
    if (obj.basePayload) return yield* setItem(bi, obj.basePayload, idx, value, frame);
  }
  if (isArray(obj) && idx.kind === 'int') {
    arraySetItem(bi, obj, idx, value);
    return;
  }
  if (isBytearray(obj)) {
    // A bytearray stores bytes, not the objects: only its content changes (a slice's iterable runs to its end).
    try {
      if (idx.kind === 'slice' && value.kind !== 'bytes') for (const x of yield* bi.iterateAll(value, frame)) h.decref(x);
    } finally {
      h.decref(value);
    }
    bi.it.noteMayRaise();
    bytearrayChanged(obj);
    return;
  }
  if (immutable(bi, obj, '__setitem__') || noItemStore(obj, '__setitem__')) {
    // `t[0] = v` on a tuple, str, bytes …: TypeError; the value is dropped (also after `t[0] += [x]` changed the list).
    h.decref(value);
    throw bi.it.raiseObj(bi.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
  }
  h.escape(obj);
  h.escape(value);
  h.decref(value);
}

/** Builtin values that have no item assignment (or deletion): storing into one is a TypeError (dict views and mappingproxy too). */
const IMMUTABLE_KINDS: ReadonlySet<string> = new Set(['tuple', 'str', 'bytes', 'frozenset', 'int', 'float', 'bool', 'none', 'complex', 'range', 'view']);

function immutable(bi: Builtins, obj: PyObj, method: string): boolean {
  if (!IMMUTABLE_KINDS.has(obj.kind) || isBytearray(obj) || obj.fuzzyValue) return false;
  // (a namedtuple class, or a class derived from one, may define the method)
  return !obj.cls || !bi.lookupClassAttr(obj.cls, method);
}

/** del obj[idx], a list's or bytearray's `__index__` index converted first (slotHooks.ts). */
export function* delItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<void> {
  // (likewise its __delitem__: KeyError, IndexError, TypeError)
  if (storeMayBeRefused(obj)) bi.it.noteMayRaise();
  if (!mayConvert(idx)) return yield* deleteItem(bi, obj, idx, frame);
  return yield* withIndex(bi, obj, idx, frame, true, (i) => deleteItem(bi, obj, i, frame));
}

function* deleteItem(bi: Builtins, obj: PyObj, idx: PyObj, frame: Frame): G<void> {
  const h = bi.it.heap;
  if (obj.weakContainer) {
    yield* settleKey(bi, idx, frame);
    const e = weakGet(bi, obj, idx) && weakDelete(bi, obj, idx);
    if (e) { dropEntry(bi.it, obj, e); bi.it.recorder.noteStore(); return; }
    if (!obj.fuzzy) throw bi.it.raiseObj(bi.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
    return;
  }
  if (obj.kind === 'list') {
    if (idx.kind === 'slice') {
      const idxs = sliceBounds(bi, obj, idx);
      if (!idxs) { h.escape(obj); return; }
      const set = new Set(idxs);
      const removed = obj.items!.filter((_, i) => set.has(i));
      obj.items = obj.items!.filter((_, i) => !set.has(i));
      for (const x of removed) h.decref(x);
      bi.it.recorder.noteStore();
      return;
    }
    const n = bi.num(idx);
    if (typeof n === 'bigint') {
      const len = obj.items!.length;
      const i = Number(n < 0n ? n + BigInt(len) : n);
      if ((i < 0 || i >= len) && !obj.fuzzy) throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
      const [old] = obj.items!.splice(i, 1);
      // (deque_del_item rotates the item away: the deque's state moves on, iterMutation.ts)
      if (obj.type === 'deque' && old) bumpDequeState(obj);
      h.decref(old);
      bi.it.recorder.noteStore();
      return;
    }
  }
  if (obj.kind === 'dict' && obj.attrs && !obj.entries) {
    // A namespace dict (`del obj.__dict__[key]`, resetting a cached_property): the entry goes and
    // its value loses that reference; nothing else sees the key (a missing one is a KeyError).
    const key = namespaceKey(idx);
    // (an unknown key may remove any attribute of an instance)
    if (key === undefined) { if (isAttrDict(obj)) forgetAttrs(bi, obj, { line: frame.line, col: 0 }); h.escape(obj); return; }
    const old = obj.attrs.get(key);
    if (old?.maybeAbsent) bi.it.noteMayRaise();
    // (under a condition of unknown direction it may stay)
    if (old && isAttrDict(obj) && bi.it.uncertainFor(obj)) forgetAttrs(bi, obj, { line: frame.line, col: 0 }, key);
    else if (old) { obj.attrs.delete(key); h.decref(old); }
    else if (!obj.fuzzy) throw bi.it.raiseObj(bi.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
    bi.it.recorder.noteStore();
    return;
  }
  if (obj.kind === 'dict' && obj.entries) {
    yield* lookupKey(bi, idx, frame, obj);
    const e = bi.dictDel(obj, idx);
    if (e) { h.decref(e.key); h.decref(e.value); }
    else if (bi.keyUnknown(idx)) bi.fuzzContent(obj);
    else if (!obj.fuzzy) throw bi.it.raiseObj(bi.newException('KeyError', [h.incref(idx)!], { line: frame.line, col: 0 }), frame, true);
    bi.it.recorder.noteStore();
    return;
  }
  if (isChainMap(obj)) {
    const first = chainFirstMap(bi, obj, frame);
    if (first) return yield* delItem(bi, first, idx, frame);
    throw bi.it.raiseObj(bi.cError('IndexError', { line: frame.line, col: 0 }), frame, true);
  }
  if (obj.kind === 'instance') {
    const m = bi.lookupClassAttr(obj.cls, '__delitem__');
    if (m && m.kind === 'function') {
      const r = yield* bi.it.callObject(m, [h.incref(obj)!, h.incref(idx)!], [], frame, { line: frame.line, col: 0, key: 'delitem' });
      h.decref(r);
      return;
    }
    if (obj.basePayload) return yield* delItem(bi, obj.basePayload, idx, frame);
  }
  if (isBytearray(obj)) { bi.it.noteMayRaise(); bytearrayChanged(obj); return; }
  if (immutable(bi, obj, '__delitem__') || noItemStore(obj, '__delitem__')) throw bi.it.raiseObj(bi.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
  h.escape(obj);
}

/** A live entry's value in a weak container. */
export function weakEntry(bi: Builtins, obj: PyObj, idx: PyObj): PyObj | undefined {
  return weakGet(bi, obj, idx)?.value;
}


/** Whether every character of `v` is Latin-1 (bounded: a long text is not scanned, and counts as not). */
function latin1Only(v: string): boolean {
  if (v.length > 4096) return false;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 255) return false;
  return true;
}

/** sys.modules[name] for '__main__' or a module the program imported (by a known str), else undefined. */
export function sysModulesItem(bi: Builtins, obj: PyObj, idx: PyObj): PyObj | undefined {
  if (obj.kind !== 'unknown' || !obj.external || obj.moduleName !== 'sys.modules') return undefined;
  if (idx.kind !== 'str' || idx.type !== 'str' || typeof idx.value !== 'string') return undefined;
  return idx.value === '__main__' || bi.imported(idx.value) ? bi.importModule(idx.value) : undefined;
}

/**
 * Whether this `d[k] = v` into an exact dict goes through PyDict_SetItem: always on 3.11, on
 * 3.12+ the first time its instruction runs (then STORE_SUBSCR_DICT). Measured (3.12, 3.13):
 * `for i in range(3): d[x] = i` ran x's __hash__ with x at 5, 5, 5 (3.11: 5, 6, 6, the key kept).
 */
function firstStoreSubscr(bi: Builtins, frame: Frame): boolean {
  if (!bi.it.vm.storeSubscrSpecialized) return true;
  return firstRunOf(bi, frame, `set:${frame.line}`);
}

