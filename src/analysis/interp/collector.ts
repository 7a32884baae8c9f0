// CPython's cycle collector (Modules/gcmodule.c, Python/gc.c), a full
// collection: update_refs, subtract_refs, move_unreachable, weakrefs,
// finalizers (PEP 442) with the resurrection check, then tp_clear — or, with
// DEBUG_SAVEALL, into gc.garbage. Every phase is also written down as a step
// a person can follow (GcStep), which the heap panel plays as a film.
import { namedTupleSurvived, namedTuplePartsCount } from './namedTupleParts';
import { notWeakrefable } from './typeErrors';
import type { GcStep } from '../results/resultTypes';
import type { Builtins } from './builtins';
import type { Interpreter } from './interpreter';
import { PyObj, targetsOf } from './objects';
import { neverGcObject } from './gcKinds';
import { isLruWrapper, lruLinks } from './functoolsWrappers';
import { pureGarbage } from './pureValues';
import { isQueue, QUEUE_OBJECT } from './queueModel';
import { isLoggingFormatter, isLoggingHandler } from './loggingHandlers';
import { sdMethodBringsUnbuilt } from './sdMethod';
import { isSingleDispatch } from './singleDispatch';
import { isAsyncioObject } from './asyncioNames';
import { isHamt } from './contextVars';
import { isThreadObject } from './threadingModel';
import { isThreadingKept } from './threadingKept';
import { isThreadInstance } from './threadSubclass';
import { EXIT_FRAME } from './exitStackFrames';
import { isFrameRecord } from './frameRecords';
import { isThreadLocal } from './threadLocal';
import { abcHiddenParts, abcUnseen } from './abcCaches';
import { sdCacheWeakrefs } from './singleDispatch';

export interface CollectOutcome {
  found: PyObj[];
  steps: GcStep[];
  count: number;
  freed: PyObj[];
}

/** Whether a dict's keys or values hold anything the collector could track (MAINTAIN_TRACKING, untrack_dicts). */
function entriesMayBeTracked(d: PyObj, b: Builtins): boolean {
  for (const e of d.entries?.values() ?? []) if (b.mayBeTracked(e.key) || b.mayBeTracked(e.value)) return true;
  return false;
}

/** Whether the collector tracks `o` right now (atomic tuples and dicts are untracked in a full collection). */
export function isTracked(o: PyObj, b: Builtins): boolean {
  if (!o.alive || o.external || o.immortal || o.payloadOf || neverGcObject(o)) return false;
  switch (o.kind) {
    // (slice objects are GC containers, tracked from creation whatever their parts: measured 3.11-3.13)
    case 'slice':
      return true;
    case 'tuple':
      return o.tracked;
    case 'dict':
      // (an embedded instance __dict__ is not the collector's: its instance visits the values)
      if (o.instanceDict) return o.tracked && !o.embedded;
      if (o.attrs) return o.tracked;
      // A defaultdict / OrderedDict / Counter is made by type->tp_alloc, which tracks it (dict_new
      // tracks a subtype's dict from birth), and untrack_dicts leaves it alone (PyDict_CheckExact):
      // tracked for life whatever it holds, however it was made (`d.copy()`, `d | e`, fromkeys:
      // gc.is_tracked true, measured 3.11-3.13).
      if (o.type !== 'dict') return true;
      // Tracked once something trackable went in (MAINTAIN_TRACKING); removing it does not untrack
      // the dict: only a full collection does (untrack_dicts, below).
      return o.tracked || entriesMayBeTracked(o, b);
    default:
      return o.tracked || o.kind !== 'unknown';
  }
}

/**
 * tp_traverse as the collector sees it: 3.13 keeps an instance's embedded
 * __dict__ out of the collector and visits its values through the instance.
 * (A dict of the instance's own that is not tracked is not looked into: it
 * holds no container, or, detached on 3.13, hides a cycle as in CPython.)
 */
