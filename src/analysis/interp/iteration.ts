// Iteration (iter, next, unpacking) and generators (resume, close): the
// references an iterator and a suspended generator frame keep.
import { flagClassMembers, flagIterMembers } from './enums';
import { LIMITS } from './limits';
import { lengthHint } from './lengthHint';
import { chainIter, isChainMap } from './chainMap';
import { done } from './finished';
import { CHAIN, chainNext } from './itertoolsChain';
import { WALK_STACK, WALK_TB, walkNext } from './tracebackWalk';
import { TE_FORMAT, teFormatNext } from './tracebackExceptionObj';
import { itertoolsNext, MORE_KINDS } from './itertoolsMore';
import type { Expr } from '../ir/irTypes';
import { CallSite, Interpreter, PyException } from './interpreter';
import { isMappingProxy } from './mappingProxy';
import { attrDictEntry, attrDictRest, beginAttrDictIteration, escapeAttrDict, isAttrMapDict, unknownKeyStr } from './attrDictIter';
import type { Builtins } from './builtins';
import { exactBuiltin, notIterable } from './typeErrors';
import { knownClass } from './operators';
import { liveEntries } from './weakContainers';
import { mergeAll, mergeCompared, mergeKeyed } from './heapqMerge';
import { finditerNext, RE_FINDITER } from './reModule';
import { isStringIO, stringIONext } from './stringIO';
import { fileMethod, fileNext, isFileObject } from './fileObjects';
import { isMemoryview, memoryviewItemOfUnknownValue, memoryviewIterNext } from './memoryView';
import { ARRAY_ITER, arrayIter, arrayIterNext, isArray } from './arrayModule';
import { STRUCT_ITER, structIterNext } from './structModule';
import { dictReaderNext, isCsvReader, isDictReader, readerNext } from './csvModel';
import { byteItem, bytesContent } from './bytesObjects';
import type { Frame } from './frame';
import { ABC_GEN, abcGenNext, abcNotReversible, abcViewIter, callAbcMixinFromSlot, isAbcView } from './abcMixins';
import type { G } from './interpreter';
import type { PyObj } from './objects';
import { YIELD_FROM_LABEL } from './generatorAttrs';
import { heldCode } from './codeObjects';
import { zipRound } from './zipStrict';
import { fitsLongRange } from './rangeValues';
import { checkIterationMutation, snapshotForIteration } from './iterMutation';
import { noteSetWalk, noteUnorderedItems, unorderedWalk } from './setOrder';



/** iter(o): a new iterator owning a reference to `o`. */
/** itertools.filterfalse's iterKind: filter's object with the test inverted (filterfalse_next). */
export const FILTERFALSE = 'filterfalse';
/** The type of reversed(OrderedDict): it holds the key it gives next (`heldValue`). */
export const ODICT_REVERSE_ITER = 'odict_reverseiterator';

export function* getIter(bi: Builtins, o: PyObj, frame: Frame): G<PyObj> {
  const itr = yield* iterOf(bi, o, frame);
  // (a set's members come in its hash table's order, which the model does not know: setOrder.ts)
  if (o.kind === 'set' || o.kind === 'frozenset' || o.kind === 'dict' || o.kind === 'view') noteSetWalk(itr, o);
  return itr;
}

