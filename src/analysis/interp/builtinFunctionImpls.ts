// The builtin functions (len, sorted, getattr, ...), the builtin types called
// (list(...), dict(...), super(), property(...)) and operator's getters: one
// small function each, found by name in BUILTIN_FUNCTION_IMPLS.
// Arguments are borrowed (the caller releases them); results are owned.
import { attrDictSize, isAttrMapDict } from './attrDictIter';
import { complexCall, newComplex } from './complexNumbers';
import { DataclassShape, dataclassPartsCount } from './dataclassParts';
import { abcInstanceOf, mergeMappingProtocol } from './abcMixins';
import { mergeablePayload } from './payloadMerge';
import { odictSubMethodImpl } from './odictSubclass';
import { inertAbcName } from './libraryBases';
import { isWeakrefClass, newWeakrefInstance } from './weakrefSubclass';
import { slotsDataclassClass } from './dataclassSlots';
import { dataclassInitCall, dataclassInitParts } from './dataclassFuncs';
import { setDataclassHash } from './dataclassHash';
import { payloadGetItem } from './subscripts';
import { chainLen, chainToDict, isChainMap } from './chainMap';
import { lookupKeyForSetItem, settleOwnedKeys } from './valueKeys';
import { runHash, storesHashes } from './slotHooks';
import { isCounter } from './counterModel';
import { reprRunsCode } from './containerRepr';
import { flagClassMembers, intEnumOperand } from './enums';
import { mergeFinished } from './heapqMerge';
import { addressHashed, binop, knownClass } from './operators';
import { CallSite, G, PyException } from './interpreter';
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { Pos } from '../ir/irTypes';
import { Kind, mroDecides, opaqueValue, PyObj } from './objects';
import { attrDictIterable } from './attrDictIter';
import { liveEntries } from './weakContainers';
import { LIMITS } from './limits';
import { compileImpl, execImpl, execNamespaceDict } from './execText';
import { openFile } from './fileObjects';
import { slotTupleNew, specialTupleNew } from './tupleSubclass';
import { baseConstructor } from './builtinBases';
import { bytesContent, contentFrom } from './bytesObjects';
import { arrayLen, isArray } from './arrayModule';
import { isMemoryview, isReleased, makeMemoryview, memoryviewContent } from './memoryView';
import { floatRepr } from '../ir/constants';
import { BUILTIN_TYPES, FROZEN_DATACLASS_METHOD } from './builtinNames';
import { callGetter, callMethodcaller, makeGetter, makeMethodcaller } from './operatorModule';
import { localsDict, moduleNamespace } from './namespaces';
import { isMetaclass, typeNew } from './metaclasses';
import { getIters, ODICT_REVERSE_ITER, reversedSequence } from './iteration';
import { snapshotForIteration } from './iterMutation';
import { keepsUnorderedItems, notePendingOneOf, settleWalk, unorderedWalk } from './setOrder';
import { aiterOf, anextOf } from './asyncIteration';
import { cacheSlotnames } from './instanceDicts';
import { SLOT_WRAPPER_IMPLS } from './slotWrappers';
import { typeSubclassesImpl } from './subclassesList';
import { typeMroImpl } from './classMro';
import { intFromText } from './intText';
import { libraryRegistered, virtualInstanceCheck } from './virtualSubclasses';
import { noteAbcChecks } from './abcCaches';
import { isMappingProxy, newMappingProxy, proxiedDict } from './mappingProxy';
import { refuseObjectSpec, userFormat } from './formatHook';
import { formatWithSpec } from './formatMap';
import { callableHasAttr, noDictLacks, objectTypeHas, ownDictMayHold } from './builtinTypeAttrs';
import { callableTypeInstance } from './inspectPredicates';
import { bytesHook, complexHook, floatHook, hasNumberHook, intHook, lenResult } from './numberHooks';
import { exactBuiltin, hasNoLen, numeric, typeError, unhashable } from './typeErrors';
import { onlyHookMayHave, runMemberInit, surelyLacks } from './exceptionMembers';
import { isPurePath, pathStr } from './pathlibModel';
import { followedFspath } from './fsPath';
import { markStrict } from './zipStrict';
import { startKeptWhenEmpty } from './intIdentity';
import { rangeLength } from './rangeValues';
import { BuiltinCall, BuiltinImpl, printCall, isFieldCall, sortInPlace, sortKey, SortKey, ownIterators, numberBuiltin } from './builtinCalls';

function operatorAttrgetterImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, site, unknownCall } = call;
  return makeGetter(b, it, name === 'operator.attrgetter' ? 'attrgetter' : 'itemgetter', args, site) ?? unknownCall();
}

function operatorMethodcallerImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return makeMethodcaller(b, it, args, kwargs, site) ?? unknownCall();
}

function* operatorMethodcallerResultImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site, self, unknownCall } = call;
  if (args.length !== 1 || kwargs.length) return unknownCall();
  return yield* callMethodcaller(b, it, func, self, frame, site);
}

function* operatorAttrgetterResultImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site, self, unknownCall } = call;
  if (args.length !== 1 || kwargs.length) return unknownCall();
  return yield* callGetter(b, it, func, self, frame, site);
}

function* printImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kw, frame, site } = call;
  return yield* printCall(b, it, args, kw, frame, site);
}

function* reprImpl(call: BuiltinCall): G<PyObj> {
  const { b, frame, site, self, pos } = call;
  return self ? yield* b.textOf(self, 'repr', frame, site) : b.newStr(undefined, pos);
}

function* formatImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, frame, site, self, pos } = call;
  const spec = args[1]?.kind === 'str' && typeof args[1].value === 'string' ? args[1].value : undefined;
  if (!self) return b.newStr(undefined, pos);
  // (a class's own __format__ gets the spec object given, '' when none; its result is the answer)
  const own = yield* userFormat(b, self, args[1] ?? b.newStrImmortal(''), frame, site);
  if (own) return own;
  refuseObjectSpec(b, self, args[1] && spec === undefined ? undefined : spec, frame, pos);
  // (`format(x, '>8')`: the spec pads, rounds, converts; it is not str(x))
  if (spec) return yield* formatWithSpec(b, self, spec, frame, site, pos);
  if (args[1] && spec === undefined) {
    // (a spec of unknown text: an exact str may come back itself or padded)
    if (self.kind === 'str' && self.type === 'str') return b.maybeSame(self, pos);
    h.decref(yield* b.textOf(self, 'str', frame, site, 1));
    return b.newStr(undefined, pos);
  }
  return yield* b.textOf(self, 'str', frame, site, 1);
}

function chrImpl(call: BuiltinCall): PyObj {
  const { b, it, frame, self, pos } = call;
  const n = self ? b.num(self) : undefined;
  // (a code point outside range(0x110000): ValueError)
  if (typeof n === 'bigint' && (n < 0n || n > 0x10ffffn)) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
  // (a code point the model does not know: below 256 the cached character, else a new one)
  if (typeof n !== 'bigint') return b.maybeCachedStr(pos);
  return b.newStr(String.fromCodePoint(Number(n)), pos);
}

function textOfUnknownImpl(call: BuiltinCall): PyObj {
  const { b, pos } = call;
  return b.newStr(undefined, pos);
}

/** hex / oct / bin of a known int: its text with the prefix, always a new str (three characters or more). */
function intTextImpl(call: BuiltinCall): PyObj {
  const { b, name, self, pos } = call;
  const n = self && (self.kind === 'int' || self.kind === 'bool') && !self.cls && !self.fromId ? b.num(self) : undefined;
  if (typeof n !== 'bigint' || call.args.length !== 1 || call.kwargs.length) return b.newStr(undefined, pos);
  const [base, prefix] = name === 'hex' ? [16, '0x'] : name === 'oct' ? [8, '0o'] : [2, '0b'];
  const mag = (n < 0n ? -n : n).toString(base);
  return b.newStrFresh((n < 0n ? '-' : '') + prefix + mag, pos);
}

/** len(x): known for the model's containers and strings; a class's __len__ runs (a generator only then). */
function lenImpl(call: BuiltinCall): G<PyObj> | PyObj {
  const { b, it, frame, self, pos } = call;
  const n = self && isAttrMapDict(self) ? attrDictSize(self).exact : self?.kind === 'view' && self.iterSource?.entries && !self.iterSource.fuzzy ? self.iterSource.entries.size : self?.weakContainer ? liveEntries(self).length : self?.items ? self.items.length : self?.entries ? self.entries.size : self?.kind === 'str' && self.value !== undefined ? String(self.value).length : self?.kind === 'bytes' ? bytesContent(self)?.length : undefined;
  if (isMemoryview(self)) {
    if (isReleased(self)) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    const v = memoryviewContent(self);
    return b.newInt(v === undefined ? undefined : BigInt(v.length), pos);
  }
  if (isArray(self)) {
    const n = arrayLen(self);
    return b.newInt(n === undefined ? undefined : BigInt(n), pos);
  }
  if (self && isChainMap(self)) {
    const n = chainLen(self, b);
    return b.newInt(n === undefined ? undefined : BigInt(n), pos);
  }
  if (self?.kind === 'instance') {
    const m = b.lookupClassAttr(self.cls, '__len__');
    if (m && m.kind === 'function') return ownLen(call, m);
    if (self.basePayload) return payloadLen(b, self.basePayload, pos);
  }
  const noLen = self && hasNoLen(b, self);
  if (noLen) throw it.raiseObj(typeError(b, `object of type '${noLen}' has no len()`, pos), frame, true);
  // (an object the model does not know may have no len(), or a __len__ that raises)
  if (!self || opaqueValue(self) || self.kind === 'instance') it.noteMayRaise();
  return b.newInt(n === undefined || self?.fuzzy ? undefined : BigInt(n), pos);
}

/** len(x) of an instance whose class defines __len__: it runs, and its result is checked and copied (lenResult). */
function* ownLen(call: BuiltinCall, m: PyObj): G<PyObj> {
  return lenResult(call.it, yield* call.it.callFromC(m, [call.self], call.frame, call.site), call.frame, call.pos);
}

/** The length of a list / dict subclass instance's builtin part (unknown once its content is). */
function payloadLen(b: Builtins, part: PyObj, pos: Pos): PyObj {
  return b.newInt(part.fuzzy ? undefined : BigInt(part.items?.length ?? part.entries?.size ?? 0), pos);
}

/** memoryview(x): a view of a bytes, bytearray or another view (memoryView.ts); another object is not followed. */
function memoryviewImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, frame, self, pos, unknownCall } = call;
  if (args.length !== 1 || kwargs.length) return unknownCall();
  const v = makeMemoryview(b, self, pos);
  if (v === 'released') throw it.raiseObj(b.cError('ValueError', pos), frame, true);
  return v ?? unknownCall();
}

function idImpl(call: BuiltinCall): PyObj {
  const { b, self, pos } = call;
  if (self) return b.idInt(self, pos);
  const n = b.newInt(undefined, pos);
  n.fromId = true;
  return n;
}

function* sumImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, frame, self, pos } = call;
  // Consumes the iterable (a generator runs to its end), then adds what is known.
  if (!self) return b.unknown(pos.line, pos.col);
  const items = yield* b.iterateAll(self, frame);
  const start = args[1];
  const all = start ? [start, ...items] : items;
  // builtin_sum's fast paths only keep an exact int or float accumulator: any other start (a Counter,
  // a Decimal) or item goes through PyNumber_Add, each step a new object, the previous one released.
  // (items of unknown kind keep the old answer: a number of unknown value)
  // (an IntEnum member is no exact int either: int's own __add__ on its value, binop)
  // (a complex too: its addition is modelled, complexNumbers.ts; each step a new complex)
  const generic = (x: PyObj): boolean => x.kind === 'instance' || x.kind === 'list' || x.kind === 'tuple' || x.kind === 'complex' || !!intEnumOperand(b, x, '+', 'add');
  const library = (x: PyObj): boolean => !!x.pureValue || isCounter(x);
  // (an enum class is fuzzy, but iterates its known members)
  const known = !self.fuzzy || (self.kind === 'class' && !!self.enumMembers);
  if (known && (all.some(generic) || (all.some(library) && all.every((x) => x.kind !== 'unknown' || library(x))))) {
    // The generic loop: result = result + item for each item (a class's __add__ / __radd__ runs).
    let acc = h.incref(start ?? b.smallInt(0n))!;
    try {
      for (const x of items) {
        const r = yield* binop(b, '+', acc, x, frame, false, pos);
        h.decref(acc);
        acc = r;
      }
    } catch (err) {
      h.decref(acc);
      throw err;
    } finally {
      for (const x of items) h.decref(x);
    }
    return acc;
  }
  const nums = all.map((x) => ((x.kind === 'int' || x.kind === 'bool' || x.kind === 'float') && x.value !== undefined ? x : undefined));
  for (const x of items) h.decref(x);
  // No items: an int start past a C long is the answer itself (intIdentity.ts); an iterable
  // of unknown content may be empty, so then the start's count goes open.
  const keep = items.length === 0 ? startKeptWhenEmpty(start) : false;
  if (keep && !self.fuzzy) return h.incref(start)!;
  if (keep !== false) h.escape(start);
  // A number plus text, None or a set (start 0 + 'a'), or a str start ("can't sum strings"): TypeError.
  // (of a list or tuple: a generator would have stopped at that item, which iterateAll did not)
  const numberLike = (x: PyObj): boolean => !x.cls && (x.kind === 'int' || x.kind === 'bool' || x.kind === 'float');
  const firstOther = all.find((x) => !numberLike(x));
  if (exactBuiltin(firstOther, 'data') && (firstOther === start || (!self.fuzzy && !self.cls && (self.kind === 'list' || self.kind === 'tuple')))) {
    throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  if (all.some((x) => x.kind === 'complex')) return newComplex(b, undefined, pos);
  if (self.fuzzy || nums.some((x) => !x)) return all.some((x) => x.kind === 'float') ? b.newFloat(undefined, pos) : b.newInt(undefined, pos);
  if (nums.some((x) => x!.kind === 'float')) return b.newFloat(floatSum(nums.map((x) => x!.value as number | bigint | boolean), !start, it.vm.compensatedFloatSum), pos);
  return b.newInt(nums.reduce((acc, x) => acc + (typeof x!.value === 'boolean' ? (x!.value ? 1n : 0n) : (x!.value as bigint)), 0n), pos);
}