export function gcVisits(o: PyObj): PyObj[] {
  // (targets only: the collector runs after many statements, and label strings for every
  // reference of every container were most of its cost)
  let refs = targetsOf(o);
  // (_PyObject_VisitManagedDict: valid inline values are visited instead of the dict)
  if (o.dictObj?.instanceDict && o.dictObj.embedded) refs = [...refs.filter((t) => t !== o.dictObj), ...targetsOf(o.dictObj)];
  // A list / dict subclass instance is one object: its builtin part's items are its own.
  if (o.basePayload) refs.push(...targetsOf(o.basePayload));
  // (3.13's SimpleQueue: its ring buffer's items, modelled as a list that is no GC object)
  const ring = o.builtinName === QUEUE_OBJECT ? o.attrs?.get('queue') : undefined;
  if (ring?.payloadOf === o) refs.push(...targetsOf(ring));
  // A bounded lru_cache's list links are not GC objects: the wrapper visits their keys and results.
  if (isLruWrapper(o)) for (const link of lruLinks(o)) refs.push(...targetsOf(link));
  return refs;
}

/**
 * What a collection of `generation` examines: every live tracked object of
 * that generation or a younger one (older ones only count as references from
 * outside). A full collection (2) leaves out only what gc.freeze() froze.
 */
export function gcCandidates(it: Interpreter, b: Builtins, generation = 2): PyObj[] {
  return [...it.heap.live].filter((o) => o.gen <= generation && isTracked(o, b));
}

/**
 * The list a collection of `generation` walks, in CPython's order: that generation's list,
 * then the younger ones merged onto its tail (gc_list_merge of generation 0, then 1).
 */
function collectionOrder(cands: PyObj[], generation: number): PyObj[] {
  const rank = (o: PyObj): number => (o.gen === generation ? -1 : o.gen);
  return [...cands].sort((a, b) => rank(a) - rank(b) || a.gcSeq - b.gcSeq);
}

/** What findUnreachable found: the garbage in the order it is handled, and the survivors in their new list order. */
export interface UnreachableScan {
  unreachable: PyObj[];
  survivors: PyObj[];
}

/** The objects a collection would find unreachable (no finalizers run, nothing changed). */
export function findUnreachable(it: Interpreter, b: Builtins, steps?: GcStep[], generation = 2): PyObj[] {
  return scanUnreachable(it, b, steps, generation).unreachable;
}

/**
 * Which objects a full collection would find unreachable, without their order: the set does
 * not depend on the order of the walk, so the list is not sorted into CPython's (the recorder
 * asks this after statements, where the sort would cost more than the walk).
 */
export function unreachableSet(it: Interpreter, b: Builtins): Set<PyObj> {
  return new Set(scanUnreachable(it, b, undefined, 2, false).unreachable);
}

/**
 * update_refs, subtract_refs and move_unreachable over the collection's list. The walk keeps
 * CPython's order: a reachable object stays in place; one with gc_refs 0 is moved to the
 * unreachable list, and moved back to the list's tail when a later reachable object refers
 * to it (visit_reachable). That reorders the survivors for the next collection, and gives the
 * order finalizers, weakref callbacks and DEBUG_SAVEALL see.
 */