function* iterOf(bi: Builtins, o: PyObj, frame: Frame): G<PyObj> {
  const h = bi.it.heap;
  if (o.kind === 'generator' || o.kind === 'iterator') return h.incref(o)!;
  if (notIterable(o)) throw bi.it.raiseObj(bi.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
  // A file is its own iterator (its lines), as are csv readers.
  if (isStringIO(o) || isFileObject(o) || isCsvReader(o) || isDictReader(o)) return h.incref(o)!;
  if (isArray(o)) return arrayIter(bi, o, { line: frame.line, col: 0 });
  if (o.weakContainer) return weakIter(bi, o, frame);
  if (isChainMap(o)) return yield* chainIter(bi, bi.it, o, frame);
  // EnumType.__iter__: a generator over _member_names_ (holding the class) that hands out each
  // member with a new reference; the members list holds none of its own. Flag.__iter__ the same
  // way over the canonical members of a flag value's bits (holding the value).
  const flagBits = flagIterMembers(bi, o) ?? flagClassMembers(o);
  if ((o.kind === 'class' && o.enumMembers) || flagBits) {
    const itr = h.alloc('iterator', 'generator', h.site(frame.line, 0, 'generator', `iter(${o.classIR?.name ?? o.cls?.classIR?.name ?? 'Enum'})`));
    itr.iterKind = 'weak';
    itr.iterIndex = 0;
    itr.tracked = true;
    itr.iterSource = h.incref(o);
    itr.weakItems = [...(flagBits ?? o.enumMembers!)];
    return itr;
  }
  if (isAbcView(o)) return abcViewIter(bi, o, frame);
  // (mappingproxy_getiter is iter(mapping): a class's __dict__ proxy iterates the namespace dict)
  if (isMappingProxy(o) && o.iterSource?.kind === 'dict' && o.iterSource.attrs && !o.iterSource.entries) return yield* getIter(bi, o.iterSource, frame);
  if (o.kind === 'view') return viewIter(bi, o, frame);
  if (o.kind === 'instance') {
    const m = bi.lookupClassAttr(o.cls, '__iter__');
    if (m && m.kind === 'function') {
      const r = yield* bi.it.callObject(m, [h.incref(o)!], [], frame, { line: frame.line, col: 0, key: 'iter' });
      // "iter() returned non-iterator of type 'T'": a builtin value, or an instance of a class without __next__
      const notIterator = exactBuiltin(r) || (r.kind === 'instance' && !r.basePayload && !!r.cls && knownClass(r.cls) && !bi.lookupClassAttr(r.cls, '__next__'));
      if (!notIterator) return r;
      h.decref(r);
      throw bi.it.raiseObj(bi.cError('TypeError', { line: frame.line, col: 0 }), frame, true);
    }
    // (Iterator.__iter__, Sequence.__iter__ of a collections.abc base: abcMixins.ts)
    const mixed = m ? undefined : yield* callAbcMixinFromSlot(bi, o, '__iter__', [], frame, { line: frame.line, col: 0 });
    if (mixed) return mixed;
    if (!m && o.basePayload) {
      // list / dict's own iterator over the builtin part; it holds the instance (heldValue), as CPython's holds the object.
      const itr = yield* getIter(bi, o.basePayload, frame);
      if (itr.kind === 'iterator' && !itr.heldValue) itr.heldValue = h.incref(o);
      return itr;
    }
    if (!m && bi.lookupClassAttr(o.cls, '__getitem__')?.kind === 'function') {
      // The sequence protocol: a seqiterator holding the object calls __getitem__(0), (1), … until IndexError.
      const itr = h.alloc('iterator', 'iterator', h.site(frame.line, 0, 'iterator', 'iter(…)'));
      itr.iterKind = SEQUENCE_PROTOCOL;
      itr.iterIndex = 0;
      itr.tracked = true;
      itr.iterSource = h.incref(o);
      return itr;
    }
  }
  const itype = o.kind === 'list' ? (o.type === 'deque' ? '_deque_iterator' : 'list_iterator') : o.kind === 'tuple' ? 'tuple_iterator' : o.kind === 'dict' ? 'dict_keyiterator'
    : o.kind === 'set' || o.kind === 'frozenset' ? 'set_iterator' : o.kind === 'str' ? 'str_ascii_iterator' : o.kind === 'range' ? 'range_iterator'
    : o.kind === 'bytes' ? `${o.type === 'bytearray' ? 'bytearray' : 'bytes'}_iterator` : 'iterator';
  // A class whose metaclass may define __iter__ (an Enum's EnumType, a metaclass not run, a class the
  // model does not know) yields what that metaclass decides: as unknown as an unknown object.
  // (so does a range past a C long: a longrangeiterobject keeps its start and step and, from 3.12,
  // hands out its start object itself)
  const opaque = o.kind === 'unknown' || o.kind === 'instance' || (o.kind === 'class' && (!!o.enumKind || !!o.foreignMeta || o.external))
    || (o.kind === 'range' && (!o.rangeVals || !fitsLongRange(o.rangeVals)));
  const itr = h.alloc(opaque ? 'unknown' : 'iterator', itype, h.site(frame.line, 0, itype, itype));
  itr.iterKind = o.kind;
  itr.iterIndex = 0;
  itr.tracked = o.kind !== 'range';
  if (o.kind === 'range') {
    itr.iterSource = undefined;
    itr.rangeVals = o.rangeVals;
  } else itr.iterSource = h.incref(o);
  snapshotForIteration(itr, o);
  // (text or bytes of unknown content: items the model makes up, as for a container of unknown content)
  if ((o.kind === 'str' || o.kind === 'bytes') && (o.kind === 'str' ? o.value === undefined : bytesContent(o) === undefined)) itr.fuzzyIter = true;
  // (a tuple or frozenset of unknown content too: a code's co_consts, tuple() of an iteration of unknown length)
  if (opaque || o.fuzzy && (o.kind === 'list' || o.kind === 'dict' || o.kind === 'set' || o.kind === 'tuple' || o.kind === 'frozenset')) {
    // (an object the model does not know may not be iterable, or its __iter__ may raise)
    if (opaque && o.kind !== 'range') bi.it.noteMayRaise();
    if (!opaque) itr.fuzzyIter = true;
    else itr.fuzzy = true;
    h.escapeContent(o);
  } else if (isAttrMapDict(o) && !beginAttrDictIteration(bi, itr, o)) {
    // (a class's namespace, the globals, an instance dict with attributes that may be gone: keys
    // the model does not keep, so an iteration of unknown items, strs that hand out no value:
    // attrDictIter.ts)
    itr.fuzzyIter = true;
  }
  return itr;
}

/**
 * The iterator a for loop or comprehension takes over a list whose unknown rest is none of its
 * items and no object of known count (PyObj.restUnseen: gc.get_referrers): a plain list iterator
 * over the items the model shows, handing each out as itself. The loop runs the rest's rounds
 * (how many, and where among the others, unknown) as widened passes before and after them.
 * Undefined for any other iterable (its iter() as usual).
 */
export function knownPartIter(bi: Builtins, o: PyObj, frame: Frame): PyObj | undefined {
  // (escaped or fuzzed since: its count unknown, what unknown code put there may be anything)
  if (!o.restUnseen || o.kind !== 'list' || o.type !== 'list' || !o.fuzzy || !o.countKnown || !o.items) return undefined;
  const h = bi.it.heap;
  const itr = h.alloc('iterator', 'list_iterator', h.site(frame.line, 0, 'list_iterator', 'list_iterator'));
  itr.iterKind = 'list';
  itr.iterIndex = 0;
  itr.tracked = true;
  itr.iterSource = h.incref(o);
  return itr;
}

/**
 * A generator expression's first iterator (`.0`), made in the caller before anyone steps the
 * generator: over such a list it is a knownPartIter one (evalComp), whose source's items have not
 * escaped. Its first step decides: a generator drained whole by one consumer (PyObj.drainedWhole)
 * runs the shown items as themselves and the unseen ones as widened rounds, as a list
 * comprehension does (the consumer never sees it suspended in an unseen round whose item the
 * model does not know). Any other (next(), any(), a for loop that may break) may stop it between
 * items in an order the model does not know: it turns into the plain iterator getIter makes over
 * a list of open content (an iteration of unknown items, whose content escapes).
 */
export function genexprKnownPart(bi: Builtins, first: PyObj, owner: PyObj | undefined): boolean {
  const src = first.iterSource;
  if (first.kind !== 'iterator' || first.iterKind !== 'list' || first.fuzzyIter || !src?.restUnseen || !src.fuzzy) return false;
  if (owner?.kind === 'generator' && owner.drainedWhole && (first.iterIndex ?? 0) === 0 && src.countKnown) return true;
  first.fuzzyIter = true;
  bi.it.heap.escapeContent(src);
  return false;
}

/** The item a loop binds for a round over the unseen part of such a list (PyObj.unseenItem). */
export function unseenItem(bi: Builtins, line: number): PyObj {
  const o = bi.standIn(line);
  o.unseenItem = true;
  return o;
}

/** Whether a knownPartIter iterator has handed out every item the model shows (its next step ends it). */
export function knownPartDone(itr: PyObj): boolean {
  return !itr.iterSource?.items || (itr.iterIndex ?? 0) >= itr.iterSource.items.length;
}

/**
 * Iterating a WeakSet (its objects) or a WeakValueDictionary (its keys): the
 * iterator keeps the container and a snapshot of the entries, which it does
 * not count; each item is handed out with a new reference while it is alive.
 */
function weakIter(bi: Builtins, o: PyObj, frame: Frame): PyObj {
  const h = bi.it.heap;
  const itr = h.alloc('iterator', `${o.type}_iterator`, h.site(frame.line, 0, 'weak_iterator', `iter(${o.type})`));
  itr.iterKind = 'weak';
  itr.iterIndex = 0;
  itr.tracked = true;
  itr.iterSource = h.incref(o);
  const live = liveEntries(o);
  // A WeakSet yields its objects; the dictionaries their keys (a WeakKeyDictionary's only while alive).
  itr.weakItems = o.type === 'WeakSet' ? live.map((e) => e.value) : live.map((e) => e.key);
  // (a WeakSet is a set of weak references, hashed as their objects: a set's order, setOrder.ts)
  if (o.type === 'WeakSet' && !o.fuzzy) noteSetWalk(itr, o, itr.weakItems);
  // (a container of unknown content: an unknown rest after the entries the model knows)
  if (o.fuzzy) itr.fuzzyIter = true;
  return itr;
}

/**
 * iter(view): dictiter_new over the view's dict; the iterator holds the dict,
 * not the view. An items iterator also keeps its last result tuple for reuse
 * (dictiter_iternextitem), as zip and enumerate do.
 */
function viewIter(bi: Builtins, view: PyObj, frame: Frame): PyObj {
  const h = bi.it.heap;
  const d = view.iterSource!;
  const itype = view.iterKind === 'dict_values' ? 'dict_valueiterator' : view.iterKind === 'dict_items' ? 'dict_itemiterator' : 'dict_keyiterator';
  const itr = h.alloc('iterator', itype, h.site(frame.line, 0, itype, itype));
  itr.iterKind = view.iterKind;
  itr.iterIndex = 0;
  itr.tracked = true;
  itr.iterSource = h.incref(d);
  // dictiter_new: an items iterator starts with its (None, None) result tuple.
  if (view.iterKind === 'dict_items') itr.lastResult = bi.newSeq('tuple', [h.incref(bi.none)!, h.incref(bi.none)!], { line: frame.line, col: 0 });
  snapshotForIteration(itr, d);
  // (an instance dict is read through its attributes: attrDictIter.ts)
  if (d.fuzzy || (!d.entries && !beginAttrDictIteration(bi, itr, d))) {
    itr.fuzzyIter = true;
    // (an attribute map's keys are strs; its values and items hand the values out)
    if (isAttrMapDict(d)) { if (view.iterKind !== 'dict_keys') escapeAttrDict(bi, d); } else h.escape(d);
  }
  return itr;
}

/**
 * next(it): an owned item, or undefined when exhausted. Only generators,
 * Python __next__ and the iterators that call or pull from others can
 * suspend; the rest (sequences, ranges, dicts) answer at once (finished.ts).
 */
export function iterNext(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  // A generator, or an instance whose class defines __next__ (tp_iternext calls it; StopIteration ends).
  if (itr.kind === 'generator' || itr.kind === 'instance' && bi.lookupClassAttr(itr.cls, '__next__')?.kind === 'function') return resumeNext(bi, itr, frame);
  if (itr.kind !== 'unknown' && itr.iterKind !== 'range') {
    if (itr.iterKind === 'enumerate' || itr.iterKind === 'zip') return zipNext(bi, itr, frame);
    if (itr.iterKind === 'map' || itr.iterKind === 'filter' || itr.iterKind === FILTERFALSE) return mapNext(bi, itr, frame);
    if (itr.iterKind === 'callable') return callableNext(bi, itr, frame);
    if (itr.iterKind === SEQUENCE_PROTOCOL || itr.iterKind === REVERSED_SEQUENCE) return sequenceNext(bi, itr, frame);
    if (itr.iterKind === ABC_GEN) return abcGenNext(bi, itr, frame);
    if (itr.iterKind === CHAIN) return chainNext(bi, itr, frame);
    if (itr.iterKind === WALK_TB || itr.iterKind === WALK_STACK) return walkNext(bi, itr, frame);
    if (itr.iterKind === TE_FORMAT) return done(teFormatNext(bi, itr, frame));
    if (itr.iterKind && MORE_KINDS.has(itr.iterKind)) return itertoolsNext(bi, itr, frame);
    if (itr.iterKind === RE_FINDITER) return done(finditerNext(bi, itr, frame));
    // (records, items or lines of unknown content: one made up, then a loop of unknown rounds)
    if (itr.iterKind === STRUCT_ITER) return done(knownOrMadeUp(bi, itr, structIterNext(bi, itr, { line: frame.line, col: 0 }), frame));
    // (a view's items are cached small ints, or new numbers of a format not followed: the one made up is such a number)
    if (itr.iterSource && isMemoryview(itr.iterSource)) return done(knownOrMadeUp(bi, itr, memoryviewIterNext(bi, itr), frame, () => memoryviewItemOfUnknownValue(bi, itr.iterSource!, { line: frame.line, col: 0 })));
    if (itr.iterKind === ARRAY_ITER) return done(knownOrMadeUp(bi, itr, arrayIterNext(bi, itr, { line: frame.line, col: 0 }), frame));
    if (isCsvReader(itr)) return readerNext(bi, itr, frame);
    if (isDictReader(itr)) return dictReaderNext(bi, itr, frame);
    if (isFileObject(itr)) {
      // (lines of a content the model does not know: one made up, a new str, then a loop of unknown rounds)
      if (fileNext(itr) === 'closed') throw bi.it.raiseObj(bi.cError('ValueError', { line: frame.line, col: 0 }), frame, true);
      return done(knownOrMadeUp(bi, itr, 'unknown', frame, () => fileMethod(bi, itr, '__next__', [], { line: frame.line, col: 0 }) as PyObj | undefined));
    }
    if (isStringIO(itr)) {
      const r = stringIONext(bi, itr, { line: frame.line, col: 0 });
      if (r === 'closed') throw bi.it.raiseObj(bi.cError('ValueError', { line: frame.line, col: 0 }), frame, true);
      return done(knownOrMadeUp(bi, itr, r, frame));
    }
  }
  return done(plainNext(bi, itr, frame));
}

/** A known next item (or end), else one item made up for an unknown rest and then the end. */
function knownOrMadeUp(bi: Builtins, itr: PyObj, r: PyObj | undefined | 'unknown', frame: Frame, madeUp?: () => PyObj | undefined): PyObj | undefined {
  if (r !== 'unknown') return r;
  if (itr.fuzzyIter) return undefined;
  itr.fuzzyIter = true;
  const known = madeUp?.();
  if (!known) return bi.standIn(frame.line);
  bi.standIns++;
  return known;
}

function* resumeNext(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  const r = yield* bi.resume(itr, undefined, frame);
  if (r.done) { bi.it.heap.decref(r.value); return undefined; }
  return r.value;
}

/** The next item of an iterator over values the model holds (no code runs). */
/**
 * A for loop's later rounds run with unknown items (controlFlow.ts forRoundsUnknown): the items this
 * iterator would still have given are what the target and the body really got (the name keeps the
 * last one), so they escape; those already given out do not. Generators and the program's own
 * iterators are finished there (finishIterator); a range gives new ints; other iterators (zip, map,
 * reversed …) let what they reach escape.
 */
export function escapeRemaining(bi: Builtins, itr: PyObj): void {
  const h = bi.it.heap;
  if (itr.kind === 'generator' || itr.kind === 'instance' || itr.kind === 'unknown' || itr.iterKind === 'range' || itr.fuzzyIter) return;
  const i = itr.iterIndex ?? 0;
  const src = itr.iterSource;
  const forward = itr.kind === 'iterator' && itr.iterKind !== 'reversed' && itr.iterKind !== 'weak' && src;
  if (forward && src.items) {
    for (const x of src.items.slice(i)) h.escape(x);
    return;
  }
  if (forward && src.entries) {
    const kind = itr.iterKind;
    for (const e of [...src.entries.values()].slice(i)) {
      if (kind !== 'dict_values') h.escape(e.key);
      if (kind === 'dict_values' || kind === 'dict_items') h.escape(e.value);
    }
    return;
  }
  if (forward && isAttrMapDict(src)) {
    // (the keys are interned strs; the values are what the rounds hand out)
    for (const v of attrDictRest(bi, itr, src, i)) h.escape(v);
    return;
  }
  h.escapeContent(itr);
}

function plainNext(bi: Builtins, itr: PyObj, frame: Frame): PyObj | undefined {
  const h = bi.it.heap;
  if (itr.kind === 'unknown') {
    if ((itr.iterIndex ?? 0) > 0) return undefined;
    itr.iterIndex = 1;
    return bi.standIn(frame.line);
  }
  // (a dict / set / deque changed since the iterator began: CPython's RuntimeError, iterMutation.ts)
  const verdict = checkIterationMutation(bi, itr, frame);
  if (verdict === 'end') return undefined;
  if (verdict === 'unknown') return unknownRest(bi, itr, frame);
  const i = itr.iterIndex ?? 0;
  if (itr.iterKind === 'range') {
    const [start, stop, step] = itr.rangeVals ?? [0n, 0n, 1n];
    const v = start + step * BigInt(i);
    if (step > 0n ? v >= stop : v <= stop) return undefined;
    itr.iterIndex = i + 1;
    return bi.newInt(v, { line: frame.line, col: 0 });
  }
  if (itr.iterKind === 'weak') {
    const items = itr.weakItems ?? [];
    for (let k = i; k < items.length; k++) {
      if (!items[k].alive) continue;
      itr.iterIndex = k + 1;
      return h.incref(items[k]);
    }
    itr.iterIndex = items.length;
    if (itr.fuzzyIter && i === 0) { itr.iterIndex = items.length + 1; return bi.standIn(frame.line); }
    return undefined;
  }
  if (itr.iterKind === 'reversed') {
    const src = itr.iterSource;
    if (!src) return undefined;
    const chars = src.kind === 'str' ? Array.from(String(src.value)) : undefined;
    const n = (chars?.length ?? src.items?.length ?? src.entries?.size ?? 0) - 1 - i;
    if (n < 0) {
      // (3.13's listreviter only marks its index when done: the list stays held)
      if (!(src.kind === 'list' && bi.it.vm.listReverseIterKeepsList)) exhaust(bi, itr);
      return undefined;
    }
    itr.iterIndex = i + 1;
    if (chars) return bi.newStr(chars[n], { line: frame.line, col: 0 });
    if (src.items) return h.incref(src.items[n]);
    const entries = [...src.entries!.values()];
    const e = entries[n];
    if (itr.type === ODICT_REVERSE_ITER) {
      // odictiter_nextkey: di_current is given out, the previous node's key becomes the new di_current.
      h.decref(itr.heldValue);
      itr.heldValue = h.incref(entries[n - 1]?.key);
    }
    if (itr.type === 'dict_reverseitemiterator') return reuseResult(bi, itr, [h.incref(e.key)!, h.incref(e.value)!], { line: frame.line, col: 0 });
    return h.incref(itr.type === 'dict_reversevalueiterator' ? e.value : e.key);
  }
  const src = itr.iterSource;
  if (!src) return undefined;
  let item: PyObj | undefined;
  if (src.items) item = src.items[i];
  else if (src.entries && (itr.iterKind === 'dict_values' || itr.iterKind === 'dict_items')) {
    const e = [...src.entries.values()][i];
    if (e && itr.iterKind === 'dict_values') item = e.value;
    else if (e) {
      itr.iterIndex = i + 1;
      return reuseResult(bi, itr, [h.incref(e.key)!, h.incref(e.value)!], { line: frame.line, col: 0 });
    }
  } else if (src.entries) item = [...src.entries.values()][i]?.key;
  else if (isAttrMapDict(src) && !itr.fuzzyIter) {
    // An instance dict's attributes, in insertion order (attrDictIter.ts): new references already.
    const e = attrDictEntry(bi, itr, src, itr.iterKind, i, { line: frame.line, col: 0 });
    if (e) {
      itr.iterIndex = i + 1;
      if (itr.iterKind === 'dict_items') return reuseResult(bi, itr, [e.key!, e.value!], { line: frame.line, col: 0 });
      return e.key ?? e.value;
    }
  } else if (isAttrMapDict(src) && i === 0 && (itr.iterKind === 'dict' || itr.iterKind === 'dict_keys')) {
    // Keys the model does not keep (a class's namespace, the globals): the item made up is a str
    // of unknown text and count, not an unknown object (whose freeing could be garbage).
    itr.iterIndex = 1;
    bi.standIns++;
    return unknownKeyStr(bi, { line: frame.line, col: 0 });
  }
  else if (src.kind === 'str' && src.value !== undefined) {
    const s = String(src.value);
    if (i < s.length) item = bi.newStr(s[i], { line: frame.line, col: 0 });
    else item = undefined;
    if (item) { itr.iterIndex = i + 1; return item; }
  } else if (src.kind === 'bytes') {
    // A byte is a cached small int. A bytearray changed during the loop goes on unknown.
    const v = bytesContent(src);
    if (v !== undefined && i < v.length) { itr.iterIndex = i + 1; return byteItem(bi, v, i); }
    if (v === undefined && (!itr.fuzzyIter || i === 0)) {
      itr.fuzzyIter = true;
      itr.iterIndex = i + 1;
      bi.standIns++;
      return bi.unknownSmallInt();
    }
  }
  if (!item) {
    if (itr.fuzzyIter && i === 0) { itr.iterIndex = 1; return bi.standIn(frame.line); }
    // Whether the real iterator is at its end (and let go of its container) is unknown.
    if (itr.fuzzyIter) { bi.fuzz(src); return undefined; }
    exhaust(bi, itr);
    return undefined;
  }
  itr.iterIndex = i + 1;
  return h.incref(item);
}

/**
 * The container changed where the model cannot tell how its iterator takes it: the items it
 * may still hand out are unknown ones, their number too (the loop's rest runs as unknown rounds).
 * Not escapeRemaining: which items are still ahead is itself unknown here (the change may have
 * moved them), so everything the container holds escapes and its content becomes unknown.
 */
function unknownRest(bi: Builtins, itr: PyObj, frame: Frame): PyObj | undefined {
  const src = itr.iterSource;
  itr.fuzzyIter = true;
  if (src) { bi.it.heap.escapeContent(src); bi.fuzzContent(src); }
  return bi.standIn(frame.line);
}

/**
 * An exhausted sequence iterator drops its sequence (CPython sets it_seq to NULL). A deque's
 * iterators (forward and reversed) do not: dequeiter_next only answers NULL once its counter is 0,
 * and keeps the deque until the iterator dies.
 */
function exhaust(bi: Builtins, itr: PyObj): void {
  const src = itr.iterSource;
  if (src?.kind === 'list' && src.type === 'deque') return;
  if (src && itr.kind === 'iterator') { itr.iterSource = undefined; bi.it.heap.decref(src); }
  // (over a list / dict subclass instance's builtin part: the iterator held the instance itself)
  if (src?.payloadOf && itr.heldValue) { const inst = itr.heldValue; itr.heldValue = undefined; bi.it.heap.decref(inst); }
}

function* zipNext(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  const parts: PyObj[] = [];
  if (itr.iterKind === 'enumerate') {
    const v = yield* bi.iterNext(itr.iterSources![0], frame);
    if (!v) return undefined;
    parts.push(bi.newInt(BigInt(itr.iterIndex ?? 0), { line: frame.line, col: 0 }), v);
    itr.iterIndex = (itr.iterIndex ?? 0) + 1;
  } else return yield* zipRound(bi, itr, frame);
  return reuseResult(bi, itr, parts, { line: frame.line, col: 0 });
}

/**
 * The result tuple of zip, enumerate, zip_longest and a dict items iterator
 * (`parts` owned): the iterator's own tuple refilled when nothing else holds it
 * (a tuple just taken from them has count 2), else a new tuple the iterator
 * does not keep (zip_next, enum_next, dictiter_iternextitem).
 */
export function reuseResult(bi: Builtins, itr: PyObj, parts: PyObj[], pos: { line: number; col: number }): PyObj {
  const h = bi.it.heap;
  const r = itr.lastResult;
  if (!r || r.rc !== 1 || !r.items || r.items.length !== parts.length) return bi.newSeq('tuple', parts, pos);
  h.incref(r);
  const old = r.items;
  r.items = parts;
  r.tracked = true; // bpo-42536: a reused result is tracked again
  for (const x of parts) bi.noteStore(r, x);
  for (const x of old) h.decref(x);
  return r;
}

/**
 * calliter_iternext: the callable's result, unless it equals the sentinel: then the
 * iterator lets go of both and is exhausted. An equality the model cannot decide
 * counts as a step of unknown direction (the loop's length is then unknown).
 */
/** The iterKind of a seqiterator (iter() of an object with __getitem__ and no __iter__). */
export const SEQUENCE_PROTOCOL = 'seqiter';

/** iternext of a seqiterator: obj.__getitem__(i) from C; IndexError or StopIteration ends it, and it lets go of obj. */
/** reversed(obj) of an object with __len__ and __getitem__ (reversed_next): __getitem__(len - 1), … down to 0. */
export const REVERSED_SEQUENCE = 'reversed-seq';

/**
 * reversed(obj) without __reversed__ but with __len__ and __getitem__ (reversed_new): len(obj)
 * is asked now, and the `reversed` object holds obj until it is exhausted. Undefined when not
 * such an object or its length is not known.
 */
export function* reversedSequence(bi: Builtins, obj: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj | undefined> {
  const h = bi.it.heap;
  // Sequence.__reversed__ of a collections.abc base: reversed() calls it through a bound method (abcMixins.ts).
  const mixed = obj.kind === 'instance' && !bi.lookupClassAttr(obj.cls, '__reversed__') ? yield* callAbcMixinFromSlot(bi, obj, '__reversed__', [], frame, pos) : undefined;
  if (mixed) return mixed;
  // (Mapping's `__reversed__ = None`: not reversible)
  if (abcNotReversible(bi, obj)) throw bi.it.raiseObj(bi.cError('TypeError', pos), frame, true);
  const len = obj.kind === 'instance' ? bi.lookupClassAttr(obj.cls, '__len__') : undefined;
  if (len?.kind !== 'function' || bi.lookupClassAttr(obj.cls, '__getitem__')?.kind !== 'function') return undefined;
  const n = yield* bi.it.callFromC(len, [obj], frame, { line: pos.line, col: pos.col, key: 'reversed-len' });
  const size = n.kind === 'int' && typeof n.value === 'bigint' && !n.fuzzy ? n.value : undefined;
  h.decref(n);
  if (size === undefined || size < 0n || size > BigInt(LIMITS.MAX_LOOP_ITERATIONS)) return undefined;
  const r = h.alloc('iterator', 'reversed', h.site(pos.line, pos.col, 'reversed', 'reversed(…)'));
  r.iterKind = REVERSED_SEQUENCE;
  r.iterIndex = Number(size) - 1;
  r.iterSource = h.incref(obj);
  r.tracked = true;
  return r;
}

function* sequenceNext(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = bi.it.heap;
  const seq = itr.iterSource;
  const gi = seq ? bi.lookupClassAttr(seq.cls, '__getitem__') : undefined;
  if (!seq || gi?.kind !== 'function') return undefined;
  const back = itr.iterKind === REVERSED_SEQUENCE;
  if (back && (itr.iterIndex ?? -1) < 0) {
    itr.iterSource = undefined;
    h.decref(seq);
    return undefined;
  }
  const i = bi.newInt(BigInt(itr.iterIndex ?? 0), { line: frame.line, col: 0 });
  try {
    const v = yield* bi.it.callFromC(gi, [seq, i], frame, { line: frame.line, col: 0, key: 'seqiter' });
    itr.iterIndex = (itr.iterIndex ?? 0) + (back ? -1 : 1);
    return v;
  } catch (err) {
    const cls = err instanceof PyException ? bi.classOf(err.exc) : undefined;
    if (!cls || !(bi.isSubclass(cls, bi.types.get('IndexError')!) || bi.isSubclass(cls, bi.types.get('StopIteration')!))) throw err;
    h.decref((err as PyException).exc);
    itr.iterSource = undefined;
    h.decref(seq);
    return undefined;
  } finally {
    h.decref(i);
  }
}

function* callableNext(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = bi.it.heap;
  const fn = itr.iterFunc;
  const sentinel = itr.heldValue;
  if (!fn || !sentinel) return undefined;
  const r = yield* bi.it.callFromC(fn, [], frame, { line: frame.line, col: 0, key: 'calliter' });
  let same: boolean | undefined = r === sentinel;
  if (!same) {
    same = yield* bi.it.truthOf(yield* bi.compare('==', r, sentinel, frame, { line: frame.line, col: 0 }), frame);
  }
  if (same === undefined) bi.it.fuzzyEvents++;
  if (same !== true) return r;
  h.decref(r);
  itr.iterFunc = undefined;
  itr.heldValue = undefined;
  h.decref(fn);
  h.decref(sentinel);
  return undefined;
}

/**
 * The next item of each iterator (owned), as zip and map take them for one result; undefined when
 * one is exhausted. When one is exhausted or raises, the items already taken go first.
 */
function* nextOfEach(bi: Builtins, sources: PyObj[], frame: Frame): G<PyObj[] | undefined> {
  const parts: PyObj[] = [];
  try {
    for (const s of sources) {
      const v = yield* bi.iterNext(s, frame);
      if (!v) { for (const p of parts) bi.it.heap.decref(p); return undefined; }
      parts.push(v);
    }
  } catch (err) {
    for (const p of parts) bi.it.heap.decref(p);
    throw err;
  }
  return parts;
}

/** map: the function on the next item of every source; filter: the next item the function (or truth) accepts. */
export function* mapNext(bi: Builtins, itr: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = bi.it.heap;
  const site = { line: frame.line, col: 0, key: `${itr.iterKind}-call` };
  if (itr.iterKind === 'map') {
    const parts = yield* nextOfEach(bi, itr.iterSources!, frame);
    if (!parts) return undefined;
    try {
      return itr.iterFunc ? yield* bi.it.callFromC(itr.iterFunc, parts, frame, site) : bi.unknown(frame.line, 0);
    } finally {
      for (const p of parts) h.decref(p);
    }
  }
  // filter gives the items whose test is true, itertools.filterfalse those whose test is false.
  const wanted = itr.iterKind !== FILTERFALSE;
  for (let n = 0; n < 100000; n++) {
    const v = yield* bi.iterNext(itr.iterSources![0], frame);
    if (!v) return undefined;
    let truth: boolean | undefined;
    try {
      if (itr.iterFunc) {
        const r = yield* bi.it.callFromC(itr.iterFunc, [v], frame, site);
        truth = yield* bi.it.truthOf(r, frame);
      } else truth = yield* bi.it.truthOf(h.incref(v)!, frame);
    } catch (err) {
      // (a test that raised: filter_next lets go of the item it was testing)
      h.decref(v);
      throw err;
    }
    if (truth === wanted) return v;
    if (truth === undefined) {
      // Kept or dropped, we cannot tell: keep it, with a count only bounded below. (a branch of
      // unknown direction, as a comprehension's `if`: how many items there are is not known)
      bi.it.fuzzyEvents++;
      bi.fuzz(v);
      return v;
    }
    h.decref(v);
  }
  return undefined;
}

/**
 * All items of an iterable, owned (list(), *unpacking, extend). `hint`: the caller is list_extend or
 * PySequence_Tuple, which ask PyObject_LengthHint once the iterator exists (lengthHint.ts).
 */
export function* iterateAll(bi: Builtins, src: PyObj, frame: Frame, hint = false, keepOnError?: (items: PyObj[]) => void): G<PyObj[]> {
  const h = bi.it.heap;
  if ((src.kind === 'list' || src.kind === 'tuple') && !src.fuzzy) return src.items!.map((x) => h.incref(x)!);
  const merged = mergeAll(bi, src) ?? (yield* mergeKeyed(bi, src, frame)) ?? (yield* mergeCompared(bi, src, frame));
  if (merged) return merged;
  const itr = yield* bi.getIter(src, frame);
  // (nothing but this loop steps a generator it takes fresh: genexprKnownPart)
  if (itr.kind === 'generator' && itr.genState === 'created') itr.drainedWhole = true;
  const out: PyObj[] = [];
  // (a set's members in the model's order, which is not CPython's: setOrder.ts)
  if (unorderedWalk(itr)) noteUnorderedItems(out);
  const events = bi.it.fuzzyEvents;
  try {
    if (hint) yield* lengthHint(bi, src, frame);
    for (let n = 0; n < 100000; n++) {
      if (n >= LIMITS.MAX_UNSURE_ITEMS && bi.it.fuzzyEvents !== events) {
        // Its steps took branches of unknown direction: where it ends is unknown.
        bi.it.heap.escape(itr);
        bi.it.unmodelledGarbage = true;
        bi.standIns++;
        break;
      }
      const v = yield* bi.iterNext(itr, frame);
      if (!v) break;
      out.push(v);
    }
  } catch (err) {
    // (list(it), tuple(it), sorted(it) …: the partly filled result goes with the error; list.extend
    // and deque.extend append item by item, so what came before the error stays: keepOnError)
    if (keepOnError) keepOnError(out);
    else for (const x of out) h.decref(x);
    throw err;
  } finally {
    h.decref(itr);
  }
  return out;
}

/**
 * iter() of each of `objs` (zip, map, zip_longest): the iterators, owned; when one raises (not
 * iterable), those already made are let go first, as the constructor's tuple of them is.
 */
export function* getIters(bi: Builtins, objs: PyObj[], frame: Frame): G<PyObj[]> {
  const out: PyObj[] = [];
  try {
    for (const o of objs) out.push(yield* getIter(bi, o, frame));
  } catch (err) {
    for (const x of out) bi.it.heap.decref(x);
    throw err;
  }
  return out;
}

/** Unpacks `value` for the targets (a starred target gets a new list). */
export function* unpack(bi: Builtins, value: PyObj, targets: Expr[], frame: Frame): G<PyObj[]> {
  // An exact list / tuple or a str of known text has a known length (UNPACK_SEQUENCE / UNPACK_EX).
  const lengthKnown = !value.cls && !value.fuzzy && (value.kind === 'list' || value.kind === 'tuple' || (value.kind === 'str' && typeof value.value === 'string'));
  const star = targets.findIndex((t) => t.k === 'star');
  const needed = star < 0 ? targets.length : targets.length - 1;
  // Any other iterable is stepped (unpack_iterable): without a star one item more than the targets,
  // to see that it ends; with a star to its end. A generator (or a sequence iterator) the model
  // steps through on known values yields a known number of items, unless a step took a branch of
  // unknown direction, made an item up or may have raised (the real run may stop there instead).
  const events = bi.it.fuzzyEvents;
  const raises = bi.it.mayRaiseEvents;
  const madeUp = bi.standIns;
  let stepped = false;
  let items: PyObj[];
  if (!lengthKnown && star < 0) [items, stepped] = yield* pullItems(bi, value, targets.length + 1, frame);
  else {
    stepped = value.kind === 'generator' && !value.fuzzyIter;
    items = yield* bi.iterateAll(value, frame);
  }
  const sure = lengthKnown || (stepped && !value.fuzzyIter && bi.it.fuzzyEvents === events && bi.it.mayRaiseEvents === raises && bi.standIns === madeUp);
  if (items.length < needed || (star < 0 && items.length > targets.length)) {
    // "not enough values to unpack" / "too many values to unpack": a ValueError once the items
    // taken are let go (unpack_iterable; the extra item too, and the iterator is left where that
    // step left it: a generator suspended after its extra yield, closed if nothing else holds it).
    // Of an iterable of unknown length the model cannot tell.
    if (sure) {
      for (const x of items) bi.it.heap.decref(x);
      throw bi.it.raiseObj(bi.cError('ValueError', { line: frame.line, col: 0 }), frame, true);
    }
    bi.it.noteMayRaise();
  } else if (stepped && !sure) bi.it.noteMayRaise();
  if (star < 0) {
    while (items.length < targets.length) items.push(bi.unknown(frame.line, 0));
    if (items.length > targets.length) { for (const x of items.splice(targets.length)) bi.it.heap.decref(x); }
    return items;
  }
  const after = targets.length - star - 1;
  while (items.length < targets.length - 1) items.push(bi.unknown(frame.line, 0));
  const head = items.slice(0, star);
  const tail = items.slice(Math.max(star, items.length - after));
  const mid = items.slice(star, Math.max(star, items.length - after));
  return [...head, bi.newSeq('list', mid, targets[star]), ...tail];
}

/**
 * Up to `max` items of `value`'s iterator, owned, and whether each step was followed exactly (a
 * generator or a sequence iterator not over made-up items). A step that raises lets go of the
 * items taken, then of the iterator (unpack_iterable's error path).
 */
function* pullItems(bi: Builtins, value: PyObj, max: number, frame: Frame): G<[PyObj[], boolean]> {
  const h = bi.it.heap;
  // (a heapq.merge of known inputs is only followed as a whole: iterateAll)
  const merged = mergeAll(bi, value);
  if (merged) return [merged, false];
  const itr = yield* bi.getIter(value, frame);
  const items: PyObj[] = [];
  try {
    while (items.length < max) {
      const v = yield* bi.iterNext(itr, frame);
      if (!v) break;
      items.push(v);
    }
  } catch (err) {
    for (const x of items) h.decref(x);
    h.decref(itr);
    throw err;
  }
  const followed = !itr.fuzzyIter && (itr.kind === 'generator' || (itr.kind === 'iterator' && SEQUENCE_KINDS.has(itr.iterKind ?? '')));
  h.decref(itr);
  return [items, followed];
}

/** Iterators over a builtin sequence's own items (plainNext, no code run). */
const SEQUENCE_KINDS: ReadonlySet<string> = new Set(['list', 'tuple', 'str']);

// ---- generators ----

export function newGenerator(bi: Builtins, func: PyObj, frame: Frame, site: CallSite): PyObj {
  const fn = func.fn!;
  const g = bi.it.heap.alloc('generator', fn.name === '<genexpr>' ? 'generator' : 'generator', bi.it.heap.site(site.line, site.col, 'generator', `${fn.name}()`));
  g.tracked = true;
  g.genFrame = frame;
  frame.ownerObj = g;
  // The frame holds its function (f_func / f_funcobj) until it is cleared: a generator expression's
  // function lives only there.
  frame.temps.push({ obj: bi.it.heap.incref(func)!, label: 'function (f_funcobj)' });
  g.genState = 'created';
  g.codeObj = heldCode(bi.it, fn);
  const it = bi.it;
  const self = bi;
  // (the frame is on the interpreter's stack only while a step runs: onStack)
  g.genRunner = (function* (): G<PyObj | undefined> {
    if (fn.genComp) {
      const comp = fn.genComp;
      const first = frame.locals.get('.0');
      const scope = new Map<string, PyObj>();
      frame.compScopes.push(scope);
      yield* it.compLoop(comp, 0, frame, first, function* (this: Interpreter) {
        const v = yield* this.eval(comp.elt, frame);
        const sent = yield v;
        this.heap.decref(sent);
      });
      return self.none;
    }
    const c = yield* it.execBlock(fn.body, frame);
    return c.k === 'return' ? c.value : self.none;
  })();
  return g;
}

/** gen.send(v) / next(gen): runs the generator to its next yield. */
export function* resume(bi: Builtins, g: PyObj, sent: PyObj | undefined, frame: Frame): G<{ done: boolean; value: PyObj }> {
  const h = bi.it.heap;
  if (g.kind !== 'generator') {
    // (files and csv readers are their own iterators)
    if (g.kind === 'iterator' || g.kind === 'unknown' || isStringIO(g) || isFileObject(g) || isCsvReader(g) || isDictReader(g)) {
      h.decref(sent);
      const v = yield* bi.iterNext(g, frame);
      return v ? { done: false, value: v } : { done: true, value: bi.none };
    }
    if (g.kind === 'instance') {
      const m = bi.lookupClassAttr(g.cls, '__next__');
      if (m && m.kind === 'function') {
        try {
          const v = yield* bi.it.callObject(m, [h.incref(g)!], [], frame, { line: frame.line, col: 0, key: 'next' });
          return { done: false, value: v };
        } catch (err) {
          if (err instanceof PyException && bi.isSubclass(bi.classOf(err.exc), bi.types.get('StopIteration')!)) {
            h.decref(err.exc);
            return { done: true, value: bi.none };
          }
          throw err;
        }
      }
    }
    h.decref(sent);
    return { done: true, value: bi.none };
  }
  if (g.genState === 'closed' || !g.genRunner) {
    // (a generator whose loop ran rounds of unknown number ended in the model after one widened
    // pass, but may still be suspended in that loop: what is sent to it may be kept there)
    if (g.fuzzyIter) h.escape(sent);
    h.decref(sent);
    return { done: true, value: bi.none };
  }
  if (g.genState === 'running') {
    h.decref(sent);
    throw alreadyExecuting(bi, frame);
  }
  const runner = g.genRunner;
  return runStep(bi, g, frame, () => runner.next(sent));
}

/** `ValueError: generator already executing`: a generator's body resuming itself (next, send, throw). */
function alreadyExecuting(bi: Builtins, frame: Frame): PyException {
  return bi.it.raiseObj(bi.cError('ValueError', { line: frame.line, col: 0 }), frame, true);
}

/**
 * Runs `step` (the generator's runner resumed, thrown into or ended) with the generator's frame on
 * the interpreter's stack, and takes it off again however the step ends: a suspended generator's
 * frame is not a running frame (its `try` blocks catch nothing raised elsewhere, f_back and
 * "running" are not its), as in CPython, where only a step links it into the frame chain.
 */
function onStack<T>(bi: Builtins, g: PyObj, step: () => T): T {
  const stack = bi.it.stack;
  const gf = g.genFrame!;
  stack.push(gf);
  try {
    return step();
  } finally {
    const i = stack.lastIndexOf(gf);
    if (i >= 0) stack.splice(i, 1);
  }
}

/**
 * One step of a generator's body (`next(sent)` or `throw(exc)` on its runner),
 * with `frame` as the frame that resumed it: an exception that escapes ends
 * the generator and gains a traceback entry here; a return ends it too.
 */
function runStep(bi: Builtins, g: PyObj, frame: Frame, step: () => IteratorResult<PyObj | undefined, PyObj | undefined>): { done: boolean; value: PyObj } {
  // (in a function the program never calls, run on unknown arguments, steps nest no deeper than
  // MAX_UNCALLED_STEP_DEPTH: each level may run its body on both sides of every unknown test)
  if (bi.it.frameDepth >= (bi.it.inUncalledRun ? LIMITS.MAX_UNCALLED_STEP_DEPTH : bi.it.maxCallDepth)) {
    // Steps nested past the call depth (a generator whose step resumes a new one of its own kind
    // through code that is no call: `async with` of its own context manager) are not followed,
    // so the cut comes at the same depth on every run, never at the end of the JS stack: what the
    // generator holds is open, and the step may have raised (RecursionError), yielded or ended.
    if (!bi.it.inUncalledRun) bi.it.depthCut = true;
    bi.it.noteMayRaise();
    bi.it.heap.escape(g);
    g.fuzzyIter = true;
    bi.it.unmodelledGarbage = true;
    return { done: true, value: bi.unknown(frame.line, 0) };
  }
  g.genState = 'running';
  g.genFrame!.back = frame;
  bi.it.frameDepth++;
  let r: IteratorResult<PyObj | undefined, PyObj | undefined>;
  try {
    r = onStack(bi, g, step);
  } catch (err) {
    finishGenerator(bi, g);
    if (err instanceof PyException) {
      const converted = stopIterationEscaped(bi, g, err.exc, frame);
      if (converted) throw converted;
      bi.it.addTraceback(err.exc, frame);
    }
    throw err;
  } finally {
    bi.it.frameDepth--;
  }
  if (r.done) {
    finishGenerator(bi, g);
    return { done: true, value: r.value ?? bi.none };
  }
  g.genState = 'suspended';
  return { done: false, value: r.value ?? bi.none };
}

/**
 * PEP 479: a StopIteration (an async generator's StopAsyncIteration too) escaping a generator's or
 * coroutine's body becomes RuntimeError("generator raised StopIteration") in gen_send_ex2, its
 * __cause__ and __context__ the StopIteration (whose traceback keeps the body's frame); raised in
 * the resuming frame. Undefined for any other exception.
 */
function stopIterationEscaped(bi: Builtins, g: PyObj, exc: PyObj, frame: Frame): PyException | undefined {
  const cls = bi.classOf(exc);
  const stopAsync = g.type === 'async_generator' && bi.types.get('StopAsyncIteration');
  if (!cls || !(bi.isSubclass(cls, bi.types.get('StopIteration')!) || (stopAsync && bi.isSubclass(cls, stopAsync)))) return undefined;
  const pos = { line: frame.line, col: 0 };
  const rt = bi.newException('RuntimeError', [bi.newStr(undefined, pos)], pos);
  rt.cause = exc;
  rt.context = bi.it.heap.incref(exc);
  bi.it.recorder.noteEdge(rt, exc);
  return bi.it.raiseObj(rt, frame, false);
}

/**
 * gen.throw(exc) on a suspended generator: `exc` (owned) is raised at its
 * yield, with a traceback entry for the generator's frame; the next yield or
 * the return come back as resume gives them, an exception propagates.
 */
export function* throwInto(bi: Builtins, g: PyObj, exc: PyObj, frame: Frame): G<{ done: boolean; value: PyObj }> {
  if (g.genState === 'running') {
    bi.it.heap.decref(exc);
    throw alreadyExecuting(bi, frame);
  }
  if (g.genState !== 'suspended' || !g.genRunner) {
    // Not started (or finished): the exception is raised without running any of its code; a
    // generator not started is entered to raise it (gen_send_ex2 with the exception), so its
    // traceback has an entry for the generator's frame, whose variables that entry keeps.
    if (g.genState === 'created') {
      if (g.genFrame) bi.it.addTraceback(exc, g.genFrame);
      finishGenerator(bi, g);
    }
    throw bi.it.raiseObj(exc, frame, false);
  }
  chainToHandled(bi, g, exc);
  const gf = g.genFrame!;
  // A generator delegating to a suspended generator with `yield from` passes the exception on
  // without running (_gen_throw): only the sub-generator's frame gains an entry, and this one
  // only if the exception comes back out of it (runStep adds it then).
  let yf: PyObj | undefined;
  for (const t of gf.temps) if (t.label === YIELD_FROM_LABEL) yf = t.obj;
  if (!(yf?.kind === 'generator' && yf.genState === 'suspended' && yf.genRunner)) bi.it.addTraceback(exc, gf);
  const runner = g.genRunner;
  if (bi.isSubclass(bi.classOf(exc), bi.types.get('GeneratorExit')!)) gf.closer = frame;
  try {
    return runStep(bi, g, frame, () => runner.throw(new PyException(exc)));
  } finally {
    gf.closer = undefined;
    const held = gf.throwHeld;
    gf.throwHeld = undefined;
    bi.it.heap.decref(held);
  }
}

/**
 * An exception thrown in (throw(), close()'s GeneratorExit) at a yield inside an `except` block
 * is raised there: the exception that block handles becomes its __context__ (measured on 3.11-3.13).
 */
function chainToHandled(bi: Builtins, g: PyObj, exc: PyObj): void {
  const ctx = bi.it.currentHandled(g.genFrame!);
  if (ctx && ctx !== exc && !exc.context && exc.kind === 'exception') {
    exc.context = bi.it.heap.incref(ctx);
    bi.it.recorder.noteEdge(exc, ctx);
  }
}

/**
 * The generator's frame ends (_PyFrame_ClearExceptCode): as for a function's,
 * a frame object someone else still holds (a traceback's) takes its variables over.
 */
function finishGenerator(bi: Builtins, g: PyObj): void {
  g.genState = 'closed';
  g.genRunner = undefined;
  bi.it.teardown(g.genFrame!);
}

/**
 * generator.close(): GeneratorExit thrown in at the paused yield. What the generator returns while
 * handling it is close()'s result on 3.13+ (given back owned); older versions drop it.
 */
export function closeGenerator(bi: Builtins, g: PyObj, frame: Frame, explicit = false): PyObj | undefined {
  if (g.genState === 'created' && bi.it.vm.closeUnstartedKeepsFrame) {
    // Marked completed only: the frame keeps its arguments until the generator is freed.
    g.genState = 'closed';
    g.genRunner = undefined;
    return undefined;
  }
  if (g.genState === 'created' || !g.genRunner) { if (g.genState !== 'closed') finishGenerator(bi, g); return undefined; }
  if (g.genState !== 'suspended') return undefined;
  const gf = g.genFrame;
  // (a generator delegating with `yield from` first closes the one it delegates to: the old way)
  if (bi.it.vm.closeOutsideTryClearsLocals && gf && gf.tryDepth === 0 && g.genRunner && !gf.temps.some((t) => t.label === YIELD_FROM_LABEL)) {
    // 3.13's gen_close: paused at a yield with no handler around it, the generator is marked
    // completed and its variables cleared at once (no GeneratorExit), even where a frame object
    // outlives it. (The JS runner is ended for its own bookkeeping: no Python code runs.)
    // _PyFrame_ClearLocals clears the variables and the value stack only: the frame keeps its
    // function (f_funcobj, with its closure) until the generator itself is freed.
    const runner = g.genRunner;
    try { onStack(bi, g, () => runner.return(undefined)); } catch { /* nothing to run */ }
    const func = gf.temps.find((t) => t.label === 'function (f_funcobj)')?.obj;
    const released = gf.release();
    if (func) {
      released.splice(released.indexOf(func), 1);
      g.clearedFrameFunc = func;
    }
    for (const r of released) bi.it.heap.decref(r);
    if ((g.genState as string) !== 'closed') finishGenerator(bi, g);
    return undefined;
  }
  const exc = bi.newException('GeneratorExit', [], { line: frame.line, col: 0 });
  chainToHandled(bi, g, exc);
  // (close() resumes it from the frame running now: its f_back once it ends, from 3.12; the
  // model's notion of "now" is only trusted when that frame runs and this one does not)
  const stack = bi.it.stack;
  if (stack.includes(frame) && !stack.includes(g.genFrame!)) g.genFrame!.back = frame;
  let result: PyObj | undefined;
  let yieldedAgain = false;
  try {
    const runner = g.genRunner;
    g.genFrame!.closer = frame;
    const r = onStack(bi, g, () => runner.throw(new PyException(exc)));
    if (r.done && bi.it.vm.closeReturnsValue) result = r.value;
    else bi.it.heap.decref(r.value);
    yieldedAgain = !r.done;
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    // (an explicit close() passes on what the generator raised other than GeneratorExit or
    // StopIteration, with its traceback; a close at deallocation reports it as unraisable)
    const cls = bi.classOf(err.exc);
    const quiet = !!cls && (bi.isSubclass(cls, bi.types.get('GeneratorExit')!) || bi.isSubclass(cls, bi.types.get('StopIteration')!));
    if (explicit && !quiet) {
      if ((g.genState as string) !== 'closed') finishGenerator(bi, g);
      bi.it.addTraceback(err.exc, frame);
      throw err;
    }
    bi.it.heap.decref(err.exc);
  } finally {
    g.genFrame!.closer = undefined;
  }
  // (a generator that yields again: "generator ignored GeneratorExit", RuntimeError from an
  // explicit close(), and the generator stays suspended at that yield)
  if (yieldedAgain && explicit) {
    g.genState = 'suspended';
    throw bi.it.raiseObj(bi.cError('RuntimeError', { line: frame.line, col: 0 }), frame, true);
  }
  if ((g.genState as string) !== 'closed') finishGenerator(bi, g);
  return result;
}