/**
 * builtin_sum's float result: exact int addition while the values are ints, the first float added
 * to that int (PyNumber_Add), then a double accumulator — from 3.12 with Neumaier's compensation
 * for float items (int items are added plain), the compensation added once at the end when it is
 * finite and non-zero. `values` starts with the start value (0 when `noStart`).
 */
function floatSum(values: (number | bigint | boolean)[], noStart: boolean, compensated: boolean): number {
  const all = noStart ? [0n as number | bigint | boolean, ...values] : values;
  let i = 0;
  let whole = 0n;
  for (; i < all.length && typeof all[i] !== 'number'; i++) whole += typeof all[i] === 'boolean' ? (all[i] ? 1n : 0n) : (all[i] as bigint);
  if (i >= all.length) return Number(whole);
  let f = i === 0 ? (all[0] as number) : Number(whole) + (all[i] as number);
  let c = 0;
  for (i++; i < all.length; i++) {
    const v = all[i];
    if (typeof v !== 'number' || !compensated) { f += typeof v === 'boolean' ? (v ? 1 : 0) : Number(v); continue; }
    const t = f + v;
    c += Math.abs(f) >= Math.abs(v) ? (f - t) + v : (v - t) + f;
    f = t;
  }
  if (c && Number.isFinite(c)) f += c;
  return f;
}

function* anyAllImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, frame, self, pos } = call;
  // Short-circuits like CPython: stops at the first deciding item.
  if (!self) return b.unknown(pos.line, pos.col);
  const itr = yield* b.getIter(self, frame);
  let result: boolean | undefined = name === 'all';
  try {
    for (let n = 0; n < 100000; n++) {
      const v = yield* b.iterNext(itr, frame);
      if (!v) break;
      const t = yield* call.it.truthOf(v, frame);
      if (t === undefined) { result = undefined; break; }
      if (name === 'any' && t) { result = true; break; }
      if (name === 'all' && !t) { result = false; break; }
    }
  } finally {
    h.decref(itr);
  }
  return result === undefined ? b.unknown(pos.line, pos.col) : b.bool(result);
}

/** abs(x) / round(x[, n]): an instance's own __abs__ / __round__ runs (self borrowed); numbers answer at once. */
export function* absRoundImpl(call: BuiltinCall): G<PyObj> {
  const { it, name, args, frame, site, self } = call;
  const r = self ? yield* it.callInstanceDunder(self, name === 'abs' ? '__abs__' : '__round__', args.slice(1), frame, site) : undefined;
  return r ?? numberFunctionImpl(call);
}

/**
 * divmod(a, b) / pow(a, b[, m]) with an instance operand: the number slots as the operators run them
 * (nb_divmod: __divmod__ / __rdivmod__; nb_power: `a ** b`); three-argument pow calls only the left
 * operand's own __pow__(b, m) (slot_nb_power never reflects it).
 */
function* divmodPowImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, pos } = call;
  const inst = args.slice(0, 2).some((a) => a.kind === 'instance');
  if (inst && args.length === 2 && !kwargs.length) return yield* b.binop(name === 'pow' ? '**' : 'divmod', args[0], args[1], frame, false, pos);
  if (inst && name === 'pow' && args.length === 3 && !kwargs.length && args[0].kind === 'instance') {
    const r = yield* it.callInstanceDunder(args[0], '__pow__', [args[1], args[2]], frame, call.site);
    if (r && r.type === 'NotImplementedType') {
      it.heap.decref(r);
      throw it.raiseObj(b.cError('TypeError', pos), frame, true);
    }
    if (r) return r;
  }
  return numberFunctionImpl(call);
}

function numberFunctionImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, frame, pos } = call;
  // abs('a'), round(None), divmod([], 2): no number slot / __round__ on the type (TypeError).
  // (ord takes a str, bytes or bytearray of one character: only other plain data is refused outright)
  const refused = name === 'ord' ? exactBuiltin(args[0], 'data') && args[0].kind !== 'str' && args[0].kind !== 'bytes' : exactBuiltin(args[0], 'data');
  if (refused || (name === 'divmod' && exactBuiltin(args[1], 'data'))) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  // divmod(7, 0): int / float division by a known zero (ZeroDivisionError).
  const num = (o: PyObj | undefined): boolean => !!o && !o.cls && numeric(o, true);
  if (name === 'divmod' && num(args[0]) && num(args[1]) && Number(args[1].value) === 0) throw it.raiseObj(b.cError('ZeroDivisionError', pos), frame, true);
  // pow(b, e, 0): ValueError ("pow() 3rd argument cannot be 0").
  if (name === 'pow' && args.length === 3 && args[2].kind === 'int' && args[2].value === 0n) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
  return numberBuiltin(b, name, args, pos) ?? b.newInt(undefined, pos);
}

function* hashImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, frame, self, pos } = call;
  const t = unhashable(b, self);
  if (t) throw it.raiseObj(typeError(b, `unhashable type: '${t}'`, pos), frame, true);
  // (a class's own __hash__, a tuple's items' hooks: slotHooks.ts; the number they give is not followed)
  yield* runHash(b, self, frame);
  // An int's hash is its value modulo 2**61 - 1, sign kept, -1 reserved (-2): no hash seed.
  const n = self && (self.kind === 'int' || self.kind === 'bool') && !self.cls ? b.num(self) : undefined;
  if (typeof n === 'bigint') {
    const P = (1n << 61n) - 1n;
    let r = (n < 0n ? -n : n) % P;
    if (n < 0n) r = -r;
    return b.newInt(r === -1n ? -2n : r, pos);
  }
  const r = b.newInt(undefined, pos);
  // (object's hash, _Py_HashPointer: the address rotated by 4 bits, never a small int, so the
  // result is a new int of its own, count 1; its value stays unknown)
  if (self && (self.kind === 'function' || addressHashed(b, self))) r.fuzzy = false;
  const tag = self ? b.hashTag(self) : undefined;
  if (tag !== undefined) b.hashTags.set(r, tag);
  return r;
}

/** A metaclass of the program's own __instancecheck__ for class `t` (type(t) defines it), if any. */
function instanceCheckHook(b: Builtins, t: PyObj): PyObj | undefined {
  const meta = t.kind === 'class' ? t.foreignMeta : undefined;
  const hook = meta?.kind === 'class' ? b.lookupClassAttr(meta, '__instancecheck__') : undefined;
  return hook?.kind === 'function' ? hook : undefined;
}

/**
 * isinstance(obj, cls) where a class's metaclass defines __instancecheck__ (object_recursive_isinstance):
 * each class in turn, an exact type match answering True without a call, else the hook runs with
 * (cls, obj) and its truth decides; a class without a hook is answered as usual. Stops at the first
 * True; an answer the model does not know stops it too (the hooks after it may not have run).
 */
function* isinstanceThroughHooks(call: BuiltinCall, types: readonly PyObj[]): G<PyObj> {
  const { b, h, it, frame, self, pos, site } = call;
  let unknown = false;
  for (const t of types) {
    if (b.classOf(self) === t) return b.trueObj;
    const hook = instanceCheckHook(b, t);
    const r = hook ? yield* it.callFromC(hook, [t, self], frame, site) : isinstanceImpl({ ...call, args: [self, t] });
    const truth = r.kind === 'bool' && typeof r.value === 'boolean' ? r.value : undefined;
    h.decref(r);
    if (truth === true) return b.trueObj;
    if (truth === undefined) {
      if (hook) return b.unknown(pos.line, pos.col);
      unknown = true;
    }
  }
  return unknown ? b.unknown(pos.line, pos.col) : b.falseObj;
}

function* isinstanceWithHooks(call: BuiltinCall): G<PyObj> {
  const cls = call.args[1];
  const types = !cls ? [] : cls.kind === 'tuple' ? cls.items ?? [] : [cls];
  if (call.self && types.some((t) => instanceCheckHook(call.b, t))) return yield* isinstanceThroughHooks(call, types);
  return isinstanceImpl(call);
}

function isinstanceImpl(call: BuiltinCall): PyObj {
  const { b, it, args, frame, self, pos } = call;
  const cls = args[1];
  if (!self || !cls) return b.unknown(pos.line, pos.col);
  // A second argument that is no class, tuple or union: "isinstance() arg 2 must be a type, …" (TypeError).
  // (an exact instance of a class of its own never matches, so object_isinstance reaches the check too)
  if ((exactBuiltin(cls, 'data') && cls.kind !== 'tuple') || exactBuiltin(cls, 'number')) {
    throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  const c = b.classOf(self);
  const types = cls.kind === 'tuple' ? cls.items! : [cls];
  // (what ABCMeta's checks cache: abcCaches.ts)
  noteAbcChecks(b, self.kind === 'unknown' ? undefined : c, types, true);
  const callableType = callableTypeInstance(call, self, types);
  if (callableType !== undefined) return b.bool(callableType);
  // A protocol or an ABC of the program among the classes: each answered on its own (virtualSubclasses.ts).
  const virtual = types.map((t) => virtualInstanceCheck(b, self, t));
  if (virtual.some((v) => v !== null)) {
    const each = types.map((t, i) => (virtual[i] !== null ? virtual[i] : self.kind === 'unknown' ? undefined : c ? b.knownSubclass(c, [t]) : classlessIsinstance(self, [t])));
    if (each.some((v) => v === true)) return b.trueObj;
    return each.every((v) => v === false) ? b.falseObj : b.unknown(pos.line, pos.col);
  }
  if (self.kind === 'unknown') return b.unknown(pos.line, pos.col);
  // (a collections.abc ABC in the MRO of the instance's class: abcMixins.ts)
  if (types.some((t) => abcInstanceOf(b, self, t, inertAbcName) || libraryRegistered(b, self, t))) return b.trueObj;
  if (!c) {
    const r = classlessIsinstance(self, types);
    return r === undefined ? b.unknown(pos.line, pos.col) : b.bool(r);
  }
  // (an instance of the program's classes against collections.OrderedDict: its MRO decides)
  if (c.classIR) {
    const r = b.knownSubclass(c, types.map((t) => b.odictAsClass(t)));
    return r === undefined ? b.unknown(pos.line, pos.col) : b.bool(r);
  }
  // (a builtin value the model keeps as kind and type: an OrderedDict is one, a dict or another builtin not)
  const each = types.map((t) => (b.odictAsClass(t) !== t ? exactIsOdict(self, c) : b.knownSubclass(c, [t])));
  if (each.some((v) => v === true)) return b.trueObj;
  return each.every((v) => v === false) ? b.falseObj : b.unknown(pos.line, pos.col);
}

/** isinstance(x, collections.OrderedDict) of a value whose class is builtin (`c`), where the model knows. */
function exactIsOdict(x: PyObj, c: PyObj): boolean | undefined {
  if (x.kind === 'dict' && !x.payloadOf && !x.cls) return x.type === 'OrderedDict' ? true : ['dict', 'defaultdict', 'Counter'].includes(x.type) ? false : undefined;
  return c.external && c.kind === 'class' && c.builtinName !== 'dict' && CONCRETE_TYPES.has(c.builtinName ?? '') ? false : undefined;
}

/** The builtin types an object the model keeps without a class (None, functions, iterators, modules, …) is never an instance of. */
/** The builtin classes the model keeps, but `object` (everything's base) and `type` (every class's metaclass). */
const CONCRETE_TYPES = new Set(BUILTIN_TYPES.filter((t) => t !== 'object' && t !== 'type'));

/**
 * isinstance of an object whose class the model does not keep: true for `object`; false for a concrete builtin
 * type or a plain user class (neither can be the class of None, a function, an iterator, …); otherwise not known
 * (an ABC may have registered anything, a foreign metaclass may define __instancecheck__, a class's type is its metaclass).
 */
function classlessIsinstance(self: PyObj, types: PyObj[]): boolean | undefined {
  if (types.some((t) => t.builtinName === 'object' || (self.kind === 'none' && t.builtinName === 'NoneType'))) return true;
  if (self.kind === 'class') return undefined;
  const never = (t: PyObj) => mroDecides(t) && !t.unknownBase
    && (t.classIR !== undefined || t.isException || CONCRETE_TYPES.has(t.builtinName ?? ''));
  return types.every(never) ? false : undefined;
}

function issubclassImpl(call: BuiltinCall): PyObj {
  const { b, args, self, pos } = call;
  const cls = args[1];
  if (cls) noteAbcChecks(b, self?.kind === 'class' ? self : undefined, cls.kind === 'tuple' ? cls.items ?? [] : [cls], false);
  const r = self?.kind === 'class' && cls ? b.knownSubclass(self, (cls.kind === 'tuple' ? cls.items! : [cls]).map((t) => (self.classIR ? b.odictAsClass(t) : t))) : undefined;
  return r === undefined ? b.unknown(pos.line, pos.col) : b.bool(r);
}

function callableImpl(call: BuiltinCall): PyObj {
  const { b, self } = call;
  return b.bool(['function', 'builtin', 'class', 'method'].includes(self?.kind ?? ''));
}

/**
 * min() / max() as min_max runs them: one item at a time from the iterator
 * (`min(a, b)` iterates its argument tuple), the key of each (the key function
 * called with the item it holds), compared with the best so far by known numbers
 * here or by running `key < best` / `key > best`; the best item and its key are
 * kept, every other item and key released at once.
 */
function* minMaxImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kw, frame, site, self, pos } = call;
  if (!self) return b.unknown(pos.line, pos.col);
  const key = kw.get('key');
  const keyFn = key && key !== b.none ? key : undefined;
  const src = args.length === 1 ? h.incref(self)! : b.newSeq('tuple', args.map((a) => h.incref(a)!), pos);
  // (3.13+: METH_FASTCALL, no argument tuple holds the arguments; the tuple here only steps
  // through them, so its references are lent back meanwhile. Measured: inside `__lt__` of
  // min(p, q) p and q are one lower on 3.13 than on 3.11 / 3.12)
  const lent = it.vm.minMaxFastcall ? (args.length === 1 ? [self] : args) : [];
  for (const a of lent) h.decref(a);
  let itr: PyObj | undefined;
  let best: PyObj | undefined;
  let bestKey: PyObj | undefined;
  let order = true;
  // (over a set, in an order the model does not know: with equal keys, the first of them wins, setOrder.ts)
  let unordered = false;
  let tied = false;
  const seen: PyObj[] = [];
  const seenKeys: (SortKey | undefined)[] = [];
  const events = it.fuzzyEvents;
  try {
    itr = yield* b.getIter(src, frame);
    unordered = !!unorderedWalk(itr);
    for (let n = 0; n < 100000; n++) {
      if (n >= LIMITS.MAX_UNSURE_ITEMS && it.fuzzyEvents !== events) {
        // Its steps took branches of unknown direction: where it ends is unknown (as iterateAll).
        h.escape(itr);
        it.unmodelledGarbage = true;
        order = false;
        break;
      }
      const x = yield* b.iterNext(itr, frame);
      if (!x) break;
      seen.push(x);
      let k: PyObj;
      try {
        k = keyFn ? yield* it.callFromC(keyFn, [x], frame, site) : h.incref(x)!;
      } catch (err) {
        h.decref(x);
        throw err;
      }
      const a = sortKey(k);
      seenKeys.push(a);
      if (!best) { best = x; bestKey = k; continue; }
      const c = sortKey(bestKey!);
      let better: boolean | undefined;
      if (typeof a === 'number' && typeof c === 'number') {
        better = name === 'min' ? a < c : a > c;
        if (a === c) tied = true;
      } else {
        // (whether keys compared by Python's `<` are equal is not asked here)
        tied = true;
        let r: PyObj;
        try {
          r = yield* b.compare(name === 'min' ? '<' : '>', k, bestKey!, frame, pos);
        } catch (err) {
          // (a comparison that raised: min_max's error path lets go of the item and its key too)
          h.decref(x);
          h.decref(k);
          throw err;
        }
        better = yield* b.it.truthOf(r, frame);
      }
      if (better === undefined) order = false;
      if (better) {
        h.decref(best);
        h.decref(bestKey);
        best = x;
        bestKey = k;
      } else {
        h.decref(x);
        h.decref(k);
      }
    }
  } catch (err) {
    h.decref(best);
    throw err;
  } finally {
    h.decref(bestKey);
    h.decref(itr);
    for (const a of lent) h.incref(a);
    h.decref(src);
  }
  if (!best) {
    if (!order) return b.unknown(pos.line, pos.col);
    if (kw.has('default')) return h.incref(kw.get('default'))!;
    throw it.raiseObj(b.cError('ValueError', pos), frame, true);
  }
  // An order the model cannot decide: any of the items may be the answer.
  if (!order) for (const x of seen) h.escape(x);
  else if (unordered && tied) {
    // (the answer is one of the items whose key equals the best's, where the keys are numbers)
    const bestNum = seenKeys[seen.indexOf(best)];
    notePendingOneOf(it, best, typeof bestNum === 'number' ? seen.filter((_, i) => seenKeys[i] === bestNum) : seen);
  }
  return best;
}

function* sortedImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, kw, frame, site, self, pos } = call;
  const before = b.standIns;
  // (PySequence_List: list_extend, with its length hint)
  const items = yield* b.iterateAll(self, frame, true);
  let unordered: boolean;
  try {
    // (a set's members, in an order the model does not know, where keys tie: setOrder.ts)
    unordered = (yield* sortInPlace(b, it, items, kw, frame, site, keepsUnorderedItems(items))) === 'unordered';
  } catch (err) {
    // A comparison or key that raised: the new list is freed with its items (list_sort_impl's error path).
    for (const x of items) it.heap.decref(x);
    throw err;
  }
  const r = b.filledFrom(b.newSeq('list', items, pos), before);
  if (unordered) r.orderUnknown = true;
  return r;
}

function* iterImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, frame, self, pos } = call;
  if (args.length === 2) {
    // iter(callable, sentinel): a callable_iterator holding both until the sentinel comes back.
    const e = h.alloc('iterator', 'callable_iterator', h.site(pos.line, pos.col, 'callable_iterator', 'iter(f, sentinel)'));
    e.iterKind = 'callable';
    e.iterFunc = h.incref(args[0]);
    e.heldValue = h.incref(args[1]);
    e.tracked = true;
    return e;
  }
  return yield* b.getIter(self, frame);
}

/** aiter(obj) / anext(it[, default]) (asyncIteration.ts). */
function* aiterImpl(call: BuiltinCall): G<PyObj> {
  const { it, args, kwargs, frame, self, pos, unknownCall } = call;
  return (args.length === 1 && !kwargs.length && (yield* aiterOf(it, self, frame, pos))) || unknownCall();
}

function* anextImpl(call: BuiltinCall): G<PyObj> {
  const { it, args, kwargs, frame, self, pos, unknownCall } = call;
  return ((args.length === 1 || args.length === 2) && !kwargs.length && (yield* anextOf(it, self, args[1], frame, pos))) || unknownCall();
}

/**
 * Whether an iterator's length is not known: it is one over what the model does not know, or
 * pulls from one (enumerate, zip, map, itertools over a list of unknown length).
 */
function lengthOpen(o: PyObj | undefined, depth = 0): boolean {
  if (!o || depth > 8) return false;
  if (o.kind === 'unknown' || o.fuzzyIter) return true;
  // (a wrapper's sources: iterators, never the sequence a plain iterator walks, which it knows)
  const src = o.iterSource;
  return (o.iterSources ?? []).some((x) => lengthOpen(x, depth + 1)) || (!!src && (src.kind === 'iterator' || src.kind === 'unknown' || src.kind === 'generator') && lengthOpen(src, depth + 1));
}

function* nextImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, frame, self, pos } = call;
  const open = lengthOpen(self);
  // (an iterator over what the model does not know may be exhausted: StopIteration, where its
  // made-up item stands; without a default an `except StopIteration` after it runs)
  if (open && !args[1]) it.noteMayRaise();
  // (which member of a set comes first is not known: setOrder.ts)
  const members = self && unorderedWalk(self);
  const prevDepth = it.explicitNextDepth;
  it.explicitNextDepth = it.stack.length;
  let r: { done: boolean; value: PyObj };
  try {
    r = yield* b.resume(self, undefined, frame);
  } finally {
    it.explicitNextDepth = prevDepth;
  }
  if (r.done) {
    if (args[1]) { h.decref(r.value); return h.incref(args[1])!; }
    // A generator's return value travels in the StopIteration (_PyGen_SetStopIterationValue:
    // its args and value; None raises a bare StopIteration).
    const ret = r.value && r.value.kind !== 'none' && self?.kind === 'generator' ? r.value : undefined;
    if (!ret) h.decref(r.value);
    // An iterator over what the model does not know ends after one made-up item; its true length is unknown.
    if (open) { h.decref(ret); return b.unknown(pos.line, pos.col); }
    throw it.raiseObj(b.newException('StopIteration', ret ? [ret] : [], pos), frame, true);
  }
  if (members) {
    if (members.includes(r.value)) notePendingOneOf(it, r.value, members);
    else settleWalk(b, self!);
  }
  return r.value;
}

/**
 * A name string made at run time, handed to getattr / setattr / delattr / hasattr: the type's
 * method cache (_PyType_Lookup) keeps a reference to it in a slot chosen by its (randomised) hash,
 * until another lookup takes the slot; setattr also interns it. Its count is open from here on.
 */
function nameThroughTypeCache(call: BuiltinCall): void {
  const n = call.args[1];
  if (n?.kind === 'str' && !n.immortal && !n.external && !n.constHolders && String(n.value).length <= 100) call.b.fuzz(n);
}

/** object.__getattribute__(obj, name) (also through super()): the generic lookup, a class's own __getattribute__ / __getattr__ not run. */
function* objectGetattributeImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, frame, site, self, unknownCall } = call;
  const attr = args[1]?.value;
  if (!(self?.kind === 'instance' || exactBuiltin(self)) || typeof attr !== 'string' || args.length !== 2) return unknownCall();
  // (_PyObject_GenericGetAttrWithDict sets the AttributeError's context itself: it keeps the object)
  return yield* b.keepingAttributeErrorObject(self, () => b.getAttr(self, attr, frame, site, true));
}

/** `r` is what `self` or its class holds under `attr` (a stored value, not a stand-in made for the lookup). */
function heldAs(b: Builtins, self: PyObj, attr: string, r: PyObj): boolean {
  return self.attrs?.get(attr) === r || self.slots?.get(attr) === r || b.lookupClassAttr(b.classOf(self), attr) === r;
}

function* getattrImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, frame, site, self, pos, unknownCall } = call;
  const attr = args[1]?.value;
  if (typeof attr !== 'string') return unknownCall();
  nameThroughTypeCache(call);
  // A name an OrderedDict's / StringIO's type lacks that its own __dict__ may hold, with a default:
  // either may be the answer, so the default's count opens and the result is unknown.
  if (args[2] && ownDictMayHold(self, attr, call.it.vm.typeNamesMinor)) {
    h.escape(args[2]);
    return b.unknown(pos.line, pos.col);
  }
  try {
    const r = yield* b.getAttr(self, attr, frame, site, false, args[1]);
    // A module's attribute the model does not know (an unknown stand-in: it may not exist) with a
    // default: either may be the answer, so the default's count opens and the result is unknown.
    if (args[2] && self.kind === 'module' && r.unknownModuleAttr) {
      h.escape(args[2]);
      return b.unknown(pos.line, pos.col);
    }
    // A stand-in, not a value the object or its class holds (an object given to code the model
    // does not follow, a base it does not model): the attribute may as well be missing, and the
    // default the answer, so its count opens. Measured (3.11-3.13): after
    // functools.update_wrapper(box, f), getattr(box, "job", token) is token (its count 2, not 1).
    if (args[2] && r.kind === 'unknown' && (self.kind === 'instance' || self.kind === 'exception') && !heldAs(b, self, attr, r)) h.escape(args[2]);
    // (likewise a builtins type whose attributes the model does not list, `getattr(range, "x", d)`:
    // the stand-in is a method of that name it may lack)
    if (args[2] && self.kind === 'class' && self.external && r.external && r.kind === 'builtin' && r.builtinName === `${self.builtinName}.${attr}`) {
      h.escape(args[2]);
      return b.unknown(pos.line, pos.col);
    }
    return r;
  } catch (err) {
    // With a default, an AttributeError is cleared (PyErr_Clear): the exception, its traceback
    // and the frames that holds go at once. Any other exception passes through.
    if (args[2] && err instanceof PyException && b.isSubclass(b.classOf(err.exc), b.types.get('AttributeError')!)) {
      h.decref(err.exc);
      return h.incref(args[2])!;
    }
    // (PyObject_GetAttr's set_attribute_error_context: the AttributeError keeps the object)
    if (err instanceof PyException) b.noteAttributeErrorObject(err.exc, self);
    throw err;
  }
}

function* setattrImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, frame, self, unknownCall } = call;
  const attr = args[1]?.value;
  if (typeof attr !== 'string' || !args[2]) return unknownCall();
  nameThroughTypeCache(call);
  yield* b.setAttr(self, attr, h.incref(args[2])!, frame, { argHeld: true });
  return b.none;
}

/**
 * object.__getstate__() (3.11+) of an instance without slot members: None when it has no
 * attributes, else its __dict__ itself (made as `obj.__dict__` makes it). copyreg._slotnames
 * caches the class's slot names first, as an empty list in the class's own `__slotnames__`.
 */
function objectGetstateImpl(call: BuiltinCall): PyObj {
  const { b, h, self, pos, unknownCall } = call;
  const cls = self?.cls;
  if (self?.kind !== 'instance' || !self.attrs || self.basePayload || self.fuzzy || !cls?.classIR || cls.fuzzy || b.hasSlotMembers(cls)) return unknownCall();
  cacheSlotnames(b, cls, pos);
  if (!self.attrs.size) return b.none;
  return h.incref(b.materializeDict(self, pos))!;
}

function objectInitSubclassImpl(call: BuiltinCall): PyObj {
  const { b, it, kwargs, frame, pos } = call;
  if (kwargs.length) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  return b.none;
}

/**
 * object.__setattr__ / __delattr__ on a class: the slot wrapper's hackcheck finds type_setattro,
 * not the generic store, in the class's first static base type: TypeError ("can't apply this
 * __setattr__ to type object"), whatever the metaclass.
 */