function scanUnreachable(it: Interpreter, b: Builtins, steps: GcStep[] | undefined, generation: number, ordered = true): UnreachableScan {
  const found = gcCandidates(it, b, generation);
  const cands = ordered ? collectionOrder(found, generation) : found;
  const inSet = new Set(cands);
  const gcRefs = new Map<PyObj, number>();
  for (const o of cands) gcRefs.set(o, o.rc);
  const idOf = (o: PyObj): string => `h${o.id}`;
  const snap = (): Record<string, number> => Object.fromEntries(cands.map((o) => [idOf(o), gcRefs.get(o)!]));
  steps?.push({ phase: 'update_refs', narration: `The collector looks at ${cands.length} container objects and copies each reference count into gc_refs.`, candidates: cands.map(idOf), gcRefs: snap(), unreachable: [], moved: [] });
  const internal: [string, string][] = [];
  for (const o of cands) {
    for (const t of gcVisits(o)) {
      if (inSet.has(t)) {
        gcRefs.set(t, gcRefs.get(t)! - 1);
        if (steps) internal.push([idOf(o), idOf(t)]);
      }
    }
  }
  steps?.push({ phase: 'subtract_refs', narration: 'Every reference from one container to another is subtracted: what is left in gc_refs are references from outside (names, frames, the interpreter).', candidates: cands.map(idOf), gcRefs: snap(), unreachable: [], moved: [], edges: internal });
  // (an object of unknown count may have references from outside the model's heap: never garbage)
  const tentative = cands.filter((o) => gcRefs.get(o)! <= 0 && !o.fuzzy);
  steps?.push({ phase: 'move_unreachable', narration: `${tentative.length} object(s) have gc_refs 0: nothing outside refers to them directly, so they are tentatively unreachable.`, candidates: cands.map(idOf), gcRefs: snap(), unreachable: tentative.map(idOf), moved: tentative.map(idOf) });
  const young = [...cands];
  const moved = new Set<PyObj>();
  const movedOrder: PyObj[] = [];
  const survivors: PyObj[] = [];
  for (let i = 0; i < young.length; i++) {
    const o = young[i];
    if (gcRefs.get(o)! <= 0 && !o.fuzzy) {
      moved.add(o);
      movedOrder.push(o);
      continue;
    }
    survivors.push(o);
    for (const t of gcVisits(o)) {
      if (!inSet.has(t)) continue;
      if (moved.delete(t)) young.push(t); // back to the tail: it is walked again there
      if (gcRefs.get(t)! <= 0) gcRefs.set(t, 1);
    }
  }
  const unreachable = movedOrder.filter((o) => moved.has(o));
  const rescued = tentative.filter((o) => !moved.has(o));
  if (rescued.length) {
    steps?.push({ phase: 'rescue', narration: `${rescued.length} of them are reached from an object that is still alive, so they are moved back: they are not garbage.`, candidates: cands.map(idOf), gcRefs: snap(), unreachable: unreachable.map(idOf), moved: rescued.map(idOf) });
  }
  return { unreachable, survivors };
}

/**
 * How many more objects a collection might find than the model does: tracked
 * objects of unknown count (they escaped to code the analysis does not
 * follow) that no object of known count still reaches. The model keeps them
 * alive; CPython may well find them unreachable.
 */
export function maybeGarbage(it: Interpreter, b: Builtins, unreachable: ReadonlySet<PyObj>, generation = 2): number {
  const cands = gcCandidates(it, b, generation).filter((o) => !unreachable.has(o));
  if (!cands.some((o) => o.fuzzy)) return 0;
  const inSet = new Set(cands);
  const gcRefs = new Map<PyObj, number>();
  for (const o of cands) gcRefs.set(o, o.rc);
  for (const o of cands) for (const t of gcVisits(o)) if (inSet.has(t)) gcRefs.set(t, gcRefs.get(t)! - 1);
  // An enum member's hidden holders are its class's member maps (dicts of the class, not of the
  // model): references from inside when the class is examined too, so a deleted enum class and its
  // members are not kept alive by them.
  for (const o of cands) if (o.kind === 'unknown' && o.hiddenHolders && o.cls?.enumKind && inSet.has(o.cls)) gcRefs.set(o, gcRefs.get(o)! - o.hiddenHolders);
  // Certainly alive: what a name or a running frame holds, and what the model's known counts keep.
  const reached = new Set(cands.filter((o) => !o.fuzzy && gcRefs.get(o)! > 0));
  const named = (o: PyObj | undefined): void => { if (o && inSet.has(o)) reached.add(o); };
  for (const v of it.globals.values()) named(v);
  for (const f of it.stack) {
    for (const v of f.locals.values()) named(v);
    for (const c of f.cells.values()) named(c);
    for (const t of f.temps) named(t.obj);
  }
  const stack = [...reached];
  // (a Flag class's cached pseudo-members are in its _value2member_map_, a dict the class reaches:
  // their hidden holder, taken off above, is a reference the walk follows from the class)
  const visits = (o: PyObj): PyObj[] => (o.flagPseudoMembers ? [...gcVisits(o), ...o.flagPseudoMembers.values()] : gcVisits(o));
  while (stack.length) {
    for (const t of visits(stack.pop()!)) {
      if (inSet.has(t) && !reached.has(t)) {
        reached.add(t);
        stack.push(t);
      }
    }
  }
  const left = cands.filter((o) => !reached.has(o));
  // What these may-be-garbage objects hold loses their references if CPython frees them: those
  // counts are open from now on (a str in a freed class's __slots__ dict, measured).
  // (an untracked holder among them, a dict of strs, goes with its holder: what it holds too)
  const walk = [...left];
  const seen = new Set<PyObj>(walk);
  while (walk.length && seen.size < 10000) {
    for (const t of targetsOf(walk.pop()!)) {
      if (seen.has(t) || (inSet.has(t) && !reached.has(t))) continue;
      seen.add(t);
      it.heap.fuzz(t);
      if (!inSet.has(t) && !t.external) walk.push(t);
    }
  }
  // An ABCMeta, enum or dataclass class, or an object made by code the model does not follow, brings objects the model does not build: no bound.
  if (left.some((o) => o.isAbc || !!o.enumKind || o.kind === 'unknown' || bringsUnbuilt(o, inSet))) return Infinity;
  // Code that had an object may have made weak references with callbacks to it (a WeakSet, a
  // weak dictionary, a finalize): a collection that frees it counts each one its callback frees
  // (handle_weakrefs), however many there are.
  if (left.some((o) => o.fuzzy && !notWeakrefable(o))) return Infinity;
  // Code that had an instance may have given it a dict of its own (a shared-keys overflow, __class__).
  return left.length + left.filter((o) => o.fuzzy && mayHideDict(o)).length + hiddenParts(b, left);
}

/** The objects namedtuple(), @dataclass or ABCMeta made for the classes of `garbage` that the model does not build (namedTupleParts.ts, dataclassParts.ts, abcCaches.ts). */
function hiddenParts(b: Builtins, garbage: readonly PyObj[]): number {
  let n = 0;
  for (const o of garbage) {
    if (o.namedParts) n += namedTuplePartsCount(b, o);
    if (o.kind === 'class' && o.dataclassParts !== undefined) n += o.dataclassParts;
  }
  return n + abcHiddenParts(b, garbage) + sdCacheWeakrefs(b, new Set(garbage));
}

/** Library objects that bring GC objects of their own the model does not build (wrapped: read after every module loaded). */
const UNBUILT_OWNERS: ((o: PyObj) => boolean)[] = [
  (o) => isLoggingHandler(o) || isLoggingFormatter(o), // (a handler's __dict__, filters list and lock, a formatter's style: loggingHandlers.ts)
  (o) => isQueue(o), // (its lock, Conditions and their dicts: queueModel.ts)
  (o) => sdMethodBringsUnbuilt(o), // (a singledispatchmethod closure's cells and dict, 3.13's cache)
  (o) => isSingleDispatch(o), // (a singledispatch wrapper's closures and cells, its cache's weakref machinery: singleDispatch.ts)
  // (a namedtuple class whose generated parts are not counted: namedTupleParts.ts; a library's own,
  // or a class statement whose annotations become ForwardRefs)
  (o) => o.kind === 'class' && !!o.namedFields && !o.namedParts,
  (o) => isHamt(o), // (a contextvars HAMT's nodes)
  (o) => isThreadObject(o) || isThreadInstance(o), // (a Thread's Events, Conditions and tstate lock)
  (o) => isThreadingKept(o), // (a Semaphore's or Barrier's Condition, Lock and deque, a Timer's Thread parts: threadingKept.ts)
  (o) => isAsyncioObject(o), // (a Task's Context, an Event's, Queue's or Lock's deques and __dict__)
  (o) => o.kind === 'class' && !!o.inertUnknownBases, // (ABCMeta's _abc_impl and __abstractmethods__, Generic's __orig_bases__ / __parameters__)
  (o) => isFrameRecord(o), // (an inspect FrameInfo's __dict__, code_context list and positions tuple: frameRecords.ts)
  (o) => isThreadLocal(o), // (a threading.local's per-thread bookkeeping: weakrefs, dummies, the callback: threadLocal.ts)
  (o) => o.kind === 'frame' && o.builtinName === EXIT_FRAME, // (ExitStack.__exit__'s cells, closure and wrapper cells: exitStackFrames.ts)
];