function genericOnType(call: BuiltinCall): void {
  const { b, it, self, frame, pos } = call;
  if (self?.kind === 'class') throw it.raiseObj(b.cError('TypeError', pos), frame, true);
}

/** An int, str, list, re.Match … (no instance dict) and a name its type does not have: the generic store or deletion raises AttributeError. */
function newNameOfBuiltin(call: BuiltinCall, attr: string): boolean {
  return noDictLacks(call.self, attr, call.it.vm.typeNamesMinor);
}

/** object.__setattr__(obj, name, value) (also through super()): the generic store, a class's own __setattr__ not run. */
function* objectSetattrImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, frame, self, unknownCall } = call;
  const attr = args[1]?.value;
  if (typeof attr !== 'string' || !args[2] || args.length !== 3) return unknownCall();
  genericOnType(call);
  if (self.kind !== 'instance' && !newNameOfBuiltin(call, attr)) return unknownCall();
  yield* b.setAttr(self, attr, h.incref(args[2])!, frame, { generic: true, argHeld: true });
  return b.none;
}

/** object.__delattr__(obj, name) (also through super()): the generic deletion, a class's own __delattr__ not run. */
function* objectDelattrImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, frame, self, unknownCall } = call;
  const attr = args[1]?.value;
  if (typeof attr !== 'string' || args.length !== 2) return unknownCall();
  genericOnType(call);
  if (self.kind !== 'instance' && !newNameOfBuiltin(call, attr)) return unknownCall();
  yield* b.delAttr(self, attr, frame, true);
  return b.none;
}

function* delattrImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, frame, self } = call;
  const attr = args[1]?.value;
  nameThroughTypeCache(call);
  if (typeof attr === 'string') yield* b.delAttr(self, attr, frame, false, args[1]);
  return b.none;
}

/**
 * Whether looking `attr` up on the instance runs the program's code: its class's __getattribute__, a
 * property or a descriptor of its own class with __get__ found on the class, or __getattr__ for an
 * attribute neither the instance nor the class has.
 */
function lookupRunsCode(b: Builtins, self: PyObj, attr: string): boolean {
  const own = (c: PyObj | undefined, name: string): boolean => b.lookupClassAttr(c, name)?.kind === 'function';
  if (own(self.cls, '__getattribute__')) return true;
  const ca = b.lookupClassAttr(self.cls, attr);
  if (ca) return ca.kind === 'property' || (ca.kind === 'instance' && own(ca.cls, '__get__'));
  return !self.attrs?.has(attr) && !self.slots?.has(attr) && own(self.cls, '__getattr__');
}

/** The lookup run for hasattr: True when it gives a value (dropped), False on AttributeError; other exceptions pass. */
function* lookupFound(call: BuiltinCall, attr: string): G<PyObj> {
  const { b, h, args, self, frame, site } = call;
  try {
    h.decref(yield* b.getAttr(self, attr, frame, site, false, args[1]));
    return b.trueObj;
  } catch (err) {
    if (!(err instanceof PyException) || !b.isSubclass(b.classOf(err.exc), b.types.get('AttributeError')!)) throw err;
    h.decref(err.exc);
    return b.falseObj;
  }
}

/**
 * hasattr(obj, name) is getattr with the result dropped (PyObject_GetOptionalAttr): an
 * AttributeError is False, any other exception passes through. Where the lookup runs the program's
 * code it is run; otherwise the answer comes from what the model knows of the attributes.
 */
function* hasattrImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, self, pos } = call;
  const attr = args[1]?.value;
  nameThroughTypeCache(call);
  // The lookup runs the __dict__ getter (PyObject_GenericGetDict) as `obj.__dict__` does: the dict is made.
  if (attr === '__dict__' && self.kind === 'instance' && self.attrs && !b.lookupClassAttr(self.cls, attr)) {
    b.materializeDict(self, pos);
    return b.trueObj;
  }
  // (an attribute that may be gone, where the class has none: either answer: instanceDictMethods.ts)
  if (typeof attr === 'string' && self.kind === 'instance' && self.attrs?.get(attr)?.maybeAbsent && !b.lookupClassAttr(self.cls, attr)) return b.unknownBool(pos.line, pos.col);
  if (typeof attr === 'string' && self.kind === 'instance' && !self.fuzzy && lookupRunsCode(b, self, attr)) return yield* lookupFound(call, attr);
  if (typeof attr === 'string' && self.kind === 'instance') {
    if (self.attrs?.get(attr) ?? self.slots?.get(attr) ?? b.lookupClassAttr(self.cls, attr)) return b.trueObj;
    // Not found: False only where nothing else can answer (no __getattr__, no library base, no
    // unknown code that was given the instance, not one of object's own dunder attributes).
    const cls = self.cls;
    const surelyAbsent = !attr.startsWith('_') && !self.fuzzy && !!cls && b.classSurelyLacks(cls, attr)
      && !b.lookupClassAttr(cls, '__getattr__') && !b.lookupClassAttr(cls, '__getattribute__');
    return surelyAbsent ? b.falseObj : b.unknownBool(pos.line, pos.col);
  }
  if (typeof attr === 'string' && self.kind === 'class' && !self.external) {
    if (b.lookupClassAttr(self, attr)) return b.trueObj;
    if (b.classSurelyLacks(self, attr)) return b.falseObj;
  }
  // (a builtins type whose public attributes the model lists: builtins.ts builtinTypeHas)
  const onType = typeof attr === 'string' && self.kind === 'class' && self.external ? b.builtinTypeHas(self, attr) : undefined;
  if (onType !== undefined) return onType ? b.trueObj : b.falseObj;
  if (typeof attr === 'string' && self.kind === 'exception' && !self.fuzzy) {
    // An exception's own __dict__ or its classes have it; else False where getattr surely raises
    // (exceptionMembers.ts), or whatever its __getattr__ hook does.
    const own = self.attrs?.get(attr);
    if ((own && !own.maybeAbsent) || b.lookupClassAttr(b.classOf(self), attr)) return b.trueObj;
    if (!own && onlyHookMayHave(b, self, attr)) {
      if (surelyLacks(b, self, attr)) return b.falseObj;
      return yield* lookupFound(call, attr);
    }
  }
  const known = typeof attr === 'string' ? callableHasAttr(self, attr) : undefined;
  if (known !== undefined) return b.bool(known);
  // (an object whose type the model knows exactly: its type's names, and what its own __dict__
  // may hold; a None class attribute such as list.__hash__ is there too: builtinTypeAttrs.ts)
  const typed = typeof attr === 'string' ? objectTypeHas(self, attr, call.it.vm.typeNamesMinor) : undefined;
  if (typed !== undefined) return b.bool(typed !== false);
  return b.unknown(pos.line, pos.col);
}

/**
 * list / dict's own __init__ and item methods reached through super() from a subclass (Builtins.loadMethod):
 * they act on the instance's builtin part, as the C slots act on the object itself.
 */
function* payloadDunderImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, site, self, pos, unknownCall } = call;
  const part = self?.basePayload;
  if (!part) return unknownCall();
  const [, a1, a2] = args;
  switch (name) {
    case 'payload.__init__': yield* b.initPayload(self, args.slice(1), kwargs, frame, site); return b.none;
    case 'payload.__getitem__': if (a1) return yield* payloadGetItem(b, self, a1, frame); break;
    case 'payload.__setitem__': if (a1 && a2) { yield* b.setItem(part, a1, h.incref(a2)!, frame); return b.none; } break;
    case 'payload.__delitem__': if (a1) { yield* b.delItem(part, a1, frame); return b.none; } break;
    case 'payload.__contains__': if (a1) return yield* b.compare('in', a1, part, frame, pos); break;
    case 'payload.__len__': return payloadLen(b, part, pos);
    case 'payload.__iter__': {
      // list / dict's own tp_iter on the builtin part (not the class's __iter__, which may be the
      // caller: `return super().__iter__()`); the iterator holds the instance, as Builtins.getIter's does.
      const itr = yield* b.getIter(part, frame);
      if (itr.kind === 'iterator' && !itr.heldValue) itr.heldValue = h.incref(self);
      return itr;
    }
  }
  throw it.raiseObj(b.cError('TypeError', pos), frame, true);
}

/**
 * object's own methods reached explicitly (`super().__repr__()`, `object.__eq__(a, b)`, `o.__hash__()`):
 * new values that keep nothing; object.__str__ is repr(), which runs a class's own __repr__.
 */
function* objectMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, name, args, frame, site, self, pos, unknownCall } = call;
  if (!self) return unknownCall();
  switch (name) {
    case 'object.__repr__': case 'object.__format__': return b.newStr(undefined, pos);
    case 'object.__str__': return yield* b.textOf(self, 'repr', frame, site);
    case 'object.__hash__': return b.newInt(undefined, pos);
    case 'object.__eq__': return args[1] === self ? b.trueObj : b.builtin('NotImplemented')!;
    case 'object.__ne__': return args[1] === self ? b.falseObj : b.unknown(pos.line, pos.col);
    case 'object.__dir__': { const l = b.newSeq('list', [], pos); b.fuzzContent(l); return l; }
    default: return b.builtin('NotImplemented')!;
  }
}

/** slice(stop) / slice(start, stop[, step]): a slice object holding its parts (as `a[start:stop:step]` makes one). */
function sliceImpl(call: BuiltinCall): PyObj {
  const { h, args, kwargs, pos, unknownCall } = call;
  if (kwargs.length || args.length < 1 || args.length > 3) return unknownCall();
  const parts = args.length === 1 ? [undefined, args[0], undefined] : [args[0], args[1], args[2]];
  const s = h.alloc('slice', 'slice', h.site(pos.line, pos.col, 'slice', 'slice(…)'));
  s.sliceParts = parts.map((p) => h.incref(p));
  return s;
}

function* varsImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, frame, site, self, pos } = call;
  if (name === 'vars' && self) return yield* b.getAttr(self, '__dict__', frame, site);
  // (≤3.11 a comprehension at module level runs in a function frame of its own)
  if (name === 'globals' || (frame.kind === 'module' && (it.vm.inlinedComprehensions || !frame.compFrames.length))) {
    // (in code exec() runs over a dict, that dict: execText.ts)
    const own = execNamespaceDict(frame.globals, name === 'globals' ? 'globals' : 'locals', h);
    if (own) return own;
    it.globalsEscaped = true;
    return moduleNamespace(it, pos);
  }
  return localsDict(b, it, frame, pos);
}

function* dirImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, self, pos } = call;
  // dir(obj) of an instance whose class defines __dir__: it runs (self borrowed), and what it gives
  // becomes a new sorted list (PySequence_List + sort): sorted(obj.__dir__()).
  const own = self?.kind === 'instance' ? yield* it.callInstanceDunder(self, '__dir__', [], call.frame, call.site) : undefined;
  if (own) {
    try { return yield* sortedImpl({ ...call, args: [own], kwargs: [], kw: new Map(), self: own }); } finally { it.heap.decref(own); }
  }
  // object.__dir__ reads the instance's __dict__ (≤3.12: made then, as `obj.__dict__` makes it).
  if (it.vm.dirMaterialisesDict && self?.kind === 'instance' && self.attrs && !self.fuzzy && !b.lookupClassAttr(self.cls, '__dir__')) b.materializeDict(self, pos);
  // (a sorted list of name strings)
  return b.listOfUnknownStrs(pos);
}

/** open()'s parameters, in order. */
const OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'] as const;

/**
 * open(...): a file object (fileObjects.ts); an opener= callable or arguments not followed leave the
 * call unknown. A path-like file (a pathlib path, an object with its own `__fspath__`) is first
 * turned into its path by PyOS_FSPath (_io.open): the file keeps that str as its name, not the object.
 */
function* openImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kw, pos, frame, site, unknownCall } = call;
  const at = new Map<string, PyObj>();
  if (args.length > OPEN_PARAMS.length) return unknownCall();
  args.forEach((a, i) => at.set(OPEN_PARAMS[i], a));
  for (const [k, v] of kw) {
    if (!(OPEN_PARAMS as readonly string[]).includes(k) || at.has(k)) return unknownCall();
    at.set(k, v);
  }
  const given = at.get('file');
  const opener = at.get('opener');
  const closefd = at.get('closefd');
  if (!given || (opener && opener.kind !== 'none') || (closefd && closefd.kind !== 'bool')) return unknownCall();
  const path = yield* followedFspath(b, given, frame, site);
  const file = path ?? given;
  let f: PyObj | undefined;
  try {
    f = openFile(b, { file, mode: at.get('mode'), buffering: at.get('buffering'), encoding: at.get('encoding'), errors: at.get('errors'), newline: at.get('newline') }, pos);
  } finally {
    call.h.decref(path);
  }
  if (!f) return unknownCall();
  // (the file may not exist, or not be writable: an OSError a `try` around it may catch)
  call.it.noteMayRaise();
  return f;
}

function objectImpl(call: BuiltinCall): PyObj {
  const { h, pos } = call;
  const o = h.alloc('instance', 'object', h.site(pos.line, pos.col, 'object', 'object()'));
  return o;
}

function* typeImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, self, pos, unknownCall } = call;
  if (args.length === 1) {
    const c = b.classOf(self);
    return c ? h.incref(c)! : b.unknown(pos.line, pos.col);
  }
  if (args.length === 3 && call.kwargs.length === 0) {
    // type(name, bases, dict): type.__new__ (metaclasses.ts)
    const made = yield* typeNew(call.it, b, undefined, args, [], call.frame, pos);
    if (made) return made;
  }
  return unknownCall();
}

function* listImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, frame, self, pos } = call;
  if (!self) return name === 'tuple' ? h.incref(b.emptyTuple)! : b.newSeq('list', [], pos);
  if (name === 'tuple' && self.kind === 'tuple' && !self.cls) return h.incref(self)!;
  // (list() of a list of known items in an unknown order: a list of the same items, its order as
  // unknown; nothing depends on where each one is, so nothing is settled: builtinCalls.ts settleOrder)
  if (name === 'list' && self.kind === 'list' && self.type === 'list' && !self.cls && self.orderUnknown && self.items && !self.fuzzy) {
    const r = b.newSeq('list', self.items.map((x) => h.incref(x)!), pos);
    r.orderUnknown = self.items.length > 1 ? true : undefined;
    return r;
  }
  const before = b.standIns;
  const items = yield* b.iterateAll(self, frame, true);
  if (name === 'tuple' && items.length === 0) return h.incref(b.emptyTuple)!;
  const r = b.newSeq(name as 'list' | 'tuple', items, pos);
  // (a set's members, in an order the model does not know: setOrder.ts)
  if (keepsUnorderedItems(items) && items.length > 1) r.orderUnknown = true;
  // (an enum class's own count is open, its members are not: iterating it yields them all)
  if ((self.fuzzy && !self.enumMembers && !flagClassMembers(self)) || (self.kind === 'unknown' && !mergeFinished(self))) b.fuzzContent(r);
  return b.filledFrom(r, before);
}

function* setImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, frame, self, pos } = call;
  // frozenset(fs) of an exact frozenset is fs itself.
  if (name === 'frozenset' && self?.kind === 'frozenset' && self.type === 'frozenset') return h.incref(self)!;
  const before = b.standIns;
  const items = self ? yield* b.iterateAll(self, frame) : [];
  yield* settleOwnedKeys(b, items, frame, storesHashes(self), false, true);
  return b.filledFrom(b.newSet(items, pos, name as 'set' | 'frozenset'), before);
}

function* dictImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, self, args, kwargs, pos, unknownCall } = call;
  // dict(chain): PyDict_Merge through its keys() and [] (chainMap.ts).
  if (self && isChainMap(self)) return (args.length === 1 && !kwargs.length && chainToDict(b, it, self, pos)) || unknownCall();
  const d = b.newDict(pos);
  try {
    yield* fillDict(call, d, self);
  } catch (err) {
    b.it.heap.decref(d);
    throw err;
  }
  return d;
}

/**
 * dict_update_common: `d` gets a mapping's items or an iterable's pairs, then
 * the keyword arguments. What the model cannot read (an unknown mapping, a
 * pair of unknown shape) leaves `d` of unknown content: a later missing key is
 * then not a KeyError.
 */
export function* fillDict(call: Pick<BuiltinCall, 'b' | 'h' | 'kwargs' | 'frame' | 'pos'>, d: PyObj, src: PyObj | undefined): G<void> {
  const { b, h, kwargs, frame, pos } = call;
  // A mappingproxy: PyDict_Merge through its keys() and [], which read its dict: the same entries.
  if (src && isMappingProxy(src)) src = proxiedDict(src) ?? src;
  if (src) {
    if (src.kind === 'dict') {
      // (an instance's materialised __dict__ reads its attributes, the module's its globals: its
      // own count is open, not its content; a plain class's namespace its entries, classNamespaceIter.ts)
      const open = src.fuzzy && src !== b.it.moduleDict;
      const readable = (src.instanceDict || src === b.it.moduleDict) && src.attrs || attrDictIterable(b, src);
      if (open || (!src.entries && !readable)) b.fuzzContent(d);
      b.dictUpdate(d, src);
      if (src.tracked) d.tracked = true;
    } else if (src.weakContainer && src.type !== 'WeakSet' && src.weakEntries && !src.fuzzy) {
      // (a WeakValueDictionary / WeakKeyDictionary: PyDict_Merge through its keys() and [], Builtins.dictUpdate)
      b.dictUpdate(d, src);
    } else if (src.kind === 'instance' && mergeablePayload(b, src, !d.entries?.size && !d.fuzzy)) {
      // (a dict / OrderedDict subclass read without running code of the program's: payloadMerge.ts)
      b.dictUpdate(d, src);
    } else if (src.kind === 'instance' && (yield* mergeMappingProtocol(b, d, src, frame, pos))) {
      // (keys() of its class or of a collections.abc Mapping: PyDict_Merge through it and [], abcMixins.ts)
    } else if (src.kind === 'unknown' || src.kind === 'instance') {
      h.escape(src);
      b.fuzzContent(d);
    } else {
      const before = b.standIns;
      const pairs = yield* b.iterateAll(src, frame);
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i];
        const kv = pair.kind === 'tuple' || pair.kind === 'list' ? pair.items ?? [] : [];
        // An exact tuple / list that is not a pair: "dictionary update sequence element #i has
        // length n; 2 is required" (ValueError); a number or None there: not iterable (TypeError).
        const badLength = (pair.kind === 'tuple' || pair.kind === 'list') && !pair.cls && !pair.fuzzy && kv.length !== 2;
        const notSeq = !pair.cls && !pair.fuzzyValue && ['int', 'float', 'bool', 'none'].includes(pair.kind);
        if ((badLength || notSeq) && (src.kind === 'list' || src.kind === 'tuple') && !src.fuzzy) {
          for (const p of pairs.slice(i)) h.decref(p);
          throw b.it.raiseObj(b.cError(badLength ? 'ValueError' : 'TypeError', pos), frame, true);
        }
        if (kv.length === 2 && !pair.fuzzy) {
          try {
            // (dict_merge_from_seq2: a reference to key and value, then PyDict_SetItem's own; an
            // OrderedDict's update takes them from the pair's iterator, then its store hashes first)
            yield* lookupKeyForSetItem(b, kv[0], frame, undefined, kv[1], d.type === 'OrderedDict' ? 1 : 2);
          } catch (err) {
            // (the key's __eq__ raised: this pair and the ones not yet stored go with the error)
            for (const p of pairs.slice(i)) h.decref(p);
            throw err;
          }
          b.dictSet(d, h.incref(kv[0])!, h.incref(kv[1])!);
        } else {
          h.escape(pair);
          b.fuzzContent(d);
        }
        h.decref(pair);
      }
      b.filledFrom(d, before);
    }
  }
  for (const [k, v] of kwargs) b.dictSet(d, b.newStr(k, pos), h.incref(v)!);
}

function* strImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, args, frame, site, self, pos } = call;
  if (self?.kind === 'str' && name === 'str') return h.incref(self)!;
  if (name === 'str' && !self) return b.newStr('', pos);
  // str() of a known number or singleton: its text, as repr would write it.
  if (name === 'str' && self && self.value !== undefined && (self.kind === 'int' || self.kind === 'float' || self.kind === 'bool')) {
    // True / False: static strings; a number's text is a new str even of one character
    // (long_to_decimal_string and float_repr keep no Latin-1 cache; measured).
    if (self.kind === 'bool') return b.newStrImmortal(self.value ? 'True' : 'False');
    return b.newStrFresh(self.kind === 'float' ? floatRepr(self.value as number) : String(self.value), pos);
  }
  if (name === 'str' && self?.kind === 'none') return b.newStr('None', pos);
  // (a pathlib path's cached `_str`: pathlibModel.ts)
  if (name === 'str' && self && args.length === 1 && isPurePath(self)) return pathStr(b, self, pos);
  if (name === 'str' && self && (self.kind === 'instance' || self.kind === 'exception' || self.kind === 'unknown' || reprRunsCode(b, self))) return yield* b.textOf(self, 'str', frame, site, 1);
  return b.newStr(undefined, pos);
}

/** What bytes(x) / bytearray(x) reads without running code of the program's (besides a generator's). */
const BYTES_SOURCES: ReadonlySet<Kind> = new Set(['int', 'bool', 'bytes', 'list', 'tuple', 'set', 'frozenset', 'dict', 'range', 'iterator', 'generator', 'view']);

/**
 * bytes(x) / bytearray(x): bytes(b) of an exact bytes object is b itself; otherwise a new object
 * (a bytes of length 0 or 1 being a cached singleton) of x's content where the model knows it:
 * another bytes-like object, n zero bytes for an int, known ints of an iterable (run to its end).
 */
function* bytesImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, self, pos } = call;
  const type = name === 'bytearray' ? 'bytearray' : 'bytes';
  if (!self && !kwargs.length) return b.newBytes(pos, '', type);
  if (type === 'bytes' && self?.kind === 'bytes' && self.type === 'bytes' && !self.cls && args.length === 1) return h.incref(self)!;
  // (an instance's own __bytes__: numberHooks.ts)
  const hooked = type === 'bytes' && self?.kind === 'instance' && args.length === 1 && !kwargs.length ? yield* bytesHook(call, self) : undefined;
  if (hooked) return hooked;
  if (isMemoryview(self) && args.length === 1 && !kwargs.length) {
    // A copy of what the view shows (ValueError once it is released).
    if (isReleased(self)) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    return b.newBytesFresh(pos, memoryviewContent(self), type);
  }
  // bytes(text, encoding) of ASCII text in UTF-8, ASCII or Latin-1: the encoder's result (one byte: the cached object).
  const enc = args[1]?.kind === 'str' && typeof args[1].value === 'string' ? args[1].value.toLowerCase().replace(/[-_]/g, '') : undefined;
  if (type === 'bytes' && self?.kind === 'str' && self.type === 'str' && typeof self.value === 'string' && args.length === 2 && !kwargs.length
    && (enc === 'utf8' || enc === 'ascii' || enc === 'latin1') && /^[\x00-\x7f]*$/.test(self.value) && self.value.length <= LIMITS.MAX_KNOWN_BYTES) {
    return b.newBytes(pos, self.value, type);
  }
  // (an instance without __index__ or a buffer: its items, iterated as PyBytes_FromObject / bytearray_init do)
  const iterable = self?.kind === 'instance' && !self.basePayload && !hasNumberHook(it, self, ['__index__', '__buffer__']);
  if (!self || kwargs.length || args.length > 1 || !(BYTES_SOURCES.has(self.kind) || iterable)) {
    // (text with an encoding, __bytes__, a buffer the model does not know)
    for (const a of args) h.escape(a);
    it.noteMayRaise();
    return b.newBytes(pos, undefined, type);
  }
  if (self.kind === 'int' || self.kind === 'bool') {
    const n = b.num(self);
    if (typeof n === 'bigint' && n < 0n) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    // (made at its size and zeroed: bytes(1) is a new object, not the cached b'\x00')
    return b.newBytesFresh(pos, typeof n === 'bigint' && n <= BigInt(LIMITS.MAX_KNOWN_BYTES) ? '\0'.repeat(Number(n)) : undefined, type);
  }
  return yield* bytesFromItems(b, type, self, frame, pos);
}

/**
 * bytes(x) / bytearray(x) copying x's content: another buffer's, or x's items read through its
 * iterator (PyBytes_FromObject asks x's length hint once the iterator exists, bytearray_init not).
 * Also where an `__index__` raised TypeError, which both clear to go on here (slotHooks.ts).
 */
export function* bytesFromItems(b: Builtins, type: 'bytes' | 'bytearray', x: PyObj, frame: Frame, pos: Pos): G<PyObj> {
  const { content, bad } = yield* contentFrom(b, x, frame, type === 'bytes');
  if (bad) throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
  // (a copy out of another buffer, bytearray or bytes subclass, is a new object even of one byte)
  return x.kind === 'bytes' ? b.newBytesFresh(pos, content, type) : b.newBytes(pos, content, type);
}

/** A character outside ASCII (int() / float() read any script's decimal digits and Unicode spaces). */
const NON_ASCII = /[^\x00-\x7f]/u;

function* intImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, frame, self, pos } = call;
  if (!self) return b.smallInt(0n);
  // (an instance's own __int__ / __index__ / __trunc__: numberHooks.ts)
  const hooked = !args[1] && self.kind === 'instance' ? yield* intHook(call, self) : undefined;
  if (hooked) return hooked;
  if (self.kind === 'int') return h.incref(self)!;
  if (self.kind === 'bool' && self.value !== undefined) return b.smallInt(self.value ? 1n : 0n);
  // An IntEnum / IntFlag member (an int subclass without its own __int__): PyNumber_Long runs
  // int's nb_int, long_long, which copies a subclass's value into a plain int (_PyLong_Copy: a
  // cached small int, else a new one), nothing of the member kept.
  const member = !args[1] && !call.kw.size ? intEnumOperand(b, self, 'int', 'int') : undefined;
  if (member?.kind === 'int' && typeof member.value === 'bigint') return b.newInt(member.value, pos);
  const baseArg = args[1] ?? call.kw.get('base');
  const base = baseArg === undefined ? 10 : baseArg.kind === 'int' && baseArg.type === 'int' && typeof baseArg.value === 'bigint' ? Number(baseArg.value) : undefined;
  // (other scripts' decimal digits are digits too, `int('\u0661\u0662')`: a non-ASCII text is not decided here)
  if (self.kind === 'str' && self.type === 'str' && self.value !== undefined && base !== undefined && !NON_ASCII.test(String(self.value))) {
    // int('x'), int('9', 8), int('1', 99) raise ValueError: the program takes the except branch, as CPython does.
    const v = base === 0 || (base >= 2 && base <= 36) ? intFromText(String(self.value), base) : undefined;
    if (v === undefined) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    return b.newInt(v, pos);
  }
  // (int(5, 10): an explicit base wants a str, bytes or bytearray)
  if (baseArg && exactBuiltin(self, 'data') && self.kind !== 'str' && self.kind !== 'bytes') throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  if (self.kind === 'float' && typeof self.value === 'number') {
    // int(inf): OverflowError; int(nan): ValueError.
    if (!Number.isFinite(self.value)) throw it.raiseObj(b.cError(Number.isNaN(self.value) ? 'ValueError' : 'OverflowError', pos), frame, true);
    return b.newInt(BigInt(Math.trunc(self.value)), pos);
  }
  // int([1]), int(None): TypeError (str and bytes are parsed)
  if (exactBuiltin(self, 'data') && self.kind !== 'str' && self.kind !== 'bytes') throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  // (a text or value the model does not know may not be a number: ValueError / TypeError)
  it.noteMayRaise();
  return b.newInt(undefined, pos);
}

function* floatImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, frame, self, pos } = call;
  if (!self) return b.newFloat(0, pos);
  // (an instance's own __float__ / __index__: numberHooks.ts)
  const hooked = self.kind === 'instance' ? yield* floatHook(call, self) : undefined;
  if (hooked) return hooked;
  if (self.kind === 'float') return h.incref(self)!;
  const v = self.value;
  if (self.kind === 'str' && v !== undefined && !NON_ASCII.test(String(v))) {
    const t = String(v).trim().replace(/_/g, '');
    const ok = /^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|inf(inity)?|nan)$/i.test(t);
    if (!ok) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    return b.newFloat(/inf/i.test(t) ? (t.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(t) ? NaN : Number(t), pos);
  }
  if (exactBuiltin(self, 'data') && self.kind !== 'str' && self.kind !== 'bytes') throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  if (v === undefined || self.kind === 'str') it.noteMayRaise();
  return b.newFloat((self.kind === 'int' || self.kind === 'bool') && v !== undefined ? Number(v) : undefined, pos);
}

/** bool(x): the same truth test as `if x` (an instance's __bool__, else its __len__, runs). */
function* boolImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, it, self, frame, pos } = call;
  if (!self) return b.falseObj;
  const t = yield* it.truthOf(h.incref(self)!, frame);
  return t === undefined ? b.unknown(pos.line, pos.col) : b.bool(t);
}

/** complex(x): an instance's __complex__ (or __float__ / __index__) runs; the value is not modelled. */
function* complexImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, self, pos } = call;
  const hooked = self?.kind === 'instance' && args.length === 1 && !call.kwargs.length ? yield* complexHook(call, self) : undefined;
  // (exact numbers: complexNumbers.ts)
  const plain = hooked || call.kwargs.length ? undefined : complexCall(b, args, call.frame, pos);
  return hooked ?? plain ?? b.unknown(pos.line, pos.col);
}

function rangeImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, frame, pos } = call;
  // range() / range(1, 2, 3, 4), a keyword, or a bound that is not an int (`range(n / 2)`): TypeError;
  // a step of 0: ValueError. (A bound of unknown type may be either.)
  if (args.length === 0 || args.length > 3 || kwargs.length || args.some((a) => exactBuiltin(a) && a.kind !== 'int' && a.kind !== 'bool')) {
    throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  if (args.length === 3 && args[2].kind === 'int' && args[2].value === 0n) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
  const nums = args.map((a) => (a.kind === 'bool' && typeof a.value === 'boolean' ? BigInt(a.value) : a.value));
  if (args.some((a) => a.kind !== 'int' && a.kind !== 'bool')) it.noteMayRaise();
  if (nums.some((n) => typeof n !== 'bigint')) {
    const r = h.alloc('unknown', 'range', h.site(pos.line, pos.col, 'range', 'range(…)'));
    r.fuzzy = true;
    r.slots = rangeBounds(call);
    return r;
  }
  const [start, stop, step] = nums.length === 1 ? [0n, nums[0] as bigint, 1n] : [nums[0] as bigint, nums[1] as bigint, (nums[2] as bigint | undefined) ?? 1n];
  const r = h.alloc('range', 'range', h.site(pos.line, pos.col, 'range', 'range(…)'));
  r.rangeVals = [start, stop, step];
  r.slots = rangeBounds(call);
  return r;
}

/**
 * The objects a range keeps as start / stop / step (range_new: PyNumber_Index of each argument,
 * an exact int itself, a bool or int subclass copied to a new int; 0 and 1 for those not given).
 * (Its length, a new int only it holds, is not modelled.) An argument of another kind (its
 * __index__'s result kept) lets the range hold an object the model does not know.
 */
function rangeBounds(call: BuiltinCall): Map<string, PyObj> {
  const { b, h, args, pos } = call;
  const index = (a: PyObj | undefined, dflt: bigint): PyObj => {
    if (!a) return b.smallInt(dflt);
    if (a.kind === 'int' && a.type === 'int') return h.incref(a)!;
    return a.kind === 'int' || a.kind === 'bool' ? b.newInt(typeof a.value === 'bigint' ? a.value : typeof a.value === 'boolean' ? BigInt(a.value) : undefined, pos) : b.unknown(pos.line, pos.col);
  };
  const [start, stop, step] = args.length === 1 ? [undefined, args[0], undefined] : [args[0], args[1], args[2]];
  return new Map([['start', index(start, 0n)], ['stop', index(stop, 0n)], ['step', index(step, 1n)]]);
}

function* enumerateImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, args, kw, frame, pos } = call;
  // (zip_new reads strict=, with PyObject_IsTrue, before it takes iter() of the arguments)
  const strict = name === 'zip' ? kw.get('strict') : undefined;
  const strictTruth = strict ? yield* call.it.truthOf(h.incref(strict)!, frame) : false;
  // (enumerate's second argument is its start, kept as a number: en_index, no reference)
  // (zip has no vectorcall: _PyObject_MakeTpCall's argument tuple holds each argument while
  // zip_new takes iter() of them; measured 3.11-3.13, one more inside an __iter__ of the program's)
  const held = name === 'zip' ? args : [];
  for (const a of held) h.incref(a);
  let srcs: PyObj[];
  try {
    srcs = yield* getIters(b, name === 'enumerate' ? args.slice(0, 1) : args, frame);
  } finally {
    for (const a of held) h.decref(a);
  }
  const e = h.alloc('iterator', name, h.site(pos.line, pos.col, name, `${name}(…)`));
  e.iterKind = name;
  const startArg = name === 'enumerate' ? args[1] ?? kw.get('start') : undefined;
  const start = startArg ? b.num(startArg) : undefined;
  e.iterIndex = typeof start === 'bigint' && start > -(2n ** 53n) && start < 2n ** 53n ? Number(start) : 0;
  e.tracked = true;
  // enumerate holds its iterator, zip a tuple of them; both allocate their reusable result tuple now.
  if (name === 'zip') {
    ownIterators(b, e, srcs, pos);
    markStrict(e, strictTruth);
  }
  else e.iterSources = srcs;
  e.lastResult = b.newSeq('tuple', (name === 'zip' ? srcs : [0, 1]).map(() => b.none), pos);
  return e;
}

function* mapImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, args, frame, pos, unknownCall } = call;
  // map(func, *iterables) / filter(func_or_None, iterable): lazy iterators that
  // hold the function and an iterator of each iterable, and call the function per item.
  // (neither takes a keyword before 3.14's map(strict=): "map() takes no keyword arguments")
  if (call.kwargs.length) throw call.it.raiseObj(typeError(b, `${name}() takes no keyword arguments`, pos), frame, true);
  if (args.length < 2 || (name === 'filter' && args.length !== 2)) return unknownCall();
  const srcs = yield* getIters(b, args.slice(1), frame);
  const e = h.alloc('iterator', name, h.site(pos.line, pos.col, name, `${name}(…)`));
  e.iterKind = name;
  e.iterFunc = args[0] === b.none ? undefined : h.incref(args[0]);
  // map keeps a tuple of its iterators; filter the one iterator.
  if (name === 'map') ownIterators(b, e, srcs, pos);
  else e.iterSources = srcs;
  e.iterIndex = 0;
  e.tracked = true;
  return e;
}

function* reversedImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, self, pos, unknownCall } = call;
  const own = self?.kind === 'instance' ? call.b.lookupClassAttr(self.cls, '__reversed__') : undefined;
  if (own?.kind === 'function') {
    // reversed_new calls the bound __reversed__ (_PyObject_LookupSpecial): the bound method holds self too.
    h.incref(self);
    try {
      return yield* call.it.callFromC(own, [self], call.frame, call.site);
    } finally {
      h.decref(self);
    }
  }
  const plainDict = (d: PyObj | undefined): boolean => d?.kind === 'dict' && d.type !== 'OrderedDict' && !!d.entries && !d.fuzzy;
  const view = self?.kind === 'view' && (self.iterKind === 'dict_keys' || self.iterKind === 'dict_values' || self.iterKind === 'dict_items') && plainDict(self.iterSource) ? self : undefined;
  if (self?.kind === 'range' && self.rangeVals) {
    // range.__reversed__: a range_iterator over the same numbers backwards (it holds no object).
    const [a, , st] = self.rangeVals;
    const n = rangeLength(self.rangeVals);
    const r = h.alloc('iterator', 'range_iterator', h.site(pos.line, pos.col, 'range_iterator', 'reversed(range)'));
    r.iterKind = 'range';
    r.iterIndex = 0;
    r.rangeVals = n === 0n ? [0n, 0n, 1n] : [a + (n - 1n) * st, a - st, -st];
    return r;
  }
  // A list or tuple (listreviter, reversed over a sequence), a known str (a `reversed` object over the
  // sequence), or a dict's keys or values (dict_reversekeyiterator / valueiterator): each holds what it reverses.
  // An OrderedDict's reversed (odict_reverseiterator) holds the dict and, as di_current, the key it gives
  // next (its linked list's last one to begin with; iteration.ts moves it along).
  const odict = self?.kind === 'dict' && self.type === 'OrderedDict' && !!self.entries && !self.fuzzy;
  const known = self?.kind === 'list' || self?.kind === 'tuple' || plainDict(self) || odict || (self?.kind === 'str' && typeof self.value === 'string');
  if (known || view) {
    const src = view ? view.iterSource! : self;
    const type = view?.iterKind === 'dict_values' ? 'dict_reversevalueiterator' : view?.iterKind === 'dict_items' ? 'dict_reverseitemiterator' : odict ? ODICT_REVERSE_ITER : 'reversed';
    const e = h.alloc('iterator', type, h.site(pos.line, pos.col, 'reversed', 'reversed(…)'));
    e.iterKind = 'reversed';
    e.iterSource = h.incref(src);
    e.iterIndex = 0;
    e.tracked = true;
    if (odict) e.heldValue = h.incref([...self.entries!.values()].at(-1)?.key);
    // (dictreviter_new: an items iterator starts with its (None, None) result tuple, reused as dictiter's is)
    if (type === 'dict_reverseitemiterator') e.lastResult = b.newSeq('tuple', [h.incref(b.none)!, h.incref(b.none)!], pos);
    // (dictreviter / odictiter check the dict's size as the forward iterators do: iterMutation.ts)
    if (src?.kind === 'dict') snapshotForIteration(e, src);
    return e;
  }
  if (self?.kind === 'instance') {
    const r = yield* reversedSequence(call.b, self, call.frame, pos);
    if (r) return r;
  }
  return unknownCall();
}

function superImpl(call: BuiltinCall): PyObj {
  const { h, frame, pos, unknownCall } = call;
  if (call.args.length) return explicitSuper(call);
  const cls = frame.cells.get('__class__')?.cellValue;
  const selfObj = frame.locals.get((frame.code as { params?: { name: string }[] }).params?.[0]?.name ?? 'self');
  if (!cls || !selfObj) return unknownCall();
  const s = h.alloc('super', 'super', h.site(pos.line, pos.col, 'super', 'super()'));
  s.superClass = h.incref(cls);
  s.superSelf = h.incref(selfObj);
  s.tracked = true;
  return s;
}

/**
 * super(C, obj) (anywhere, not only in a method): super_init's check (obj an instance of C, or a
 * subclass of it) passed, the object holds C, obj and obj_type (type(obj), or obj itself for a
 * class). A type or object the model cannot check is an unknown call.
 */
function explicitSuper(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, pos, unknownCall } = call;
  const [cls, obj] = args;
  if (args.length !== 2 || kwargs.length || cls.kind !== 'class' || cls.fuzzy) return unknownCall();
  const objType = obj.kind === 'class' ? obj : obj.kind === 'instance' ? obj.cls : undefined;
  if (!objType || objType.kind !== 'class' || !objType.classIR || objType.unknownBase || !b.isSubclass(objType, cls)) return unknownCall();
  const s = h.alloc('super', 'super', h.site(pos.line, pos.col, 'super', 'super()'));
  s.superClass = h.incref(cls);
  s.superSelf = h.incref(obj);
  s.superType = h.incref(objType);
  s.tracked = true;
  return s;
}

/** property's parameters, in the order of its slots. */
const PROPERTY_PARAMS = ['fget', 'fset', 'fdel', 'doc'];

function propertyImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, kwargs, pos, unknownCall } = call;
  // property(fget=…, fset=…): a keyword fills its slot, the ones before it are None.
  const at = kwargs.map(([k]) => PROPERTY_PARAMS.indexOf(k));
  if (kwargs.length && (name !== 'property' || at.some((i) => i < args.length))) return unknownCall();
  const parts: PyObj[] = [...args];
  kwargs.forEach(([, v], j) => { parts[at[j]] = v; });
  const p = h.alloc(name as Kind, name, h.site(pos.line, pos.col, name, name));
  p.wrapped = Array.from(parts, (a) => h.incref(a ?? b.none)!);
  p.tracked = true;
  if (name !== 'property') {
    // Since 3.10 staticmethod / classmethod copy the function's __module__, __name__,
    // __qualname__, __doc__ and __annotations__ (a dict) into a __dict__ of their own:
    // a dict the collector finds with them. Of a builtin function (`staticmethod(len)`) there are
    // no __annotations__ and the other four are strs / None: the dict stays untracked (3.11-3.13).
    const d = h.alloc('dict', 'dict', h.site(pos.line, pos.col, 'dict', `${name}.__dict__`));
    d.attrs = new Map();
    d.tracked = args[0]?.kind !== 'builtin';
    p.dictObj = d;
  }
  return p;
}

function baseExceptionInitImpl(call: BuiltinCall): PyObj {
  const { b, h, args, self, pos } = call;
  // self.args = the arguments (a new tuple, or the empty tuple).
  const old = self.excArgs;
  const rest = args.slice(1).map((a) => h.incref(a)!);
  self.excArgs = rest.length ? b.newSeq('tuple', rest, pos) : h.incref(b.emptyTuple);
  h.decref(old);
  // (super().__init__ reaches the builtin class's init: its C members are set from these arguments too)
  runMemberInit(b, self, args.slice(1), call.kwargs, pos);
  return b.none;
}

/** e.with_traceback(tb): sets __traceback__ (None clears it) and returns e itself. */
function withTracebackImpl(call: BuiltinCall): PyObj {
  const { b, h, args, self, unknownCall } = call;
  const tb = args[1];
  if (self?.kind !== 'exception' || !tb || (tb.kind !== 'none' && tb.kind !== 'traceback')) return unknownCall();
  const old = self.traceback;
  self.traceback = tb.kind === 'none' ? undefined : h.incref(tb);
  if (self.traceback) b.noteStore(self, self.traceback);
  h.decref(old);
  return h.incref(self)!;
}

/**
 * e.add_note(note) (BaseException_add_note): a str is appended to e.__notes__, a list made and stored
 * with PyObject_SetAttr the first time, in the exception's own __dict__ (both gc-tracked).
 */
function* addNoteImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, frame, self, pos, unknownCall } = call;
  const note = args[1];
  if (self?.kind !== 'exception' || !note || args.length !== 2 || call.kwargs.length) return unknownCall();
  if (note.kind !== 'str') {
    if (note.kind === 'unknown' || note.cls) return unknownCall();
    throw call.it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  let notes = self.attrs?.get('__notes__');
  if (!notes) {
    yield* b.setAttr(self, '__notes__', b.newSeq('list', [], pos), frame);
    notes = self.attrs?.get('__notes__');
  }
  if (notes?.kind !== 'list' || !notes.items) return unknownCall();
  notes.items.push(h.incref(note)!);
  b.noteStore(notes, note);
  return b.none;
}

/** object.__sizeof__(o) (a class's __sizeof__ calling up): a number of bytes; nothing kept. */
/**
 * e.__str__() / e.__repr__() read on an exception whose classes define neither (BaseException's
 * own): str(args[0]) for one argument (an exact str itself), else a new str.
 */
function* exceptionTextImpl(call: BuiltinCall): G<PyObj> {
  const { b, name, args, frame, site, self, pos, unknownCall } = call;
  if (self?.kind !== 'exception' || args.length !== 1) return unknownCall();
  if (name === 'BaseException.__repr__') return b.newStr(undefined, pos);
  return yield* b.textOf(self, 'str', frame, site);
}

function objectSizeofImpl(call: BuiltinCall): PyObj {
  return call.b.newInt(undefined, call.pos);
}

function objectInitImpl(call: BuiltinCall): PyObj {
  const { b } = call;
  return b.none;
}

/** type.__call__(cls, *args) reached through super() in a metaclass's __call__: a new instance, its __init__ run
 * (type_call itself: not the class's call, which would run the metaclass's __call__ again). */
function* typeCallImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, kwargs, frame, site, self, unknownCall } = call;
  if (self?.kind !== 'class') return unknownCall();
  // (the call's arguments are borrowed; instantiate takes references of its own, which stand for
  // none: type_call is reached from C, through the method-wrapper. Its argument tuple is the one the
  // wrapper call built, or through CALL_FUNCTION_EX the caller's: `super().__call__(*args)` passes
  // the exact tuple `args`, whose references are the only ones the items have meanwhile.)
  const ex = site.exCallee === call.func;
  const ownTuple = ex && !!site.constPos;
  const viaC: CallSite = { ...site, fromC: true, exCallee: ex ? self : undefined, constPos: ownTuple };
  const rest = args.slice(1);
  if (ownTuple) for (const a of rest) h.decref(a);
  try {
    return yield* b.instantiate(self, rest.map((a) => h.incref(a)!), kwargs.map(([k, v]): [string, PyObj] => [k, h.incref(v)!]), frame, viaC);
  } finally {
    if (ownTuple) for (const a of rest) h.incref(a);
  }
}

/** type.__new__(meta, name, bases, ns, **kw), a metaclass's super().__new__ (or type.__call__ on a metaclass without one): the class (metaclasses.ts typeNew). */
function* typeNewImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kwargs, self, pos, unknownCall } = call;
  if (self?.kind !== 'class' || !isMetaclass(self)) return unknownCall();
  return (yield* typeNew(call.it, b, self, args.slice(1), kwargs, call.frame, pos)) ?? unknownCall();
}

function objectNewImpl(call: BuiltinCall): PyObj {
  const { b, self, pos, unknownCall } = call;
  // super().__new__(cls, ob, callback) in a weakref.ref subclass: weakref___new__ (weakrefSubclass.ts).
  if (self?.kind === 'class' && isWeakrefClass(self)) return newWeakrefInstance(b, self, call.args.slice(1), call.kwargs, call.frame, pos) ?? unknownCall();
  // tuple.__new__(cls, it) / super().__new__(cls, it) of a slotted tuple subclass: tuple_subtype_new (tupleSubclass.ts).
  const slotted = slotTupleNew(b, self, call.args, call.kwargs, pos, unknownCall) ?? specialTupleNew(b, self, call.args, call.kwargs, pos);
  if (slotted) return slotted;
  // object.__new__(cls): a bare instance of a class statement's class; other classes lay out what we do not model.
  if (self?.kind === 'class' && self.classIR && knownClass(self) && !self.namedFields && !self.isException && !self.enumKind) return b.bareInstance(self, pos);
  // super().__new__(cls, value) under a float / int / str / bytes / complex base: that type's
  // __new__, a new instance holding a copy of the value (nothing of the argument), as a class
  // without a __new__ of its own gets from type.__call__.
  const mro = self?.kind === 'class' && self.classIR && !self.unknownBase ? self.mroTuple?.items ?? [] : [];
  const atomic = mro.filter((c) => !c.classIR && c.builtinName !== 'object');
  if (atomic.length === 1 && baseConstructor(atomic[0].builtinName) === 'copies' && call.args.length <= 2 && !call.kwargs.length
    && !self!.namedFields && !self!.isException && !self!.enumKind) return b.bareInstance(self!, pos);
  return unknownCall();
}

/** `tuple.__new__(cls, it)` read off tuple: tuple_subtype_new for a slotted tuple subclass (tupleSubclass.ts). */
function tupleNewImpl(call: BuiltinCall): PyObj {
  const { b, args, pos, unknownCall } = call;
  return slotTupleNew(b, args[0], args, call.kwargs, pos, unknownCall) ?? specialTupleNew(b, args[0], args, call.kwargs, pos) ?? unknownCall();
}

function propertySetterImpl(call: BuiltinCall): PyObj {
  const { b, h, name, args, self, pos } = call;
  // A new property with one accessor replaced (fget, fset, fdel).
  const old = self.wrapped ?? [];
  const at = name === 'property.getter' ? 0 : name === 'property.setter' ? 1 : 2;
  const parts = [0, 1, 2].map((i) => (i === at ? args[1] : old[i]));
  const p = h.alloc('property', 'property', h.site(pos.line, pos.col, 'property', 'property'));
  p.wrapped = parts.map((x) => h.incref(x ?? b.none)!);
  p.tracked = true;
  return p;
}

function dataclassesDataclassImpl(call: BuiltinCall): PyObj {
  const { b, h, func, kwargs, self, pos } = call;
  // @dataclass or @dataclass(...): the class comes back, with its fields recorded;
  // each default gets one more reference, from its Field in __dataclass_fields__.
  if (!self || self.kind !== 'class' || !self.classIR) {
    // dataclass(order=True, ...): a decorator that remembers its options (a temporary closure in CPython).
    if (self || !kwargs.length) return h.incref(func)!;
    const d = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', 'dataclass(…)'));
    d.builtinName = 'dataclasses.dataclass';
    d.attrs = new Map(kwargs.map(([k, v]) => [k, h.incref(v)!]));
    d.tracked = true;
    return d;
  }
  const baseCls = (self.mroTuple?.items ?? []).slice(1).find((c) => c.dataclassFields);
  const base = baseCls?.dataclassFields ?? [];
  // _process_class: an annotation that is ClassVar / InitVar / KW_ONLY makes a pseudo-field (in
  // __dataclass_fields__, but not compared, copied or stored by __init__).
  const pseudo = new Map(self.classIR.annotated.map((f) => [f.name, pseudoFieldKind(call.frame, f.annHead)]));
  const own = self.classIR.annotated.map((f) => f.name).filter((n) => !pseudo.get(n));
  self.dataclassFields = [...base.filter((n) => !own.includes(n)), ...own];
  // What the generated __init__ takes and stores: fields and InitVars in order; after a KW_ONLY
  // marker, with field(kw_only=True) or dataclass(kw_only=True), keyword-only parameters.
  const baseInit = baseCls?.dataclassInit ?? base.map((name) => ({ name, initVar: false, init: true, kwOnly: false }));
  const ownInit: NonNullable<PyObj['dataclassInit']> = [];
  let kwOnly = func.attrs?.get('kw_only') === b.trueObj;
  for (const f of self.classIR.annotated) {
    const kind = pseudo.get(f.name);
    if (kind === 'KW_ONLY') kwOnly = true;
    if (kind === 'ClassVar' || kind === 'KW_ONLY') continue;
    const dflt = self.attrs?.get(f.name);
    const flag = (k: string): PyObj | undefined => (dflt && isFieldCall(dflt) ? dflt.attrs?.get(k) : undefined);
    const fieldKw = flag('kw_only');
    ownInit.push({ name: f.name, initVar: kind === 'InitVar', init: flag('init') !== b.falseObj, kwOnly: fieldKw ? fieldKw === b.trueObj : kwOnly });
  }
  self.dataclassInit = [...baseInit.filter((e) => !ownInit.some((o) => o.name === e.name)), ...ownInit];
  // field(compare=False) leaves a field out of the generated comparisons.
  const ownCompare = own.filter((n) => { const f = self.attrs?.get(n); return !(f && isFieldCall(f) && f.attrs?.get('compare') === b.falseObj); });
  const baseCompare = (baseCls?.dataclassCompare ?? base).filter((n) => !own.includes(n));
  self.dataclassCompare = [...baseCompare, ...ownCompare];
  // field(repr=False) leaves a field out of the generated __repr__, which is made unless
  // dataclass(repr=False) or the class body defines __repr__ (_set_new_attribute).
  const ownRepr = own.filter((n) => { const f = self.attrs?.get(n); return !(f && isFieldCall(f) && f.attrs?.get('repr') === b.falseObj); });
  self.dataclassReprFields = [...(baseCls?.dataclassReprFields ?? base).filter((n) => !own.includes(n)), ...ownRepr];
  self.dataclassReprMade = func.attrs?.get('repr') !== b.falseObj && !self.attrs?.has('__repr__');
  self.dataclassOrder = func.attrs?.get('order') === b.trueObj;
  // (decided before the model adds anything: a generated method is set only where the body has none)
  const shape: DataclassShape = { reprMade: self.dataclassReprMade, eqMade: func.attrs?.get('eq') !== b.falseObj && !self.attrs?.has('__eq__'), order: self.dataclassOrder, frozen: func.attrs?.get('frozen') === b.trueObj };
  const fieldsDict = b.newDict(pos);
  // Each field's annotation (from the class's __annotations__): its Field's .type, and the generated __init__'s annotation.
  const annotations = self.attrs?.get('__annotations__');
  const typeOf = (name: string): PyObj | undefined => (annotations?.kind === 'dict' ? b.dictGetStr(annotations, name) : undefined);
  for (const f of self.classIR.annotated) {
    const dflt = self.attrs?.get(f.name);
    const type = typeOf(f.name);
    if (dflt && isFieldCall(dflt)) {
      // `x: T = field(...)`: that Field is the field; the class attribute becomes its default, or goes.
      const real = dflt.attrs!.get('default');
      if (real) self.attrs!.set(f.name, h.incref(real)!);
      else self.attrs!.delete(f.name);
      if (type) h.decref(dflt.attrs!.get('type')), dflt.attrs!.set('type', h.incref(type)!);
      h.decref(dflt.attrs!.get('name'));
      b.dictSet(fieldsDict, fieldName(b, dflt, f.name), dflt);
      continue;
    }
    const field = h.alloc('instance', 'Field', h.site(pos.line, pos.col, 'Field', `Field(${f.name})`));
    field.attrs = new Map();
    field.tracked = true;
    if (dflt) field.attrs.set('default', h.incref(dflt)!);
    if (type) field.attrs.set('type', h.incref(type)!);
    b.dictSet(fieldsDict, fieldName(b, field, f.name), field);
  }
  const fieldOf = (n: string): PyObj | undefined => [fieldsDict, ...(self.mroTuple?.items ?? []).slice(1).map((c) => c.attrs?.get('__dataclass_fields__'))]
    .map((d) => (d?.kind === 'dict' ? b.dictGetStr(d, n) : undefined)).find((f) => f);
  if (func.attrs?.get('init') !== b.falseObj && !self.attrs?.has('__init__')) {
    // The generated __init__ (a function the model does not run as such: instantiate follows it) keeps
    // the fields' annotations as its own.
    const init = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', `${self.classIR.name}.__init__`));
    init.builtinName = 'dataclasses.__init__';
    init.tracked = true;
    // (its parameters: the fields with init, InitVars among them)
    const types = self.dataclassInit.filter((e) => e.init).map((e) => typeOf(e.name)).filter((t): t is PyObj => !!t);
    if (types.length) {
      init.annotations = b.newSeq('tuple', types.map((t) => h.incref(t)!), pos);
      // For a class without a docstring, dataclass computes __doc__ from inspect.signature(cls),
      // which reads __init__.__annotations__: func_get_annotations turns the tuple into a dict,
      // untracked while it holds only atomic types (measured 3.11-3.13: no tuple in the garbage).
      if (self.attrs?.get('__doc__')?.kind !== 'str' && !types.some((t) => b.mayBeTracked(t))) init.annotations.tracked = false;
    }
    // (its defaults and closure cells: the field defaults and factories, dataclassFuncs.ts)
    dataclassInitParts(b, init, self.dataclassInit, fieldOf, func.attrs?.get('frozen') === b.trueObj, func.attrs?.get('slots') === b.trueObj, pos);
    self.attrs!.set('__init__', init);
    b.noteStore(self, init);
  }
  if (func.attrs?.get('frozen') === b.trueObj) {
    // The generated __setattr__ / __delattr__ raise FrozenInstanceError; each closes over the class
    // (one cell each, or one shared cell from 3.13).
    const cellOf = (): PyObj => { const c = b.newCell(pos.line); c.cellValue = h.incref(self)!; return c; };
    const shared = call.it.vm.frozenDataclassSharedCell ? cellOf() : undefined;
    for (const name of ['__setattr__', '__delattr__']) {
      const fn = h.alloc('builtin', 'function', h.site(pos.line, pos.col, 'function', `${self.classIR.name}.${name}`));
      fn.builtinName = FROZEN_DATACLASS_METHOD;
      fn.tracked = true;
      fn.closure = b.newSeq('tuple', [shared ? h.incref(shared)! : cellOf()], pos);
      h.decref(self.attrs!.get(name));
      self.attrs!.set(name, fn);
      b.noteStore(self, fn);
    }
    h.decref(shared);
  }
  // (unhashable, hashable by the fields' tuple or as the base is: dataclassHash.ts)
  const refused = setDataclassHash(b, self, (k) => func.attrs?.get(k), fieldOf, pos);
  if (refused) throw call.it.raiseObj(typeError(b, refused, pos), call.frame, true);
  const old = self.attrs!.get('__dataclass_fields__');
  self.attrs!.set('__dataclass_fields__', fieldsDict);
  h.decref(old);
  if (func.attrs?.get('match_args') !== b.falseObj && !self.attrs!.has('__match_args__')) {
    // match_args=True: `__match_args__`, a new tuple of the names of the fields __init__ takes
    // positionally, held by the class dict alone (unless the class has its own).
    const names = b.newSeq('tuple', self.dataclassFields.map((n) => b.newStrImmortal(n)), pos);
    // Keyword-only, ClassVar and InitVar fields the model does not tell apart: its items are open then.
    if (!positionalFieldsKnown(b, func, self, typeOf)) b.fuzzContent(names);
    self.attrs!.set('__match_args__', names);
    b.noteStore(self, names);
  }
  // (slots=True makes another class; kw-only parameters give __init__ a __kwdefaults__ dict; without
  // an __init__ of the class, the __doc__ of a class without a docstring comes from object's text
  // signature, which inspect parses with an ast.NodeTransformer class made there and then: not counted)
  const documented = self.attrs?.get('__doc__')?.kind === 'str';
  const counted = !func.attrs?.has('slots') && !func.attrs?.has('weakref_slot') && !self.dataclassInit.some((e) => e.kwOnly)
    && (documented || self.attrs?.get('__init__')?.builtinName === 'dataclasses.__init__');
  if (counted) self.dataclassParts = dataclassPartsCount(call.it.vm, shape);
  if (func.attrs?.get('slots') === b.trueObj) {
    // slots=True makes a new class from a copy of this one's dict (dataclassSlots.ts); this one is
    // then dropped by the decorator call. Where that copy is not followed, the class's count and
    // the next collection are open.
    const made = slotsDataclassClass(b, self, self.dataclassFields, func.attrs?.get('weakref_slot') === b.trueObj, pos);
    if (made) return made;
    b.fuzz(self);
    call.it.unmodelledGarbage = true;
  }
  return h.incref(self)!;
}