/**
 * A library object of UNBUILT_OWNERS, or a dataclass class whose generated methods (the __repr__
 * wrapper with its closure, __eq__, __dataclass_params__ …: not built by the model) die with it:
 * unless a slots=True replacement that shares them lives on outside `dying`.
 */
function bringsUnbuilt(o: PyObj, dying: Set<PyObj>): boolean {
  if (UNBUILT_OWNERS.some((owns) => owns(o))) return true;
  const next = o.dataclassSuccessor;
  return !!o.dataclassFields && o.kind === 'class' && o.dataclassParts === undefined && !(next?.alive && !dying.has(next));
}

/** An instance whose values may have moved into a dict the model does not count (instanceDicts.ts). */
function mayHideDict(o: PyObj): boolean {
  return o.kind === 'instance' && !!o.attrs && (!o.dictObj || !!o.dictObj.embedded);
}

/** gc.collect(): the number the model finds, and the most CPython could find (null: no bound). */
/**
 * Whether a frame object linking 3.11's unbuilt comprehension frame (Interpreter.unbuiltCompBacks)
 * may be garbage now: it is, or its count is open. One freed by its count took that frame along
 * (nothing else held it), and one surely reachable keeps it reachable: neither leaves unseen garbage.
 */
function unbuiltFrameMayDie(it: Interpreter, dying: ReadonlySet<PyObj>): boolean {
  let may = false;
  for (const fo of it.unbuiltCompBacks) {
    if (!fo.alive) it.unbuiltCompBacks.delete(fo);
    else if (dying.has(fo) || fo.fuzzy) may = true;
  }
  return may;
}

export function collectGarbage(it: Interpreter, b: Builtins, line: number, generation = 2): { count: number; upper: number | null } {
  const h = it.heap;
  const steps: GcStep[] = [];
  // The film's picture holds every object its steps name (class internals included).
  const examined = gcCandidates(it, b, generation);
  const before = it.recorder.wantsGcFilm(line) ? it.recorder.heapSnapshot(line, examined) : undefined;
  const scan = scanUnreachable(it, b, steps, generation);
  let unreachable = scan.unreachable;
  // Garbage the model cannot see: objects of unknown count, and whatever loops cut short made.
  const maybe = maybeGarbage(it, b, new Set(unreachable), generation);
  // An ABCMeta class brings objects of its own (_abc_impl, __abstractmethods__, cache entries) the model
  // does not build: counted while the model keeps the account (abcCaches.ts), else no bound; so does a dataclass (its generated __repr__ wrapper with its closure, __eq__, __dataclass_params__ …).
  const dying = new Set(unreachable);
  // (with DEBUG_SAVEALL, gc.garbage would hold a namedtuple class's unbuilt parts too)
  const unseen = it.unmodelledGarbage || h.uncertainFree || abcUnseen(b, unreachable) || unreachable.some((o) => o.kind === 'unknown' || bringsUnbuilt(o, dying) || (b.gcDebugSaveAll && !!o.namedParts))
    || unbuiltFrameMayDie(it, dying);
  it.unmodelledGarbage = false;
  h.uncertainFree = false;
  const idOf = (o: PyObj): string => `h${o.id}`;
  // Weak references to garbage are cleared; callbacks run only where the weakref itself survives.
  const garbage = new Set(unreachable);
  const callbacks: PyObj[] = [];
  // handle_weakrefs counts, as collected, each weakref its own callback freed
  // (weakref.finalize drops its registry entry, and with it the weakref).
  let weakrefsFreed = 0;
  for (const o of unreachable) {
    // (newest first: CPython inserts a weakref with a callback right after the object's plain ref
    // and proxy, ahead of every older one, and handle_weakrefs walks that list from its head;
    // the model's list is in creation order — as Heap.clearWeakrefs, which reverses it too)
    const wrs = o.weakrefs ?? [];
    for (let i = wrs.length - 1; i >= 0; i--) {
      const wr = wrs[i];
      wr.referent = undefined;
      if (wr.callback && !garbage.has(wr)) callbacks.push(wr);
    }
    if (o.weakrefs?.length) o.weakrefs = [];
  }
  if (callbacks.length) {
    steps.push({ phase: 'weakrefs', narration: `Weak references to the garbage are cleared; ${callbacks.length} callback(s) run.`, candidates: [], gcRefs: {}, unreachable: unreachable.map(idOf), moved: callbacks.map(idOf) });
    for (const wr of callbacks) {
      // (_PyWeakref_ClearRef clears only the referent: unlike a death by refcount, the weakref
      // keeps its callback until it is freed itself — measured 3.11-3.13)
      const cb = h.incref(wr.callback)!;
      h.incref(wr);
      it.runWeakrefCallback(cb, wr);
      h.decref(cb);
      h.decref(wr);
      if (!wr.alive) weakrefsFreed++;
    }
  }
  // PEP 442: finalizers run once; then whatever became reachable again is resurrected.
  const toFinalize = unreachable.filter((o) => !o.finalized && it.hasFinalizer(o) && o.alive);
  if (toFinalize.length) {
    for (const o of toFinalize) {
      o.finalized = true;
      h.incref(o);
      it.runFinalizer(o);
      h.decref(o);
    }
    steps.push({ phase: 'finalize', narration: `__del__ (or a generator's close) runs once on ${toFinalize.length} object(s).`, candidates: [], gcRefs: {}, unreachable: unreachable.map(idOf), moved: toFinalize.map(idOf) });
    const still = new Set(findUnreachable(it, b, undefined, generation));
    const resurrected = unreachable.filter((o) => o.alive && !still.has(o));
    if (resurrected.length) {
      steps.push({ phase: 'resurrection', narration: `${resurrected.length} object(s) were made reachable again by a finalizer: they survive.`, candidates: [], gcRefs: {}, unreachable: [], moved: resurrected.map(idOf) });
    }
    unreachable = unreachable.filter((o) => o.alive && still.has(o));
  }
  // Pure library values (pureValues.ts) freed with the garbage: a tracked one is counted too.
  const pure = pureGarbage(unreachable, targetsOf);
  const count = unreachable.length + weakrefsFreed + pure.count + hiddenParts(b, unreachable);
  // Instances where a store may have overflowed the shared keys: each may have had a dict more.
  const dictsMaybe = unreachable.filter((o) => (o.dictMaybe || o.dictObj?.dictMaybe) && mayHideDict(o)).length;
  const freed: PyObj[] = [];
  if (b.gcDebugSaveAll) {
    for (const o of unreachable) {
      b.gcGarbage.items!.push(h.incref(o)!);
      it.recorder.noteEdge(b.gcGarbage, o);
    }
    steps.push({ phase: 'clear', narration: `DEBUG_SAVEALL: the ${count} object(s) are appended to gc.garbage instead of being freed.`, candidates: [], gcRefs: {}, unreachable: unreachable.map(idOf), moved: unreachable.map(idOf) });
  } else {
    // tp_clear breaks the cycles; reference counting frees the rest.
    for (const o of unreachable) h.incref(o);
    for (const o of unreachable) {
      if (!o.alive) continue;
      const refs = targetsOf(o);
      h.release(o);
      for (const t of refs) h.decref(t);
    }
    for (const o of unreachable) {
      freed.push(o);
      h.decref(o);
    }
    steps.push({ phase: 'clear', narration: `tp_clear breaks the cycles and ${count} object(s) are freed.`, candidates: [], gcRefs: {}, unreachable: unreachable.map(idOf), moved: unreachable.map(idOf) });
  }
  // Survivors move one generation up (the oldest stays), appended in the order the walk left
  // them; garbage that lived on (resurrected, or kept by what tp_clear left) after them.
  for (const o of examined) if (o.alive && o.gen <= generation) o.gen = Math.min(generation + 1, 2);
  h.appendToGcLists([...scan.survivors, ...scan.unreachable].filter((o) => o.alive && o.gen <= 2));
  // untrack_tuples: survivors holding nothing the collector could track leave its lists.
  // (only an exact tuple: untrack_tuples tests PyTuple_CheckExact, so a namedtuple instance of
  // strs and None stays tracked and is found in a later cycle: measured 3.11-3.13)
  for (const o of examined) {
    if (o.alive && o.kind === 'tuple' && o.type === 'tuple' && !o.cls && o.tracked && !(o.items ?? []).some((x) => b.mayBeTracked(x))) o.tracked = false;
    if (o.alive && o.namedParts) namedTupleSurvived(b, o);
    // untrack_dicts (a full collection): plain dicts holding nothing trackable.
    // (a weak container's data dict holds the weak references of the entries the container keeps)
    // (a function's __dict__ too: its attributes are its entries)
    // (only an exact dict: untrack_dicts tests PyDict_CheckExact, so a defaultdict, OrderedDict or
    // Counter, tracked from birth by dict_new, stays tracked: measured 3.11-3.13)
    if (generation === 2 && o.alive && o.kind === 'dict' && o.tracked && o.functionDict
      && ![...o.attrs?.values() ?? []].some((v) => b.mayBeTracked(v))) o.tracked = false;
    if (generation === 2 && o.alive && o.kind === 'dict' && o.type === 'dict' && o.tracked && !o.instanceDict && !o.attrs
      && !entriesMayBeTracked(o, b) && !o.weakOwner?.weakEntries?.size) o.tracked = false;
    // (an instance __dict__ of its own too, a split table by its values)
    if (generation === 2 && o.alive && o.kind === 'dict' && o.tracked && o.instanceDict && !o.embedded
      && ![...o.attrs?.values() ?? []].some((v) => b.mayBeTracked(v))) o.tracked = false;
  }
  steps.push({ phase: 'done', narration: `gc.collect() returns ${count}.`, candidates: [], gcRefs: {}, unreachable: [], moved: [] });
  const upper = unseen || maybe === Infinity ? null : count + maybe + pure.maybe + dictsMaybe;
  it.recorder.gcRun(line, count, unreachable, steps, before, upper);
  return { count, upper };
}