/**
 * Whether a dataclass's fields in the model are the names its `__init__` takes positionally:
 * no `kw_only` option, no field(kw_only=...), and no annotation that may be `KW_ONLY`,
 * `ClassVar[...]` or `InitVar[...]` (objects of the typing / dataclasses modules, or such text).
 */
function positionalFieldsKnown(b: Builtins, func: PyObj, cls: PyObj, typeOf: (name: string) => PyObj | undefined): boolean {
  if (func.attrs?.has('kw_only')) return false;
  return (cls.classIR?.annotated ?? []).every((f) => {
    const t = typeOf(f.name);
    const fieldObj = cls.attrs?.get('__dataclass_fields__');
    const spec = fieldObj?.kind === 'dict' ? b.dictGetStr(fieldObj, f.name) : undefined;
    if (spec?.attrs?.has('kw_only')) return false;
    if (t?.kind === 'str') return !/ClassVar|InitVar|KW_ONLY/.test(String(t.value ?? 'ClassVar'));
    return !t || t.kind === 'class' || t.kind === 'none';
  });
}

/**
 * Which pseudo-field an annotation makes (dataclasses._is_classvar / _is_initvar / _is_kw_only): its
 * leading name resolved in the namespace, the module's `typing.ClassVar`, `dataclasses.InitVar` or
 * `dataclasses.KW_ONLY` (by that name or through its module).
 */
function pseudoFieldKind(frame: Frame, head: string[] | undefined): 'ClassVar' | 'InitVar' | 'KW_ONLY' | undefined {
  if (!head) return undefined;
  const lookup = (n: string): PyObj | undefined => frame.locals.get(n) ?? frame.globals.get(n);
  const first = lookup(head[0]);
  const full = head.length === 2 ? (first?.kind === 'module' ? `${first.moduleName}.${head[1]}` : undefined) : first?.moduleName;
  return full === 'typing.ClassVar' ? 'ClassVar' : full === 'dataclasses.InitVar' ? 'InitVar' : full === 'dataclasses.KW_ONLY' ? 'KW_ONLY' : undefined;
}

/**
 * _get_field sets `f.name` to the annotation's name, and _process_class keys __dataclass_fields__ by
 * `f.name`: one str object, held by the Field and the dict, the compiler's interned identifier
 * (__annotations__' key). The key, for dictSet.
 */
function fieldName(b: Builtins, field: PyObj, name: string): PyObj {
  const key = b.newStrImmortal(name);
  field.attrs!.set('name', b.it.heap.incref(key)!);
  b.noteStore(field, key);
  return key;
}

function dataclassesFieldImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, pos } = call;
  // A Field holding what @dataclass will read: the default, the default factory, the flags.
  const f = h.alloc('instance', 'Field', h.site(pos.line, pos.col, 'Field', 'field(…)'));
  f.attrs = new Map();
  f.tracked = true;
  for (const [k, v] of kwargs) {
    // Field.__init__: `self.metadata = types.MappingProxyType(metadata)`, a new proxy holding the
    // dict (None: the module's shared empty proxy, kept as given here)
    if (k === 'metadata' && v.kind === 'dict' && !v.cls) { f.attrs.set(k, newMappingProxy(b, v, pos)); continue; }
    if (k === 'metadata' && v !== b.none) h.escape(v); // kept through a mappingproxy
    f.attrs.set(k, h.incref(v)!);
  }
  for (const a of args) h.escape(a);
  return f;
}

/** The implementations above by builtin name (several names may share one). */
/** A dataclass's generated __init__ called as a function (dataclassFuncs.ts), else not followed. */
function* dataclassInitImpl(call: BuiltinCall): G<PyObj> {
  return (yield* dataclassInitCall(call.b, call.func, call.args, call.kwargs, call.frame, call.site)) ?? call.unknownCall();
}

export const BUILTIN_FUNCTION_IMPLS = new Map<string, BuiltinImpl>([
  ['dataclasses.__init__', dataclassInitImpl],
  ['operator.attrgetter', operatorAttrgetterImpl],
  ['operator.itemgetter', operatorAttrgetterImpl],
  ['operator.attrgetter()', operatorAttrgetterResultImpl],
  ['operator.methodcaller', operatorMethodcallerImpl],
  ['operator.methodcaller()', operatorMethodcallerResultImpl],
  ['operator.itemgetter()', operatorAttrgetterResultImpl],
  ['print', printImpl],
  ['repr', reprImpl],
  ['ascii', reprImpl],
  ['format', formatImpl],
  ['chr', chrImpl],
  ['input', textOfUnknownImpl],
  ['hex', intTextImpl],
  ['oct', intTextImpl],
  ['bin', intTextImpl],
  ['len', lenImpl],
  ['memoryview', memoryviewImpl],
  ['id', idImpl],
  ['sum', sumImpl],
  ['any', anyAllImpl],
  ['all', anyAllImpl],
  ['abs', absRoundImpl],
  ['round', absRoundImpl],
  ['ord', numberFunctionImpl],
  ['divmod', divmodPowImpl],
  ['pow', divmodPowImpl],
  ['hash', hashImpl],
  ['isinstance', isinstanceWithHooks],
  ['issubclass', issubclassImpl],
  ['callable', callableImpl],
  ['min', minMaxImpl],
  ['max', minMaxImpl],
  ['sorted', sortedImpl],
  ['iter', iterImpl],
  ['next', nextImpl],
  ['aiter', aiterImpl],
  ['anext', anextImpl],
  ['getattr', getattrImpl],
  ['setattr', setattrImpl],
  ['delattr', delattrImpl],
  ['hasattr', hasattrImpl],
  ['vars', varsImpl],
  ['locals', varsImpl],
  ['globals', varsImpl],
  ['dir', dirImpl],
  ['open', openImpl],
  ['exec', execImpl],
  ['eval', execImpl],
  ['compile', compileImpl],
  ['__import__', openImpl],
  ['breakpoint', openImpl],
  ['object', objectImpl],
  ['type', typeImpl],
  ['list', listImpl],
  ['tuple', listImpl],
  ['set', setImpl],
  ['frozenset', setImpl],
  ['dict', dictImpl],
  ['str', strImpl],
  ['bytes', bytesImpl],
  ['bytearray', bytesImpl],
  ['int', intImpl],
  ['float', floatImpl],
  ['bool', boolImpl],
  ['complex', complexImpl],
  ['range', rangeImpl],
  ['payload.__init__', payloadDunderImpl],
  ['odictsub.update', odictSubMethodImpl],
  ['odictsub.setdefault', odictSubMethodImpl],
  ['odictsub.copy', odictSubMethodImpl],
  ['payload.__getitem__', payloadDunderImpl],
  ['payload.__setitem__', payloadDunderImpl],
  ['payload.__delitem__', payloadDunderImpl],
  ['payload.__contains__', payloadDunderImpl],
  ['payload.__len__', payloadDunderImpl],
  ['payload.__iter__', payloadDunderImpl],
  ['slice', sliceImpl],
  ['enumerate', enumerateImpl],
  ['zip', enumerateImpl],
  ['map', mapImpl],
  ['filter', mapImpl],
  ['reversed', reversedImpl],
  ['super', superImpl],
  ['property', propertyImpl],
  ['staticmethod', propertyImpl],
  ['classmethod', propertyImpl],
  ['BaseException.__init__', baseExceptionInitImpl],
  ['BaseException.with_traceback', withTracebackImpl],
  ['BaseException.add_note', addNoteImpl],
  ['BaseException.__str__', exceptionTextImpl],
  ['BaseException.__repr__', exceptionTextImpl],
  ['object.__init__', objectInitImpl],
  ['object.__setattr__', objectSetattrImpl],
  ['object.__getattribute__', objectGetattributeImpl],
  ['object.__delattr__', objectDelattrImpl],
  ['object.__init_subclass__', objectInitSubclassImpl],
  ['object.__sizeof__', objectSizeofImpl],
  ['object.__getstate__', objectGetstateImpl],
  ...['__repr__', '__str__', '__format__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__dir__', '__subclasshook__']
    .map((m): [string, BuiltinImpl] => [`object.${m}`, objectMethodImpl]),
  ['object.__new__', objectNewImpl],
  ['tuple.__new__', tupleNewImpl],
  ['type.__new__', typeNewImpl],
  ['type.__subclasses__', typeSubclassesImpl],
  ['type.mro', typeMroImpl],
  ['super:type.__call__', typeCallImpl],
  ...SLOT_WRAPPER_IMPLS,
  ['property.setter', propertySetterImpl],
  ['property.getter', propertySetterImpl],
  ['property.deleter', propertySetterImpl],
  ['dataclasses.dataclass', dataclassesDataclassImpl],
  ['dataclasses.field', dataclassesFieldImpl],
]);