/**
 * What gc.collect() would do right after a statement, without changing the
 * heap: the film for "Simulate GC" at a line that has no gc.collect().
 */
export function dryCollect(it: Interpreter, b: Builtins): { steps: GcStep[]; found: PyObj[] } {
  const steps: GcStep[] = [];
  const found = findUnreachable(it, b, steps);
  const idOf = (o: PyObj): string => `h${o.id}`;
  const fin = found.filter((o) => !o.finalized && it.hasFinalizer(o));
  if (fin.length) steps.push({ phase: 'finalize', narration: `__del__ would run once on ${fin.length} object(s) before anything is freed (PEP 442); a finalizer that stores its object somewhere resurrects it.`, candidates: [], gcRefs: {}, unreachable: found.map(idOf), moved: fin.map(idOf) });
  const wr = found.flatMap((o) => o.weakrefs ?? []).filter((w) => w.callback && !found.includes(w));
  if (wr.length) steps.push({ phase: 'weakrefs', narration: `${wr.length} weak reference(s) to the garbage would be cleared and their callbacks run.`, candidates: [], gcRefs: {}, unreachable: found.map(idOf), moved: wr.map(idOf) });
  steps.push({ phase: 'clear', narration: b.gcDebugSaveAll ? `DEBUG_SAVEALL: the ${found.length} object(s) would go to gc.garbage.` : `tp_clear would break the cycles and free ${found.length} object(s).`, candidates: [], gcRefs: {}, unreachable: found.map(idOf), moved: found.map(idOf) });
  const hidden = hiddenParts(b, found);
  const parts = hidden ? ` (${found.length} drawn, and ${hidden} that namedtuple(), @dataclass or ABCMeta made for its classes)` : '';
  steps.push({ phase: 'done', narration: `gc.collect() here would return ${found.length + hidden}${parts}.`, candidates: [], gcRefs: {}, unreachable: [], moved: [] });
  return { steps, found };
}
