// The modelled functions of sys, gc, weakref, collections, functools,
// dataclasses, contextlib, heapq, bisect, copy, json, itertools and the
// generator methods: one small function each, found by name in MODULE_FUNCTION_IMPLS.
// Arguments are borrowed (the caller releases them); results are owned.
import { collectionsNamedTupleParts } from './namedTupleParts';
import { internInPlace } from './internInPlace';
import { runCopyHooksForLibrary } from './libraryHooks';
import { dataclassReprOwner, reprAnyTimes, reprRunsCode } from './containerRepr';
import { sortAnyTimes } from './pprintSort';
import { VIRTUAL_SUBCLASS_IMPLS } from './virtualSubclasses';
import { TYPING_OVERLOAD_IMPLS } from './typingOverloads';
import { ATEXIT_IMPLS } from './atexitModule';
import { REDIRECT_IMPLS } from './contextlibRedirect';
import { abcMixinCall } from './abcMixins';
import { ABC_MIXIN_NAMES } from './abcMixinTable';
import type { Builtins } from './builtins';
import { AGEN_METHODS, agenAwaitable } from './asyncIteration';
import { deepCopy, deepCopyThroughHook, shallowCopy } from './copyModule';
import { copyThroughReduce, reduceHook } from './copyReduce';
import { callPartial, isPartial, makePartial, PARTIAL_OBJECT } from './partialObjects';
import { makePartialMethod } from './partialMethod';
import { makeChain } from './itertoolsChain';
import { makeItertool } from './itertoolsMore';
import { JSON_ENCODER, jsonDump, jsonDumps, jsonLoads } from './jsonModule';
import { counterUpdate, newCounter } from './counterModel';
import { textwrapDedent, textwrapIndent, textwrapWrap } from './textwrapModel';
import { isTemplate, makeTemplate, STRING_TEMPLATE, TEMPLATE_METHODS, templateInspect, templateSubstitute } from './stringTemplate';
import { CSV_DICT_READER, CSV_DICT_WRITER, CSV_DICT_WRITER_METHODS, CSV_WRITER, CSV_WRITER_METHODS, dialectOf, dictWriterRow, makeDictReader, makeDictWriter, makeReader, makeWriter, writerRow } from './csvModel';
import { isStringIO, makeStringIO, stringIOMethod, STRING_IO, STRING_IO_METHODS } from './stringIO';
import { matchMethod, NoSuchGroup, patternMethod, reModuleCall, RE_MATCH, RE_MATCH_METHODS, RE_MODULE_FUNCS, RE_PATTERN, RE_PATTERN_METHODS } from './reModule';
import { settleOwnedKeys } from './valueKeys';
import { absRoundImpl, fillDict } from './builtinFunctionImpls';
import { callOperatorFunction, OPERATOR_FUNCTION_NAMES } from './operatorModule';
import { BISECT_FUNCS, bisectCall, HEAPQ_FUNCS, heapqCall } from './heapqBisect';
import { makeMerge } from './heapqMerge';
import { dcFields, dcAsdict, dcReplace } from './dataclassFuncs';
import { namedTupleClassOf } from './namedTupleClasses';
import { CACHED_PROPERTY, callLru, isCacheable, isLruWrapper, isTypedLru, LRU_DECORATOR, LRU_WRAPPER, lruCache, lruClear, makeLruWrapper, makeWraps, UPDATE_WRAPPER, updateInstanceWrapper, updateWrapper } from './functoolsWrappers';
import { CHAIN_MAP, CHAIN_MAP_METHODS, chainMapMethod, makeChainMap } from './chainMap';
import { MAPPING_PROXY_IMPLS } from './mappingProxy';
import { MODULE_TYPE_IMPLS } from './moduleObjects';
import { SIMPLE_NAMESPACE_IMPLS } from './simpleNamespace';
import { THREAD_LOCAL_IMPLS } from './threadLocal';
import { PICKLE_IMPLS } from './pickleModule';
import { POSIX_PATH_IMPLS } from './posixPath';
import { SHLEX_IMPLS } from './shlexModel';
import { STATISTICS_MEDIAN_IMPLS } from './statisticsMedian';
import { CMP_TO_KEY_IMPLS } from './cmpToKey';
import { INSPECT_PREDICATE_IMPLS } from './inspectPredicates';
import { INSPECT_LOOKUP_IMPLS } from './inspectLookups';
import { EXCEPTION_GROUP_IMPLS } from './exceptionGroupMethods';
import { QUEUE_IMPLS } from './queueCalls';
import { SD_METHOD_IMPLS } from './sdMethod';
import { CONTEXT_VAR_IMPLS } from './contextVars';
import { newLock, THREADING_IMPLS } from './threadingModel';
import { THREADING_KEPT_IMPLS } from './threadingKept';
import { LOGGING_IMPLS } from './loggingModel';
import { LOGGING_HANDLER_IMPLS } from './loggingHandlers';
import { CONDITION_IMPLS } from './threadingCondition';
import { PATHLIB_IMPLS } from './pathlibModel';
import { THREAD_SUBCLASS_IMPLS } from './threadSubclass';
import { ITERATOR_METHOD_IMPLS } from './iteratorMethods';
import { notWeakrefable, typeError } from './typeErrors';
import { EXIT_STACK, EXIT_STACK_METHODS, exitStackMethod, makeExitStack } from './exitStack';
import { CLOSING, holderEnter, holderExit, holderObjectName, makeHolderCm, NULLCONTEXT } from './contextlibClosing';
import { makeWalk, WALK_STACK, WALK_TB } from './tracebackWalk';
import { makeTeFormat } from './tracebackExceptionObj';
import { clearFrame, clearFrames, formatExceptionArgs, formatExceptionOnly, readForFormat, TE_FROM_EXCEPTION, TRACEBACK_EXCEPTION, tracebackException, tracebackExceptionFrom } from './tracebackModule';
import { acmCoroutine, ACM_AENTER, ACM_AEXIT, ACM_HELPER, callHelper, cmEnter, cmExit, CM_ENTER, CM_EXIT, CM_HELPER, CM_OBJECT, makeHelper, makeSuppress, SUPPRESS, SUPPRESS_OBJECT, suppressExit } from './contextlibModel';
import type { Frame } from './frame';
import { frameRecordList, inspectFrames } from './frameRecords';
import { formatListImpl, SUMMARY_FUNCS, summaryImpl } from './tracebackSummary';
import { sysModulesItem } from './subscripts';
import type { G } from './interpreter';
import { PyException } from './interpreter';
import { countUnknown, PERMANENT_GENERATION, PyObj } from './objects';
import { gcVisits, isTracked } from './collector';
import { CLOCK_FUNCS } from './clockFuncs';
import { asyncioRun, asyncioSleep } from './asyncioModel';
import { ASYNCIO_TASK_IMPLS } from './asyncioTasks';
import { ASYNCIO_SYNC_IMPLS } from './asyncioSync';
import { ASYNCIO_TASKGROUP_IMPLS } from './asyncioTaskGroup';
import { ASYNCIO_WAIT_FOR_IMPLS } from './asyncioWaitFor';
import { ASYNCIO_HANDLE_IMPLS } from './asyncioHandles';
import { newWeakMethod } from './weakMethod';
import { MEMORYVIEW, MEMORYVIEW_METHODS, memoryviewMethod } from './memoryView';
import { FILE_METHODS, FILE_OBJECT, fileMethod } from './fileObjects';
import { ARRAY, ARRAY_METHODS, arrayMethod, makeArray } from './arrayModule';
import { BYTES_IO, BYTES_IO_METHODS, bytesIOMethod, makeBytesIO } from './bytesIO';
import { callSingleDispatch, makeSingleDispatch, SD_DISPATCH, SD_REGISTER, SD_REGISTER_CLS, SD_WRAPPER, singleDispatchHelper } from './singleDispatch';
import { clearStructCache, makeStruct, STRUCT, STRUCT_FUNCS, STRUCT_METHODS, structCall } from './structModule';
import { initArgs, newWeakContainer, WeakContainerType, weakUpdate } from './weakContainers';
import { objectSize } from './objectSizes';
import { BuiltinCall, BuiltinImpl, nextOrStop, streamCall, thrownException, dequeTrim, sortInPlace, traversedBy, isPlainCallable } from './builtinCalls';
import { callDecorated, CM_DECORATED, decorateWithCm } from './contextDecorator';

/**
 * sys.getsizeof(obj[, default]): a number of bytes (known for exact values: objectSizes.ts);
 * nothing is kept. A class's own __sizeof__ runs (its result is read and dropped).
 */
function* sysGetsizeofImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, frame, site, self, pos } = call;
  const m = self?.kind === 'instance' ? b.lookupClassAttr(self.cls, '__sizeof__') : undefined;
  if (m && m.kind === 'function') h.decref(yield* it.callFromC(m, [self], frame, site));
  const n = self && call.args.length === 1 && !call.kwargs.length ? objectSize(self, it.vm.version) : undefined;
  return b.newInt(n === undefined ? undefined : BigInt(n), pos);
}

/** time.time() / perf_counter() / monotonic() / process_time(): a new float; the _ns forms an int; sleep() None. */
function clockImpl(call: BuiltinCall): PyObj {
  const { b, name, pos } = call;
  if (name === 'time.sleep') return b.none;
  return name.endsWith('_ns') || name === 'os.getpid' ? b.newInt(undefined, pos) : b.newFloat(undefined, pos);
}

function sysStreamImpl(call: BuiltinCall): PyObj {
  const { b, it, name, self, pos } = call;
  return streamCall(b, it, name, self, pos);
}

function sysGetrefcountImpl(call: BuiltinCall): PyObj {
  const { b, it, site, self, pos } = call;
  const target = self;
  if (!target) return b.unknown(pos.line, pos.col);
  if (target.fromId) it.adviser.getrefcountOfId(site.line, site.col, site.args?.[0]?.value);
  let n = target.rc;
  if (it.vm.borrowedLocalLoads) n -= 1;
  // Of an object of unknown count only ≥1 is sure (as for the names a line records): code the model does not follow,
  // or an order it does not know, may have dropped references it counts.
  const slack = it.countSlack.get(target) ?? 0;
  const extra = it.countExtra.get(target) ?? 0;
  const open = countUnknown(target) || it.racyCounts.has(target);
  it.recorder.callResult(site, 'sys.getrefcount', target.immortal && !target.external ? 'immortal' : open ? [Math.min(n, 1), null] : target.external ? [n, null] : [n - slack, n + extra], [], target);
  return b.newInt(target.immortal || slack || extra || open ? undefined : BigInt(n), pos);
}

/**
 * sys.setrecursionlimit(n): CPython raises RecursionError sooner from here on, so the model follows
 * calls no deeper than it surely goes under the new limit (a third of it: a Python frame counts up
 * to three units, see LIMITS.MAX_CALL_DEPTH_LARGE_STACK); a limit it does not know follows none.
 * A higher limit leaves the depth as it was (the stack the analysis runs on is the bound then).
 * Chains of plain Python calls count one unit per frame and meet the limit exactly (recursionLimit.ts).
 */
function sysSetrecursionlimitImpl(call: BuiltinCall): PyObj {
  const { b, it, h, self, args, kwargs, unknownCall } = call;
  const n = args.length === 1 && !kwargs.length && typeof self?.value === 'bigint' ? Number(self.value) : undefined;
  it.maxCallDepth = Math.min(it.maxCallDepth, n === undefined ? 0 : Math.max(0, Math.floor(n / 3) - 1));
  // (a chain of plain calls counts one unit per frame: it meets the new limit exactly, recursionLimit.ts)
  it.recursionLimit = n !== undefined && n >= 1 ? n : undefined;
  return n === undefined || n < 1 ? unknownCall() : h.incref(b.none)!;
}

/** sys.getrecursionlimit(): the limit in force (a new int each call; 1,000 is no small int), if the model knows it. */
function sysGetrecursionlimitImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, pos, unknownCall } = call;
  const n = it.recursionLimit;
  return n === undefined || args.length || kwargs.length ? unknownCall() : b.newInt(BigInt(n), pos);
}

function sysInternImpl(call: BuiltinCall): PyObj {
  const { it, h, self, unknownCall } = call;
  // (internInPlace.ts: the argument itself, or the str of its text interned before)
  return self ? h.incref(internInPlace(it, self))! : unknownCall();
}

function sysGetframeImpl(call: BuiltinCall): PyObj {
  const { it, h, args, frame, unknownCall } = call;
  // The frame object of the caller's frame (depth 0) or of one further out.
  const depth = args[0]?.kind === 'int' && typeof args[0].value === 'bigint' ? Number(args[0].value) : args.length ? -1 : 0;
  let f: Frame | undefined = frame;
  for (let i = 0; i < depth && f; i++) f = f.back;
  if (!f || depth < 0) return unknownCall();
  return h.incref(it.frameObject(f))!;
}

/**
 * inspect.currentframe() is `sys._getframe(1)` run from inside inspect's own function, i.e. the
 * frame object of the frame that called it (sys__getframe_impl makes a frame object only for the
 * frame it returns): the same as sys._getframe() at the call site. Until the model knew that,
 * the frame object's references to the caller's locals (kept past the call by the frame object,
 * PyFrame's take-ownership copy) were not seen at all.
 */
function inspectCurrentframeImpl(call: BuiltinCall): PyObj {
  const { it, h, args, kwargs, frame, unknownCall } = call;
  if (args.length || kwargs.length) return unknownCall();
  return h.incref(it.frameObject(frame))!;
}

/**
 * inspect.stack() / getouterframes(frame) / trace() / getinnerframes(tb): a new list of FrameInfo
 * records, each holding its frame object (frameRecords.ts), the context lines not followed.
 */
function inspectFramesImpl(call: BuiltinCall): PyObj {
  const { b, name, args, kwargs, frame, pos, unknownCall } = call;
  if (kwargs.some(([k]) => k !== 'context')) return unknownCall();
  const frames = inspectFrames(b, name, args, frame);
  return frames ? frameRecordList(b, frames, pos) : unknownCall();
}

/**
 * importlib.import_module(name) of a known absolute name: the module an import statement of that
 * name binds (the same object: sys.modules' entry); '__main__' is the running script's module.
 */
function importModuleImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const n = args[0];
  if (args.length !== 1 || kwargs.length || n.kind !== 'str' || n.type !== 'str' || typeof n.value !== 'string' || !n.value || n.value.startsWith('.')) return unknownCall();
  return h.incref(b.importModule(n.value))!;
}

/**
 * sys.setprofile / settrace (and threading's, for this thread too): from now on CPython calls the
 * hook with the frame of every call and return (settrace: every line too), so it can keep any
 * frame object, and through it the frame's variables once the call returns. The hook escapes
 * like any argument of code the model does not follow, the caller's frame (the hook sees it at
 * once) with it, and while a hook is set every frame's frame object is treated as held by
 * unknown code when its call ends (Interpreter.teardown). None removes the hook.
 */
function setTraceHookImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, kwargs, frame, site, unknownCall } = call;
  if (args.length !== 1 || kwargs.length) return unknownCall();
  if (args[0].kind === 'none') { it.traceHookSet = false; return b.none; }
  it.traceHookSet = true;
  h.escape(args[0]);
  h.escape(it.frameObject(frame));
  // (it runs later, at times the model does not follow: once here on unknown arguments, as any
  // callable given to such code, so what it changes goes open)
  if (isPlainCallable(args[0]) && !it.inUncalledRun) it.runEscapedCallables([args[0]], frame, site);
  return b.none;
}

/** sys.modules.get(name[, default]) of '__main__' or an imported module: that module (sys.modules[name]). */
function sysModulesGetImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  const mods = b.getModuleAttr(b.importModule('sys'), 'modules', call.pos);
  const m = args.length >= 1 && args.length <= 2 && !kwargs.length ? sysModulesItem(b, mods, args[0]) : undefined;
  return m ? h.incref(m)! : unknownCall();
}

function sysExceptionImpl(call: BuiltinCall): PyObj {
  const { b, it, h, frame } = call;
  const exc = it.currentHandled(frame);
  return h.incref(exc ?? b.none)!;
}

function sysExcInfoImpl(call: BuiltinCall): PyObj {
  const { b, it, h, frame, pos, unknownCall } = call;
  // (type, value, traceback) of the exception being handled, or three Nones.
  const exc = it.currentHandled(frame);
  if (!exc) return b.newSeq('tuple', [h.incref(b.none)!, h.incref(b.none)!, h.incref(b.none)!], pos);
  const cls = b.classOf(exc);
  if (!cls) return unknownCall();
  return b.newSeq('tuple', [h.incref(cls)!, h.incref(exc)!, h.incref(exc.traceback ?? b.none)!], pos);
}

function sysExitImpl(call: BuiltinCall): PyObj {
  const { b, it, h, frame, self, pos } = call;
  throw it.raiseObj(b.newException('SystemExit', self ? [h.incref(self)!] : [], pos), frame, true);
}

function* gcCollectImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, kw, frame, site, self, unknownCall } = call;
  it.recorder.pendingCol.set(site.line, site.col);
  const g = self ?? kw.get('generation');
  const gen = g === undefined ? 2n : g.kind === 'int' && typeof g.value === 'bigint' ? g.value : undefined;
  if (gen === undefined || gen < 0n || gen > 2n) return unknownCall();
  return yield* b.runCollect(frame, site, Number(gen));
}

function gcSetDebugImpl(call: BuiltinCall): PyObj {
  const { b, self } = call;
  const v = self?.value;
  b.gcDebugSaveAll = typeof v === 'bigint' ? (v & 32n) !== 0n : false;
  return b.none;
}

function gcDisableImpl(call: BuiltinCall): PyObj {
  const { b } = call;
  b.gcEnabled = false; return b.none;
}

function gcEnableImpl(call: BuiltinCall): PyObj {
  const { b } = call;
  b.gcEnabled = true; return b.none;
}

function gcIsenabledImpl(call: BuiltinCall): PyObj {
  const { b } = call;
  return b.bool(b.gcEnabled);
}

function gcGetDebugImpl(call: BuiltinCall): PyObj {
  const { b } = call;
  return b.smallInt(b.gcDebugSaveAll ? 32n : 0n);
}

function gcFreezeImpl(call: BuiltinCall): PyObj {
  const { b, h } = call;
  // Everything the collector tracks now moves to the permanent generation: generation 0's
  // list first, then 1's, then 2's (gc_freeze_impl merges them in that order).
  const frozen = [...h.live].filter((o) => o.gen <= 2 && isTracked(o, b)).sort((x, y) => x.gen - y.gen || x.gcSeq - y.gcSeq);
  for (const o of frozen) o.gen = PERMANENT_GENERATION;
  h.appendToGcLists(frozen);
  return b.none;
}

function gcUnfreezeImpl(call: BuiltinCall): PyObj {
  const { b, h } = call;
  // The permanent generation's list is merged onto the oldest generation's tail.
  const thawed = [...h.live].filter((o) => o.gen === PERMANENT_GENERATION).sort((x, y) => x.gcSeq - y.gcSeq);
  for (const o of thawed) o.gen = 2;
  h.appendToGcLists(thawed);
  return b.none;
}

function gcGetFreezeCountImpl(call: BuiltinCall): PyObj {
  const { b, h, pos } = call;
  return b.newInt(BigInt([...h.live].filter((o) => o.gen === PERMANENT_GENERATION && o.tracked).length), pos);
}

function gcIsTrackedImpl(call: BuiltinCall): PyObj {
  const { b, self } = call;
  return b.bool(!!self?.tracked);
}

/**
 * gc.get_referents(*objs): a new list of what each argument's tp_traverse visits, in its order.
 * Where the model knows that exactly (builtin containers, plain instances: traversedBy) the list
 * is built as it is. Otherwise (functions, bound methods, partials, frames ...) it also holds
 * objects the model never builds (code, globals, names, types) in an order the model does not
 * know: the objects the model shows inside the argument get their reference from it, and only
 * the list's content is open (iterating it opens them, as for gc.get_objects); the argument
 * itself is untouched.
 */
function gcGetReferentsImpl(call: BuiltinCall): PyObj {
  const { b, h, args, pos } = call;
  const out: PyObj[] = [];
  let open = false;
  for (const a of args) {
    const refs = traversedBy(a);
    if (refs) { out.push(...refs); continue; }
    open = true;
    // (what the model shows in an object of open content may not be there: counts open instead)
    if (a.fuzzy || a.external) for (const t of gcVisits(a)) h.fuzz(t);
    else out.push(...gcVisits(a));
  }
  const list = b.newSeq('list', out.map((o) => h.incref(o)!), pos);
  if (open) {
    b.fuzzContent(list);
    // (what it holds that the model never sees lives on without it)
    list.acyclic = true;
  }
  return list;
}

function gcGetThresholdImpl(call: BuiltinCall): PyObj {
  const { b, it, pos } = call;
  const t = b.gcThreshold ?? (it.vm.version === '3.11' || it.vm.version === '3.12' ? [700n, 10n, 10n] : [2000n, 10n, 10n]);
  return b.newSeq('tuple', t.map((v) => b.newInt(v, pos)), pos);
}

function gcSetThresholdImpl(call: BuiltinCall): PyObj {
  const { b, it, args, unknownCall } = call;
  const vs = args.map((a) => a.value);
  const t = b.gcThreshold ?? (it.vm.version === '3.11' || it.vm.version === '3.12' ? [700n, 10n, 10n] : [2000n, 10n, 10n]);
  if (vs.length < 1 || vs.length > 3 || !vs.every((v) => typeof v === 'bigint')) return unknownCall();
  b.gcThreshold = t.map((old, i) => (i < vs.length ? (vs[i] as bigint) : old));
  return b.none;
}

/**
 * gc.get_count(): Py_BuildValue("(iii)") of the generations' counters, a new tuple of three
 * ints whose values the model does not follow (small ones are cached); keeps nothing.
 */
function gcGetCountImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  if (args.length || kwargs.length) return unknownCall();
  return b.newSeq('tuple', [0, 1, 2].map(() => b.newInt(undefined, pos)), pos);
}

/**
 * gc.get_stats(): a new list of one new dict per generation ({'collections', 'collected',
 * 'uncollectable'} of ints); nothing of the program is in it and nothing keeps it.
 */
function gcGetStatsImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  if (args.length || kwargs.length) return unknownCall();
  // (Py_BuildValue("{snsnsn}", ...): new key strs and ints per dict)
  const dicts = [0, 1, 2].map(() => {
    const d = b.newDict(pos);
    for (const k of ['collections', 'collected', 'uncollectable']) b.dictSet(d, b.newStr(k, pos), b.newInt(undefined, pos));
    return d;
  });
  return b.newSeq('list', dicts, pos);
}

/**
 * gc.is_finalized(obj): whether the GC header's FINALIZED bit is set, which
 * PyObject_CallFinalizer sets once tp_finalize (`__del__`) has run on a GC object, from a
 * collection or from dealloc (a resurrected object keeps it). Reads only the header: the argument
 * is not kept. An object the model does not know exactly gives an unknown bool.
 */
function gcIsFinalizedImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  const o = args[0];
  if (args.length !== 1 || kwargs.length) return unknownCall();
  if (o.finalized) return b.bool(true);
  if (o.kind === 'unknown' || o.fuzzy || o.external) return b.unknownBool(pos.line, pos.col);
  return b.bool(false);
}

/**
 * gc.get_objects(): a new list holding every object the collector tracks in generations 0-2
 * (not what gc.freeze() moved out). It also holds objects the model never sees (functions,
 * modules, frames), in an order it does not know: its content is open, each of the program's
 * tracked objects has one more reference while it lives. With a generation the model's
 * generations are not trusted: what is tracked gets an open count.
 */
function gcGetObjectsImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, pos } = call;
  const tracked = [...h.live].filter((o) => o.gen !== PERMANENT_GENERATION && isTracked(o, b));
  const all = args.length === 0 && !kwargs.length || (args.length === 1 && args[0].kind === 'none');
  const list = b.newSeq('list', all ? tracked.map((o) => h.incref(o)!) : [], pos);
  if (!all) for (const o of tracked) h.fuzz(o);
  b.fuzzContent(list);
  // (what it holds that the model never sees lives on without it: dropping it leaves no unseen garbage)
  list.acyclic = true;
  return list;
}

/** Kinds whose tp_traverse visits exactly what the model holds in them (get_referrers finds them as such). */
const PLAIN_REFERRERS = new Set(['list', 'tuple', 'set', 'frozenset', 'dict', 'cell']);

/**
 * Whether the model knows everything `o`'s tp_traverse visits: a builtin container, an instance
 * __dict__ of its own, or an instance of a class of the program (its class, its slots, its
 * attribute values or its dict: as the collector sees them, collector.ts).
 */
function exactReferrer(o: PyObj): boolean {
  // (what the model shows in a container of open content may not be there)
  if (o.fuzzy) return false;
  if (o.kind === 'instance') return !!o.cls?.classIR && !o.cls.unknownBase;
  return PLAIN_REFERRERS.has(o.kind) && !o.payloadOf;
}

/**
 * gc.get_referrers(*objs): a new list of the tracked objects whose tp_traverse visits one of
 * objs (an object that refers to itself too: gc_referrers_for skips only the argument tuple and
 * the result). Referrers the model knows completely get a reference from it; other holders
 * (frames, functions, exceptions) an open count. The list also holds what the model never sees
 * (the module's namespace, frames): its content is open, but those live on without it, so
 * dropping it leaves no garbage the model cannot see.
 */
function gcGetReferrersImpl(call: BuiltinCall): PyObj {
  const { b, h, args, pos } = call;
  const wanted = new Set(args);
  const held: PyObj[] = [];
  for (const o of h.live) {
    if (o.gen === PERMANENT_GENERATION || !isTracked(o, b)) continue;
    if (!gcVisits(o).some((t) => wanted.has(t))) {
      // (code the model does not follow may have put an escaped object where it cannot see)
      if (o.fuzzy && args.some((a) => a.fuzzy)) h.fuzz(o);
      continue;
    }
    if (exactReferrer(o)) held.push(h.incref(o)!);
    else h.fuzz(o);
  }
  const list = b.newSeq('list', held, pos);
  b.fuzzContent(list);
  list.acyclic = true;
  // gc_referrers_for appends each tracked object once: the unseen part holds none of `held`, and
  // every referrer the model knows with an exact count is in `held` (the others were opened above).
  list.restUnseen = true;
  return list;
}

function weakrefWeakMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, args, self, pos, unknownCall } = call;
  const cb = args[1] && args[1].kind !== 'none' ? args[1] : undefined;
  return (self && newWeakMethod(b, it, self, cb, pos)) || unknownCall();
}

function weakrefRefImpl(call: BuiltinCall): PyObj {
  const { h, name, args, self, pos, unknownCall } = call;
  const target = self;
  const cb = args[1] && args[1].kind !== 'none' ? args[1] : undefined;
  if (!target) return unknownCall();
  refuseWeakref(call, target);
  target.weakrefs ??= [];
  const kind = name === 'weakref.proxy' ? 'weakproxy' : 'weakref';
  // Without a callback, the existing plain ref (or proxy) is shared.
  if (!cb) {
    const existing = target.weakrefs.find((w) => w.kind === kind && !w.callback && w.alive && (kind === 'weakproxy' || w.type === 'weakref'));
    if (existing) return h.incref(existing)!;
  }
  const w = h.alloc(kind, kind === 'weakproxy' ? 'weakproxy' : 'weakref', h.site(pos.line, pos.col, kind, `${kind}(…)`));
  w.referent = target;
  w.callback = h.incref(cb);
  w.tracked = true;
  target.weakrefs.push(w);
  return w;
}

/**
 * weakref.ref / proxy of an object whose type has no weak reference slot: TypeError. (Not
 * finalize: its TypeError comes from finalize.__init__, whose frame the traceback keeps with
 * the object and the callback, which the model does not build.)
 */
function refuseWeakref(call: BuiltinCall, target: PyObj): void {
  const { b, it, frame, pos } = call;
  const t = notWeakrefable(target);
  if (t) throw it.raiseObj(typeError(b, `cannot create weak reference to '${t}' object`, pos), frame, true);
}

function weakrefGetweakrefsImpl(call: BuiltinCall): PyObj {
  const { b, h, self, pos } = call;
  const refs = (self?.weakrefs ?? []).filter((w) => w.alive).map((w) => h.incref(w)!);
  return b.newSeq('list', refs, pos);
}

/** (a weak reference freed while its object lives leaves the object's list: only live ones count) */
function weakrefGetweakrefcountImpl(call: BuiltinCall): PyObj {
  const { b, self, pos } = call;
  return b.newInt(BigInt(self?.weakrefs?.filter((w) => w.alive).length ?? 0), pos);
}

function weakrefFinalizeImpl(call: BuiltinCall): PyObj {
  const { b, h, args, self, pos } = call;
  const target = self;
  const f = h.alloc('finalize', 'finalize', h.site(pos.line, pos.col, 'finalize', 'finalize(…)'));
  f.tracked = true;
  f.finalizeFunc = h.incref(args[1]);
  f.finalizeArgs = args.length > 2 ? b.newSeq('tuple', args.slice(2).map((a) => h.incref(a)!), pos) : h.incref(b.emptyTuple);
  // The weakref to the target calls back into the finalize object; the registry keeps it alive.
  const w = h.alloc('weakref', 'weakref', h.site(pos.line, pos.col, 'weakref', 'weakref(…)'));
  w.referent = target;
  w.callback = h.incref(f);
  w.finalizeOwner = f;
  target.weakrefs ??= [];
  target.weakrefs.push(w);
  f.finalizeRef = w;
  const reg = b.weakrefRegistry();
  b.dictSet(reg, h.incref(f)!, b.newStr(undefined, pos));
  return f;
}

/** WeakValueDictionary(other, **kw) / WeakKeyDictionary(dict) / WeakSet(data): weakContainers.ts. */
function* weakContainerImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, frame, pos, unknownCall } = call;
  const type = name.split('.')[1] as WeakContainerType;
  const init = initArgs(call, type);
  if (!init) return unknownCall();
  const c = newWeakContainer(b, type, pos);
  try {
    yield* weakUpdate(b, c, init.src, init.kwargs, frame, pos);
  } catch (err) {
    h.decref(c);
    throw err;
  }
  return c;
}

function* dictSubclassImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, args, self, pos } = call;
  const d = b.newDict(pos);
  d.type = name.split('.')[1];
  if (name === 'collections.defaultdict') {
    if (self && self.kind !== 'none') d.defaultFactory = h.incref(self);
    yield* fillDict(call, d, args[1]);
  } else yield* fillDict(call, d, self);
  d.tracked = true;
  return d;
}

/**
 * OrderedDict.fromkeys(iterable, value=None) / defaultdict.fromkeys(...): dict_fromkeys calls the
 * class with no arguments (a tracked OrderedDict, or a defaultdict with no default_factory) and,
 * the result not being an exact dict, stores `d[key] = value` for each key in the iterable's order.
 */
function* dictSubclassFromkeysImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, name, args, kwargs, self, frame, pos, unknownCall } = call;
  if (!self || args.length > 2 || kwargs.length) return unknownCall();
  const keys = yield* b.iterateAll(self, frame);
  yield* settleOwnedKeys(b, keys, frame);
  const value = args[1] ?? b.none;
  const d = b.newDict(pos);
  d.type = name.split('.')[1];
  d.tracked = true;
  for (const k of keys) b.dictSet(d, k, h.incref(value)!);
  return d;
}

function* collectionsCounterImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, kwargs, frame, self, pos, unknownCall } = call;
  // Counter(iterable_or_mapping, **kwds): self.update(...) on the new, empty Counter (counterModel.ts).
  if (args.length > 1 || (self && self.kind === 'unknown')) return unknownCall();
  if (self && self.kind !== 'dict' && self.kind !== 'none') {
    // (keys with their own __eq__ settle first, as dict stores do; the items are taken before the
    // Counter is made, so one that raises leaves nothing behind)
    const before = b.standIns;
    const items = yield* b.iterateAll(self, frame);
    yield* settleOwnedKeys(b, items, frame);
    const d = newCounter(b, pos);
    const src = b.filledFrom(b.newSeq('list', items, pos), before);
    try {
      if (!(yield* counterUpdate(b, d, src, kwargs, 1, frame, pos))) { h.decref(d); return unknownCall(); }
    } finally {
      h.decref(src);
    }
    return d;
  }
  const d = newCounter(b, pos);
  if (!(yield* counterUpdate(b, d, self, kwargs, 1, frame, pos))) { h.decref(d); return unknownCall(); }
  return d;
}

function collectionsNamedtupleImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, self, pos, unknownCall } = call;
  const typeName = self?.kind === 'str' ? String(self.value) : undefined;
  const spec = args[1];
  let fields: string[] | undefined;
  if (spec?.kind === 'str' && spec.value !== undefined) fields = String(spec.value).replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  else if (spec?.items && spec.items.every((x) => x.kind === 'str' && x.value !== undefined)) fields = spec.items.map((x) => String(x.value));
  const defaults = kwargs.length === 1 && kwargs[0][0] === 'defaults' ? kwargs[0][1] : undefined;
  if (!typeName || !fields || (kwargs.length && !defaults)) return unknownCall();
  // (the field names go through sys.intern and into _fields, __match_args__, the properties and
  // the generated __new__; the type name into the class: a str the program made at run time is
  // kept by objects the model does not build, its count open. Measured: a run-time field name
  // 4 on 3.11, immortal on 3.12+)
  for (const x of [self, ...(spec?.items ?? [])]) if (x?.kind === 'str' && !x.immortal) h.escape(x);
  if (!defaults || defaults.kind === 'none') {
    const plain = b.newNamedTupleClass(typeName, fields, pos);
    plain.namedParts = collectionsNamedTupleParts(fields.length);
    return plain;
  }
  // defaults=: `tuple(defaults)` (the caller's own tuple when it is one) becomes __new__.__defaults__,
  // and _field_defaults maps the last fields to those values.
  const values = defaults.kind === 'tuple' && !defaults.cls && !defaults.fuzzy ? defaults.items!
    : (defaults.kind === 'list' && !defaults.fuzzy ? defaults.items! : undefined);
  if (!values || values.length > fields.length) return unknownCall();
  const cls = b.newNamedTupleClass(typeName, fields, pos);
  cls.namedParts = collectionsNamedTupleParts(fields.length);
  cls.namedDefaultsTuple = defaults.kind === 'tuple' ? h.incref(defaults)! : b.newSeq('tuple', values.map((v) => h.incref(v)!), pos);
  if (values.length) cls.namedDefaults = new Map();
  values.forEach((v, i) => { cls.namedDefaults!.set(fields![fields!.length - values.length + i], h.incref(v)!); b.noteStore(cls, v); });
  return cls;
}

function* namedtupleMakeImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, kwargs, frame, self, pos, unknownCall } = call;
  // classmethod _make(iterable): tuple.__new__(cls, iterable), TypeError unless it has one item per field.
  const fields = self.namedFields;
  if (!fields || args.length !== 2 || kwargs.length) return unknownCall();
  const before = b.standIns;
  const items = yield* b.iterateAll(args[1], frame);
  if (b.standIns !== before || args[1].fuzzy || args[1].kind === 'unknown') {
    for (const x of items) h.decref(x);
    return unknownCall();
  }
  if (items.length !== fields.length) {
    for (const x of items) h.decref(x);
    throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  return b.namedTuple(self, items, pos);
}

function* collectionsDequeImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kw, frame, self, pos } = call;
  const before = b.standIns;
  const items = self && self.kind !== 'none' ? yield* b.iterateAll(self, frame) : [];
  const ml = kw.get('maxlen') ?? args[1];
  const q = b.filledFrom(b.newSeq('list', [], pos), before);
  q.type = 'deque';
  if (ml && typeof ml.value === 'bigint') q.maxlen = Number(ml.value);
  // (a bound the model does not know: which items it keeps is not known either)
  else if (ml && ml.kind !== 'none') q.fuzzy = true;
  for (const x of items) { q.items!.push(x); dequeTrim(q, it, 'left'); }
  return q;
}

function* reModuleImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kw, frame, site, pos } = call;
  const r = yield* reModuleCall({ b, it, args, kw, frame, site, pos }, name.slice(3));
  return r ?? reUnknown(call);
}

function* rePatternImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kw, frame, site, pos } = call;
  const r = yield* patternMethod({ b, it, args, kw, frame, site, pos }, name.slice(RE_PATTERN.length + 1));
  return r ?? reUnknown(call);
}

function reMatchImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kw, frame, site, pos } = call;
  const r = matchMethod({ b, it, args, kw, frame, site, pos }, name.slice(RE_MATCH.length + 1));
  if (r instanceof NoSuchGroup) throw it.raiseObj(b.cError('IndexError', pos), frame, true);
  return r ?? reUnknown(call);
}

/** What re gives where the model does not follow it: unknown, and (a match, a str) never part of a cycle unless a list. */
function reUnknown(call: BuiltinCall): PyObj {
  const r = call.unknownCall();
  if (!/\.(findall|split|groupdict|finditer)$/.test(call.name)) r.acyclic = true;
  return r;
}

function stringIOImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, pos, unknownCall } = call;
  // (newline= is not followed: it changes what reads and writes translate)
  if (args.length > 1 || [...kw.keys()].some((k) => k !== 'initial_value')) return unknownCall();
  return makeStringIO(b, args[0] ?? kw.get('initial_value'), pos) ?? unknownCall();
}

/**
 * The methods of a model object that answers them synchronously (`${prefix}.name`, args[0] the object):
 * its method gives the result, `closedMark` for an object closed / released (ValueError), or
 * undefined when the call is not followed. No keyword arguments are followed.
 */
function objectMethodsImpl(prefix: string, closedMark: string, method: (b: Builtins, self: PyObj, name: string, args: PyObj[], pos: { line: number; col: number }) => PyObj | string | undefined): BuiltinImpl {
  return (call) => {
    const { b, it, name, args, kw, frame, pos, unknownCall } = call;
    if (kw.size) return unknownCall();
    const r = method(b, args[0], name.slice(prefix.length + 1), args.slice(1), pos);
    if (r === closedMark) throw it.raiseObj(b.cError('ValueError', pos), frame, true);
    return typeof r === 'string' || !r ? unknownCall() : r;
  };
}

const stringIOMethodImpl = objectMethodsImpl(STRING_IO, 'closed', stringIOMethod);
const fileMethodImpl = objectMethodsImpl(FILE_OBJECT, 'closed', fileMethod);

function bytesIOImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, pos, unknownCall } = call;
  if (args.length > 1 || [...kw.keys()].some((k) => k !== 'initial_bytes')) return unknownCall();
  return makeBytesIO(b, args[0] ?? kw.get('initial_bytes'), pos) ?? unknownCall();
}

/** A BytesIO's methods (bytesIO.ts): ValueError once closed, BufferError while getbuffer()'s view lives. */
function bytesIOMethodImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kw, frame, pos, unknownCall } = call;
  if (kw.size) return unknownCall();
  const r = bytesIOMethod(b, args[0], name.slice(BYTES_IO.length + 1), args.slice(1), pos);
  if (r === 'closed' || r === 'exported') throw it.raiseObj(b.cError(r === 'closed' ? 'ValueError' : 'BufferError', pos), frame, true);
  return r ?? unknownCall();
}

/** array.array(typecode[, initializer]) (arrayModule.ts). */
function* arrayImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kwargs, frame, pos, unknownCall } = call;
  if (kwargs.length) return unknownCall();
  return (yield* makeArray(b, args, frame, pos)) ?? unknownCall();
}

/** An array's methods (arrayModule.ts): BufferError for a resize while a view holds it. */
function* arrayMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, pos, unknownCall } = call;
  if (kwargs.length) return unknownCall();
  const r = yield* arrayMethod(b, args[0], name.slice(ARRAY.length + 1), args.slice(1), frame, pos);
  if (r === 'exported') throw it.raiseObj(b.cError('BufferError', pos), frame, true);
  return r ?? unknownCall();
}
const memoryviewMethodImpl = objectMethodsImpl(MEMORYVIEW, 'released', memoryviewMethod);

/** pprint's formatting options (a `stream=` is not followed). */
const PPRINT_OPTIONS: ReadonlySet<string> = new Set(['indent', 'width', 'depth', 'compact', 'sort_dicts', 'underscore_numbers']);
/** Kinds whose repr is never shorter than two characters: pformat's text is a new str. */
const LONG_REPR: ReadonlySet<string> = new Set(['list', 'tuple', 'dict', 'set', 'frozenset', 'instance', 'exception', 'function', 'class', 'method', 'deque']);

/**
 * pprint.pformat / saferepr / pprint(obj): the object is only read (the repr of its parts,
 * a Python __repr__ run), nothing of it kept; the text is a new str (pformat, saferepr) or
 * written to stdout (pprint, as print of that text).
 */
function* pprintImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, kw, frame, site, pos, unknownCall } = call;
  const obj = args[0];
  if (args.length !== 1 || kwargs.some(([k]) => !PPRINT_OPTIONS.has(k)) || !LONG_REPR.has(obj.kind)) return unknownCall();
  // pprint sorts a set's items and (unless sort_dicts=False) a dict's keys, once per time it
  // formats them (how many is not known: a text too wide is formatted again, part by part):
  // an instance's own `__lt__` / `__gt__` runs an unknown number of times (pprintSort.ts).
  if (!(yield* sortAnyTimes(b, obj, kw.get('sort_dicts') !== b.falseObj, frame, site))) return unknownCall();
  // (a part's text longer than the width is formatted again, part by part, and a dataclass's
  // fields with it: how often each part's repr runs is not known; a class's own __repr__ of the
  // object itself runs once)
  const own = b.lookupClassAttr(obj.cls, '__repr__')?.kind === 'function' && !dataclassReprOwner(obj.cls) && !obj.basePayload;
  if (!own && reprRunsCode(b, obj)) yield* reprAnyTimes(b, obj, frame, site);
  const text = own || !reprRunsCode(b, obj) ? yield* b.textOf(obj, 'repr', frame, site) : b.newStr(undefined, pos);
  if (name !== 'pprint.pprint') {
    // (the text is written once to a StringIO: a new str stays what getvalue gives; a __repr__'s
    // own str is that object on 3.11, whose accumulator hands back a single piece, and a copy later)
    if (text.kind === 'str' && text.type === 'str' && !text.immortal && (text.rc === 1 || it.vm.stringIOKeepsWrites)) return text;
    it.heap.decref(text);
    return b.newStr(undefined, pos);
  }
  it.stdout.write(text, text, it.fuzzyDepth > 0);
  it.heap.decref(text);
  return b.none;
}

/** struct.Struct(fmt) (structModule.ts). */
function structStructImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  if (args.length !== 1 || kwargs.length) return unknownCall();
  return makeStruct(b, args[0], pos) ?? unknownCall();
}

/** struct._clearcache() (structModule.ts). */
function structClearcacheImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, unknownCall } = call;
  if (args.length || kwargs.length) return unknownCall();
  clearStructCache(b);
  return b.none;
}

/** struct's functions and a Struct's methods (structModule.ts). */
function structCallImpl(call: BuiltinCall): PyObj {
  const { b, name, args, kwargs, pos, unknownCall } = call;
  if (kwargs.length) return unknownCall();
  return structCall(b, name, args, pos) ?? unknownCall();
}

function textwrapDedentImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, self, pos, unknownCall } = call;
  return (args.length === 1 && !kw.size && textwrapDedent(b, self, pos)) || unknownCall();
}

/**
 * html.escape(s, quote=True) of an exact str of known text: Lib/html/__init__.py chains
 * s.replace("&", "&amp;"), "<", ">" (and with quote '"', "'"); str.replace gives an exact str back
 * itself when nothing matches (unicode_result_unchanged), so a text with none of those characters
 * is returned as the same object, otherwise a new str of the escaped text.
 */
function htmlEscapeImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, kw, pos, unknownCall } = call;
  const s = args[0];
  const q = args[1] ?? kw.get('quote');
  const quote = q === undefined ? true : q.kind === 'bool' ? q === b.trueObj : undefined;
  if (!s || args.length > 2 || kwargs.some(([k]) => k !== 'quote') || s.kind !== 'str' || s.type !== 'str' || typeof s.value !== 'string' || s.fuzzy || quote === undefined) return unknownCall();
  let t = s.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (quote) t = t.replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
  return t === s.value ? h.incref(s)! : b.newStr(t, pos);
}

function textwrapIndentImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  return textwrapIndent(b, args, kwargs, pos) ?? unknownCall();
}

function textwrapWrapImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  return textwrapWrap(b, args, kwargs, pos) ?? unknownCall();
}

function* csvImpl(call: BuiltinCall): G<PyObj> {
  const { b, name, args, kw, frame, pos, unknownCall } = call;
  const rest = new Map(kw);
  const take = (k: string, i: number): PyObj | undefined => { const v = args[i] ?? rest.get(k); rest.delete(k); return v; };
  const f = take('f', 0);
  if (!f) return unknownCall();
  // (the reader parses only the plain excel rules; the writer leaves other text unknown)
  const reads = name === 'csv.reader' || name === CSV_DICT_READER;
  if (name === 'csv.reader' || name === 'csv.writer') {
    const d = args.length <= 2 ? dialectOf(rest, args[1]) : undefined;
    if (!d || (reads && !d.plain)) return unknownCall();
    return name === 'csv.reader' ? yield* makeReader(b, f, d, frame, pos) : makeWriter(b, f, d, pos);
  }
  const fieldnames = take('fieldnames', 1);
  // (DictReader(f, fieldnames, restkey, restval, dialect, ...) / DictWriter(f, fieldnames, restval, extrasaction, dialect, ...))
  const third = take(name === CSV_DICT_READER ? 'restkey' : 'restval', 2);
  const fourth = take(name === CSV_DICT_READER ? 'restval' : 'extrasaction', 3);
  const d = args.length <= 5 ? dialectOf(rest, args[4], true) : undefined;
  if (!d || (reads && !d.plain)) return unknownCall();
  if (name === CSV_DICT_READER) {
    if (fieldnames && fieldnames.kind !== 'none' && fieldnames.kind !== 'list') return unknownCall();
    return yield* makeDictReader(b, f, fieldnames && fieldnames.kind !== 'none' ? fieldnames : undefined, third, fourth, d, frame, pos);
  }
  const action = fourth ? (fourth.kind === 'str' && typeof fourth.value === 'string' ? fourth.value.toLowerCase() : undefined) : 'raise';
  if (!fieldnames || (fieldnames.kind !== 'list' && fieldnames.kind !== 'tuple') || (action !== 'raise' && action !== 'ignore')) return unknownCall();
  return makeDictWriter(b, f, fieldnames, third, action === 'ignore', d, pos);
}

function* csvWriterMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, name, args, kw, frame, site, self, unknownCall } = call;
  if (kw.size) return unknownCall();
  const dict = name.startsWith(CSV_DICT_WRITER);
  const method = name.slice(name.lastIndexOf('.') + 1);
  if (method === 'writeheader') return (yield* dictWriterRow(b, self, undefined, frame, site)) ?? unknownCall();
  const row = args[1];
  if (!row) return unknownCall();
  if (method === 'writerow') return (dict ? yield* dictWriterRow(b, self, row, frame, site) : yield* writerRow(b, self, row, frame, site)) ?? unknownCall();
  // writerows: writerow for each (DictWriter: through map), None.
  for (const r of yield* b.iterateAll(row, frame)) {
    try {
      const res = dict ? yield* dictWriterRow(b, self, r, frame, site) : yield* writerRow(b, self, r, frame, site);
      if (!res) return unknownCall();
      b.it.heap.decref(res);
    } finally {
      b.it.heap.decref(r);
    }
  }
  return b.none;
}

function stringTemplateImpl(call: BuiltinCall): PyObj {
  const { b, args, kw, self, pos, unknownCall } = call;
  return (args.length === 1 && !kw.size && makeTemplate(b, self, pos)) || unknownCall();
}

function* templateMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, self, pos, unknownCall } = call;
  if (args.length > 2 || !isTemplate(self)) return unknownCall();
  const r = yield* templateSubstitute(b, self, name.endsWith('safe_substitute'), args[1], kwargs, frame, site);
  if (r === 'KeyError' || r === 'ValueError') {
    // Raised in convert() (called by re.sub inside substitute()): the traceback keeps those frames,
    // which hold the Template (self), the mapping, and the Match (holding the template text).
    const exc = b.cError(r, pos);
    exc.items = [self.attrs!.get('template')!, self, ...(args[1] ? [args[1]] : [])].map((o) => it.heap.incref(o)!);
    throw it.raiseObj(exc, frame, true);
  }
  return r ?? unknownCall();
}

function templateInspectImpl(call: BuiltinCall): PyObj {
  const { b, name, args, kwargs, self, pos, unknownCall } = call;
  const method = name.endsWith('is_valid') ? 'is_valid' : 'get_identifiers';
  return (args.length === 1 && !kwargs.length && isTemplate(self) && templateInspect(b, self, method, pos)) || unknownCall();
}

function* jsonDumpsImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kw, self, frame, site, pos, unknownCall } = call;
  return (args.length === 1 ? yield* jsonDumps(b, self, kw, frame, site, pos) : undefined) ?? unknownCall();
}

/** json.dump(obj, fp): followed into an io.StringIO (its write, chunk by chunk). */
function* jsonDumpImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, kw, frame, site, pos, unknownCall } = call;
  const fp = args[1];
  if (args.length !== 2 || !isStringIO(fp)) return unknownCall();
  const write = (pieces: PyObj[]): boolean => pieces.every((p) => {
    const n = stringIOMethod(b, fp, 'write', [p], pos);
    if (n && typeof n !== 'string') h.decref(n);
    return !!n && typeof n !== 'string';
  });
  try {
    return (yield* jsonDump(b, args[0], fp, kw, frame, site, pos, write)) ?? unknownCall();
  } catch (err) {
    // dump writes each chunk as the encoder yields it: a container's opening ones are out before
    // the error (a piece of text the model does not know, perhaps a constant of the encoder's code).
    const o = args[0];
    if (err instanceof PyException && (o.kind === 'list' || o.kind === 'tuple' || o.kind === 'dict')) {
      const piece = b.newStr(undefined, pos);
      h.escape(piece);
      write([piece]);
      h.decref(piece);
    }
    throw err;
  }
}

function* jsonLoadsImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kw, self, frame, site, pos, unknownCall } = call;
  return (args.length === 1 ? yield* jsonLoads(b, self, kw, frame, site, pos) : undefined) ?? unknownCall();
}

/** json.load(fp): loads(fp.read()) of an io.StringIO. */
function* jsonLoadImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, kw, frame, site, self, pos, unknownCall } = call;
  if (args.length !== 1 || !isStringIO(self)) return unknownCall();
  const text = stringIOMethod(b, self, 'read', [], pos);
  if (!text || typeof text === 'string') return unknownCall();
  // (load's frame holds each hook too, while loads runs)
  for (const v of kw.values()) h.incref(v);
  try {
    return (yield* jsonLoads(b, text, kw, frame, site, pos)) ?? unknownCall();
  } finally {
    for (const v of kw.values()) h.decref(v);
    h.decref(text);
  }
}

/** JSONEncoder.default(self, o) (a Python method): TypeError, its frame (self, o) kept by the traceback. */
function jsonEncoderDefaultImpl(call: BuiltinCall): PyObj {
  const { b, it, h, args, frame, pos } = call;
  const exc = b.cError('TypeError', pos);
  exc.items = args.slice(0, 2).map((a) => h.incref(a)!);
  throw it.raiseObj(exc, frame, true);
}

/** JSONEncoder(...) made by the program: not followed (its instances' methods are not modelled). */
function jsonEncoderImpl(call: BuiltinCall): PyObj {
  return call.unknownCall();
}

function* itertoolsChainImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, frame, pos } = call;
  return yield* makeChain(b, args, false, frame, pos);
}

function* itertoolsImpl(call: BuiltinCall): G<PyObj> {
  const { b, name, args, kw, frame, pos, unknownCall } = call;
  return (yield* makeItertool(b, name.slice('itertools.'.length), args, kw, frame, pos)) ?? unknownCall();
}

function* namedtupleReplaceImpl(call: BuiltinCall): G<PyObj> {
  const { b, h, args, kwargs, frame, site, self, unknownCall } = call;
  // self._make(map(kwds.pop, field_names, self)): a new tuple of the class, given fields replaced.
  const fields = namedTupleClassOf(self.cls)?.namedFields ?? [];
  const given = new Map(kwargs);
  if (args.length !== 1 || self.fuzzy || kwargs.some(([k]) => !fields.includes(k))) return unknownCall();
  return yield* b.instantiate(self.cls!, fields.map((f, i) => h.incref(given.get(f) ?? self.items![i])!), [], frame, site);
}

function namedtupleAsdictImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, self, pos, unknownCall } = call;
  // dict(zip(self._fields, self)).
  if (args.length !== 1 || kwargs.length || self.fuzzy) return unknownCall();
  const d = b.newDict(pos);
  (namedTupleClassOf(self.cls)?.namedFields ?? []).forEach((f, i) => b.dictSet(d, b.newStr(f, pos), h.incref(self.items![i])!));
  return d;
}

function* functoolsReduceImpl(call: BuiltinCall): G<PyObj> {
  const { h, args, kwargs, unknownCall } = call;
  // reduce(f, iterable[, initial]): acc = f(acc, x) item by item (the call's pair of arguments is released after each call).
  if (args.length < 2 || args.length > 3 || kwargs.length) return unknownCall();
  // (reduce is METH_VARARGS: the argument tuple holds the function, the iterable and the initial
  // value until it returns — measured inside the reducer, 3.11-3.13)
  for (const a of args) h.incref(a);
  try {
    return yield* reduceItems(call);
  } finally {
    for (const a of args) h.decref(a);
  }
}

function* reduceItems(call: BuiltinCall): G<PyObj> {
  const { b, it, h, args, frame, site, self, pos } = call;
  const items = yield* b.iterateAll(args[1], frame);
  const first = args.length === 3 ? h.incref(args[2]) : items.shift();
  if (!first) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  let acc: PyObj = first;
  try {
    while (items.length) {
      const x = items.shift()!;
      try {
        const next: PyObj = yield* it.callFromC(self, [acc, x], frame, site);
        h.decref(acc);
        acc = next;
      } finally {
        h.decref(x);
      }
    }
  } catch (err) {
    h.decref(acc);
    for (const x of items) h.decref(x);
    throw err;
  }
  return acc;
}

function functoolsWrapsImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, self, unknownCall } = call;
  return (args.length === 1 && !kwargs.length && makeWraps(b, it, self, site)) || unknownCall();
}

function* updateWrapperImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kwargs, frame, site, self, unknownCall } = call;
  if (!self || args.length > 2 || kwargs.some(([k]) => k !== 'wrapped')) return unknownCall();
  const wrapped = args[1] ?? new Map(kwargs).get('wrapped');
  return updateWrapper(b, it, self, wrapped, site) ?? (yield* updateInstanceWrapper(b, it, self, wrapped, frame, site)) ?? unknownCall();
}

function functoolsLruCacheImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return lruCache(b, it, args, kwargs, site) ?? unknownCall();
}

/**
 * functools.cached_property(fn): a descriptor holding fn (its __set_name__ keeps the name, an
 * interned str). On 3.11 its __init__ also makes `self.lock = RLock()` (a tracked C object, so a
 * collection freeing the descriptor counts it); 3.12 dropped the lock. Its instance dict is never
 * made (inline values), so it is not counted (measured 3.11-3.13).
 */
function functoolsCachedPropertyImpl(call: BuiltinCall): PyObj {
  const { h, it, args, kwargs, site, unknownCall } = call;
  if (args.length !== 1 || kwargs.length || args[0].kind !== 'function') return unknownCall();
  const cp = h.alloc('builtin', 'cached_property', h.site(site.line, site.col, 'cached_property', 'cached_property'));
  cp.builtinName = CACHED_PROPERTY;
  cp.tracked = true;
  cp.wrapped = [h.incref(args[0])!];
  // (the lock, held by the descriptor only: `wrapped[1]`)
  if (it.vm.version === '3.11') cp.wrapped.push(newLock(h, true, site));
  return cp;
}

/**
 * functools.total_ordering(cls): the class itself, its missing ordering methods derived from the
 * one it defines (__lt__ preferred, then __le__, __gt__, __ge__); operators.ts runs them as
 * functools' _gt_from_lt & co. do. The added methods are functools' own functions: no new objects.
 */
function functoolsTotalOrderingImpl(call: BuiltinCall): PyObj {
  const { b, h, args, self, unknownCall } = call;
  if (args.length !== 1 || self.kind !== 'class' || !self.classIR) return unknownCall();
  const root = ['__lt__', '__le__', '__gt__', '__ge__'].find((m) => b.lookupClassAttr(self, m)?.kind === 'function');
  if (!root) return unknownCall();
  self.totalOrderingRoot = root;
  return h.incref(self)!;
}

/** functools.cache(fn): lru_cache(maxsize=None)(fn), the decorator itself gone at once. */
function functoolsCacheImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return args.length === 1 && !kwargs.length && isCacheable(args[0]) ? makeLruWrapper(b, it, args[0], Infinity, site) : unknownCall();
}

/** wrapper.cache_parameters(): the lambda's new dict `{"maxsize": maxsize, "typed": typed}` from its two cells. */
function cacheParametersImpl(call: BuiltinCall): PyObj {
  const { b, it, func, args, kwargs, pos, unknownCall } = call;
  const cells = func.closure?.items;
  if (args.length || kwargs.length || cells?.length !== 2 || cells.some((c) => !c.cellValue)) return unknownCall();
  const d = b.newDict(pos);
  ['maxsize', 'typed'].forEach((k, i) => b.dictSet(d, b.newStrImmortal(k), it.heap.incref(cells[i].cellValue!)!));
  return d;
}

function lruDecoratorImpl(call: BuiltinCall): PyObj {
  const { b, it, func, args, kwargs, site, self, unknownCall } = call;
  return args.length === 1 && isCacheable(self) && !kwargs.length ? makeLruWrapper(b, it, self, func.maxlen ?? 128, site, isTypedLru(func), func.closure?.items) : unknownCall();
}

function* lruWrapperImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site, unknownCall } = call;
  return (isLruWrapper(func) && (yield* callLru(b, it, func, args, kwargs, frame, site))) || unknownCall();
}

/** functools.singledispatch(func) (singleDispatch.ts). */
function singleDispatchImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return (args.length === 1 && !kwargs.length && makeSingleDispatch(b, it, args[0], site)) || unknownCall();
}

function* singleDispatchCallImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site, unknownCall } = call;
  return (yield* callSingleDispatch(b, it, func, args, kwargs, frame, site)) ?? unknownCall();
}

/** The wrapper's register / dispatch and register(cls)'s lambda. */
function singleDispatchHelperImpl(call: BuiltinCall): PyObj {
  const { b, func, args, kwargs, site, unknownCall } = call;
  return (!kwargs.length && singleDispatchHelper(b, func, args, site)) || unknownCall();
}

function lruWrapperCacheClearImpl(call: BuiltinCall): PyObj {
  const { b, it, self, unknownCall } = call;
  if (isLruWrapper(self)) { lruClear(it, self); return b.none; } return unknownCall();
}

/** The functools.CacheInfo namedtuple class, one per run (functools' own: its count is not reported). */
const cacheInfoClasses = new WeakMap<object, PyObj>();

/**
 * cache_info(): a new CacheInfo(hits, misses, maxsize, currsize) of new ints (hits and misses
 * not counted here); it keeps nothing of the cache.
 */
function lruWrapperCacheInfoImpl(call: BuiltinCall): PyObj {
  const { b, h, self, pos, unknownCall } = call;
  const cache = self?.items?.[0];
  if (!self || !cache?.entries) return unknownCall();
  let cls = cacheInfoClasses.get(b);
  if (!cls) {
    cls = b.newNamedTupleClass('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], pos);
    cls.external = true;
    cacheInfoClasses.set(b, cls);
  }
  const maxsize = self.maxlen === undefined || self.maxlen === Infinity ? h.incref(b.none)! : b.newInt(BigInt(self.maxlen), pos);
  const currsize = b.newInt(cache.fuzzy ? undefined : BigInt(cache.entries.size), pos);
  return b.namedTuple(cls, [b.newInt(undefined, pos), b.newInt(undefined, pos), maxsize, currsize], pos);
}

function* dataclassesReplaceImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kwargs, frame, site, self, unknownCall } = call;
  return (args.length === 1 && (yield* dcReplace(b, it, self, kwargs, frame, site))) || unknownCall();
}

function dataclassesAsdictImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kwargs, self, pos, unknownCall } = call;
  return (args.length === 1 && !kwargs.length && dcAsdict(b, it, self, pos, name === 'dataclasses.astuple')) || unknownCall();
}

/** Sets __isabstractmethod__ in the function's __dict__ (a dict of atoms: untracked, not modelled). */
function abcAbstractmethodImpl(call: BuiltinCall): PyObj {
  const { h, args, self, unknownCall } = call;
  if (args.length !== 1 || self.kind !== 'function') return unknownCall();
  self.isAbstract = true;
  return h.incref(self)!;
}

function contextlibContextmanagerImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kwargs, site, self, unknownCall } = call;
  const helper = name === 'contextlib.asynccontextmanager' ? ACM_HELPER : CM_HELPER;
  return args.length === 1 && !kwargs.length && self.kind === 'function' ? makeHelper(b, it, self, site, helper) : unknownCall();
}

/** cm(func): ContextDecorator.__call__ (contextDecorator.ts). */
function cmDecorateImpl(call: BuiltinCall): PyObj {
  const { b, it, func, args, kwargs, site, unknownCall } = call;
  return args.length === 1 && !kwargs.length ? decorateWithCm(b, it, func, args[0], site) : unknownCall();
}

/** The function cm(func) made, called. */
function* cmDecoratedImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site, unknownCall } = call;
  return (yield* callDecorated(b, it, func, args, kwargs, frame, site)) ?? unknownCall();
}

function* cmHelperImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site } = call;
  return yield* callHelper(b, it, func, args, kwargs, frame, site);
}

function suppressImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return kwargs.length ? unknownCall() : makeSuppress(b, it, args, site);
}

function holderCmImpl(call: BuiltinCall): PyObj {
  const { b, it, name, args, kwargs, site, unknownCall } = call;
  return makeHolderCm(b, it, name, args, kwargs, site) ?? unknownCall();
}

function holderEnterImpl(call: BuiltinCall): PyObj {
  const { b, args, self, unknownCall } = call;
  return (args.length === 1 && holderEnter(b, self)) || unknownCall();
}

function* holderExitImpl(call: BuiltinCall): G<PyObj> {
  const { b, self, args, frame, site } = call;
  return yield* holderExit(b, self, args, frame, site);
}

function clearFramesImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, unknownCall } = call;
  if (args.length !== 1 || kwargs.length || !clearFrames(b, args[0])) return unknownCall();
  return b.none;
}

function frameClearImpl(call: BuiltinCall): PyObj {
  const { b, it, args, frame, pos, unknownCall } = call;
  const r = args.length === 1 ? clearFrame(b, args[0]) : undefined;
  if (r === 'running') throw it.raiseObj(b.cError('RuntimeError', pos), frame, true);
  return r ? b.none : unknownCall();
}

/** inspect.getgeneratorlocals(gen): gen.gi_frame.f_locals, or a new empty dict once the generator is done. */
function* inspectGeneratorLocalsImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kwargs, frame, site, pos, unknownCall } = call;
  const g = args[0];
  if (args.length !== 1 || kwargs.length || g.kind !== 'generator') return unknownCall();
  const f = yield* b.getAttr(g, 'gi_frame', frame, site);
  if (f.kind === 'none') return b.newDict(pos);
  try {
    return yield* b.getAttr(f, 'f_locals', frame, site);
  } finally {
    it.heap.decref(f);
  }
}

/**
 * inspect.getgeneratorstate(gen) / getcoroutinestate(coro): reads gi_running / gi_suspended /
 * gi_frame (cr_*) and returns one of inspect's module constants (interned strings); keeps nothing.
 */
function generatorStateImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, name, unknownCall } = call;
  const g = args[0];
  const coro = name === 'inspect.getcoroutinestate';
  if (args.length !== 1 || kwargs.length || g.kind !== 'generator' || g.type !== (coro ? 'coroutine' : 'generator') || g.fuzzy || !g.genState) return unknownCall();
  const prefix = coro ? 'CORO_' : 'GEN_';
  return b.newStrImmortal(prefix + g.genState.toUpperCase());
}

function* formatExceptionOnlyImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kwargs, frame, site, unknownCall } = call;
  return (yield* formatExceptionOnly(b, args, kwargs, frame, site)) ?? unknownCall();
}

/**
 * traceback.format_exception(...) / print_exception(...): the exception read as traceback.py's
 * TracebackException reads it, nothing kept; a new list of new strs (text not modelled), or None
 * for print_exception (written to sys.stderr).
 */
function* formatExceptionImpl(call: BuiltinCall): G<PyObj> {
  const { b, name, args, kwargs, frame, site, unknownCall } = call;
  if (!(yield* formatExceptionArgs(b, args, kwargs, frame, site))) return unknownCall();
  if (name === 'traceback.print_exception') return b.none;
  const out = b.newSeq('list', [], site);
  b.fuzzContent(out);
  return out;
}

/**
 * traceback.format_exc() / print_exc(): format_exception(*sys.exc_info()) of the exception being
 * handled (the exc_info tuple dropped at once); format_exc's "".join is a new str, print_exc
 * returns None.
 */
function* formatExcImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, pos, unknownCall } = call;
  if (args.length || kwargs.some(([k]) => k !== 'limit' && k !== 'chain')) return unknownCall();
  const exc = it.currentHandled(frame);
  if (!(yield* readForFormat(b, exc ?? b.none, exc?.traceback ?? b.none, frame, site))) return unknownCall();
  return name === 'traceback.print_exc' ? b.none : b.newStr(undefined, pos);
}

function* tracebackExceptionImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kwargs, frame, site, unknownCall } = call;
  return (yield* tracebackException(b, args, kwargs, frame, site)) ?? unknownCall();
}

/** te.format() / te.format_exception_only() of a modelled TracebackException: the generator over it. */
function teFormatImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  return makeTeFormat(b, args, kwargs, pos) ?? unknownCall();
}

/** traceback.walk_tb(tb) / walk_stack(f): the generator tracebackWalk.ts steps. */
function walkImpl(call: BuiltinCall): PyObj {
  const { b, name, args, kwargs, pos, unknownCall } = call;
  if (args.length !== 1 || kwargs.length) return unknownCall();
  return makeWalk(b, name === WALK_TB ? WALK_TB : WALK_STACK, args[0], pos) ?? unknownCall();
}

function* tracebackExceptionFromImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, kwargs, frame, site, unknownCall } = call;
  return (yield* tracebackExceptionFrom(b, args, kwargs, frame, site)) ?? unknownCall();
}

function suppressEnterImpl(call: BuiltinCall): PyObj {
  return call.b.none;
}

function dataclassesFieldsImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, self, pos, unknownCall } = call;
  return (args.length === 1 && !kwargs.length && dcFields(b, it, self, pos)) || unknownCall();
}

function chainMapImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return (!kwargs.length && makeChainMap(b, it, args, site)) || unknownCall();
}

function* chainMapMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, unknownCall } = call;
  return (yield* chainMapMethod(b, it, name.slice(CHAIN_MAP.length + 1), args, kwargs, frame, site)) ?? unknownCall();
}

function exitStackImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return args.length || kwargs.length ? unknownCall() : makeExitStack(b, it, site);
}

function* exitStackMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, unknownCall } = call;
  return (yield* exitStackMethod(b, it, name.slice(EXIT_STACK.length + 1), args, kwargs, frame, site)) ?? unknownCall();
}

function suppressExitImpl(call: BuiltinCall): PyObj {
  const { b, args, self, unknownCall } = call;
  return (args.length === 4 && suppressExit(b, self, args[1], args[2])) || unknownCall();
}

function* cmEnterImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, frame, site, self, unknownCall } = call;
  return (args.length === 1 && (yield* cmEnter(b, it, self, frame, site))) || unknownCall();
}

function* cmExitImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, frame, site, self, unknownCall } = call;
  return (args.length === 4 && (yield* cmExit(b, it, self, args[2], args[3], frame, site))) || unknownCall();
}

/** _AsyncGeneratorContextManager.__aenter__() / __aexit__(typ, value, tb): the coroutine (run when awaited). */
function acmMethodImpl(call: BuiltinCall): PyObj {
  const { it, name, args, site, unknownCall } = call;
  return args.length === (name === ACM_AENTER ? 1 : 4) ? acmCoroutine(it, args, site) : unknownCall();
}

function* heapqImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, unknownCall } = call;
  return (yield* heapqCall(b, it, name.slice(6), args, kwargs, frame, site, function* (items, kw) {
    // (nsmallest / nlargest keep only some items: which ones is unknown when the order is)
    if ((yield* sortInPlace(b, it, items, kw, frame, site)) === 'unordered') for (const x of items) it.heap.escape(x);
  })) ?? unknownCall();
}

function heapqMergeImpl(call: BuiltinCall): PyObj {
  const { b, args, kwargs, pos, unknownCall } = call;
  return makeMerge(b, args, kwargs, pos) ?? unknownCall();
}

function* bisectImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, unknownCall } = call;
  return (yield* bisectCall(b, it, name.slice(7), args, kwargs, frame, site)) ?? unknownCall();
}

function* itertoolsChainFromIterableImpl(call: BuiltinCall): G<PyObj> {
  const { b, args, frame, pos, unknownCall } = call;
  return args.length === 1 ? yield* makeChain(b, args, true, frame, pos) : unknownCall();
}

function functoolsPartialImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return makePartial(b, it, args, kwargs, site) ?? unknownCall();
}

function functoolsPartialmethodImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, site, unknownCall } = call;
  return makePartialMethod(b, it, args, kwargs, site) ?? unknownCall();
}

function* partialObjectImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, func, args, kwargs, frame, site, unknownCall } = call;
  return isPartial(func) ? yield* callPartial(b, it, func, args, kwargs, frame, site) : unknownCall();
}

function* copyCopyImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kwargs, frame, site, self, pos, unknownCall } = call;
  // A class's own __copy__ is what copy.copy calls (looked up on the class).
  const hook = args.length === 1 && self.kind === 'instance' && !self.fuzzy ? b.lookupClassAttr(self.cls, '__copy__') : undefined;
  if (hook && hook.kind === 'function') return yield* it.callFromC(hook, [self], frame, site);
  // A class's own __reduce_ex__ / __reduce__: copy._reconstruct from its answer (copyReduce.ts).
  const reduce = args.length === 1 && !kwargs.length ? reduceHook(b, self) : undefined;
  if (reduce) return (yield* copyThroughReduce(b, it, self, reduce, frame, site)) ?? unknownCall();
  const copied = args.length === 1 && !kwargs.length && shallowCopy(b, it, self, pos);
  if (copied) return copied;
  // (not followed: the instance's own copy hooks may still run there)
  runCopyHooksForLibrary(b, self, frame, site);
  return unknownCall();
}

function* copyDeepcopyImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, kwargs, self, frame, site, pos, unknownCall } = call;
  // deepcopy(x, memo=None): a memo dict of the caller's keeps what the copy memoized.
  const memo = args[1] ?? kwargs.find(([k]) => k === 'memo')?.[1];
  if (!self || args.length > 2 || kwargs.some(([k]) => k !== 'memo') || (args[1] && kwargs.length)) return unknownCall();
  const given = memo && memo.kind !== 'none' ? memo : undefined;
  // A class's own __deepcopy__ is called with the memo.
  if (self.kind === 'instance' && b.lookupClassAttr(self.cls, '__deepcopy__')) return (yield* deepCopyThroughHook(b, it, self, frame, site, given)) ?? unknownCall();
  const copied = deepCopy(b, it, self, pos, given, { frame, site });
  if (copied) return copied;
  runCopyHooksForLibrary(b, self, frame, site);
  return unknownCall();
}

function* generatorSendImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, frame, self, pos } = call;
  // gen_send_ex2: a value other than None sent to a generator that has not started is a TypeError
  // ("can't send non-None value to a just-started generator"); nothing runs.
  const v = args[1];
  if (name === 'generator.send' && self?.kind === 'generator' && self.genState === 'created' && !self.fuzzy && v
    && v.kind !== 'none' && v.kind !== 'unknown' && !v.fuzzyValue) {
    throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  }
  const sent = name === 'generator.send' ? h.incref(args[1]) : undefined;
  // 3.11 keeps a value sent through `yield from` alive in the delegating frame.
  const r = yield* b.resume(self, sent, frame);
  return nextOrStop(b, it, r, frame, pos, self);
}

function generatorCloseImpl(call: BuiltinCall): PyObj {
  const { b, frame, self } = call;
  return b.closeGenerator(self, frame, true) ?? b.none;
}

function* generatorThrowImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, args, frame, site, self, pos, unknownCall } = call;
  const exc = yield* thrownException(it, args.slice(1), frame, site);
  if (!exc) return unknownCall();
  return nextOrStop(b, it, yield* b.throwInto(self, exc, frame), frame, pos, self);
}

/** An async generator's __anext__ / asend / athrow / aclose: the awaitable (asyncIteration.ts). */
function agenMethodImpl(call: BuiltinCall): PyObj {
  const { it, name, args, self, pos, unknownCall } = call;
  return agenAwaitable(it, self, name.slice('async_generator.'.length), args.slice(1), pos) ?? unknownCall();
}

/** operator.add, operator.eq, operator.getitem …: the operator they stand for (operatorModule.ts). */
function* operatorFunctionImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, name, args, kwargs, frame, site, unknownCall } = call;
  return (yield* callOperatorFunction(b, it, name.slice('operator.'.length), args, kwargs, frame, site)) ?? unknownCall();
}

/** operator.abs is PyNumber_Absolute, as the builtin abs. */
function operatorAbsImpl(call: BuiltinCall): G<PyObj> | PyObj {
  return call.args.length === 1 && !call.kwargs.length ? absRoundImpl({ ...call, name: 'abs' }) : call.unknownCall();
}

/** The implementations above by builtin name (several names may share one). */
export const MODULE_FUNCTION_IMPLS = new Map<string, BuiltinImpl>([
  ...VIRTUAL_SUBCLASS_IMPLS,
  ...TYPING_OVERLOAD_IMPLS,
  ...ATEXIT_IMPLS,
  ...REDIRECT_IMPLS,
  // (a call-time reference: abcMixins.ts may still be loading when this table is built)
  ...ABC_MIXIN_NAMES.map((n): [string, BuiltinImpl] => [n, (call) => abcMixinCall(call)]),
  ...MAPPING_PROXY_IMPLS,
  ...MODULE_TYPE_IMPLS,
  ...SIMPLE_NAMESPACE_IMPLS,
  ...THREAD_LOCAL_IMPLS,
  ...PICKLE_IMPLS,
  ...POSIX_PATH_IMPLS,
  ...SHLEX_IMPLS,
  ...STATISTICS_MEDIAN_IMPLS,
  ...CMP_TO_KEY_IMPLS,
  ...INSPECT_PREDICATE_IMPLS,
  ...INSPECT_LOOKUP_IMPLS,
  ...EXCEPTION_GROUP_IMPLS,
  ...QUEUE_IMPLS,
  ...SD_METHOD_IMPLS,
  ...CONTEXT_VAR_IMPLS,
  ...THREADING_IMPLS,
  ...THREADING_KEPT_IMPLS,
  ...CONDITION_IMPLS,
  ...PATHLIB_IMPLS,
  ...THREAD_SUBCLASS_IMPLS,
  ...OPERATOR_FUNCTION_NAMES.map((f): [string, BuiltinImpl] => [`operator.${f}`, operatorFunctionImpl]),
  ['operator.abs', operatorAbsImpl],
  ['sys.stdout.write', sysStreamImpl],
  ['sys.stdout.flush', sysStreamImpl],
  ['sys.stderr.write', sysStreamImpl],
  ['sys.stderr.flush', sysStreamImpl],
  ['sys.getrefcount', sysGetrefcountImpl],
  ['sys.getsizeof', sysGetsizeofImpl],
  ...CLOCK_FUNCS.map((f): [string, BuiltinImpl] => [f, clockImpl]),
  ['sys.intern', sysInternImpl],
  ['sys.setrecursionlimit', sysSetrecursionlimitImpl],
  ['sys.getrecursionlimit', sysGetrecursionlimitImpl],
  ['sys._getframe', sysGetframeImpl],
  ['inspect.currentframe', inspectCurrentframeImpl],
  ...['sys.setprofile', 'sys.settrace', 'threading.setprofile', 'threading.settrace'].map((n): [string, BuiltinImpl] => [n, setTraceHookImpl]),
  ['importlib.import_module', importModuleImpl],
  ['sys.modules.get', sysModulesGetImpl],
  ...['inspect.stack', 'inspect.getouterframes', 'inspect.trace', 'inspect.getinnerframes'].map((n): [string, BuiltinImpl] => [n, inspectFramesImpl]),
  ['sys.exception', sysExceptionImpl],
  ['sys.exc_info', sysExcInfoImpl],
  ['sys.exit', sysExitImpl],
  ['gc.collect', gcCollectImpl],
  ...LOGGING_IMPLS,
  ...LOGGING_HANDLER_IMPLS,
  ['asyncio.run', asyncioRun],
  ['asyncio.sleep', asyncioSleep],
  ...ASYNCIO_TASK_IMPLS,
  ...ASYNCIO_SYNC_IMPLS,
  ...ASYNCIO_TASKGROUP_IMPLS,
  ...ASYNCIO_WAIT_FOR_IMPLS,
  ...ASYNCIO_HANDLE_IMPLS,
  ['gc.set_debug', gcSetDebugImpl],
  ['gc.disable', gcDisableImpl],
  ['gc.enable', gcEnableImpl],
  ['gc.isenabled', gcIsenabledImpl],
  ['gc.get_debug', gcGetDebugImpl],
  ['gc.freeze', gcFreezeImpl],
  ['gc.unfreeze', gcUnfreezeImpl],
  ['gc.get_freeze_count', gcGetFreezeCountImpl],
  ['gc.is_tracked', gcIsTrackedImpl],
  ['gc.get_referents', gcGetReferentsImpl],
  ['gc.get_threshold', gcGetThresholdImpl],
  ['gc.set_threshold', gcSetThresholdImpl],
  ['gc.get_count', gcGetCountImpl],
  ['gc.get_stats', gcGetStatsImpl],
  ['gc.is_finalized', gcIsFinalizedImpl],
  ['gc.get_referrers', gcGetReferrersImpl],
  ['gc.get_objects', gcGetObjectsImpl],
  ['weakref.WeakMethod', weakrefWeakMethodImpl],
  ['weakref.ref', weakrefRefImpl],
  ['weakref.proxy', weakrefRefImpl],
  ['weakref.getweakrefs', weakrefGetweakrefsImpl],
  ['weakref.getweakrefcount', weakrefGetweakrefcountImpl],
  ['weakref.finalize', weakrefFinalizeImpl],
  ['weakref.WeakValueDictionary', weakContainerImpl],
  ['weakref.WeakKeyDictionary', weakContainerImpl],
  ['weakref.WeakSet', weakContainerImpl],
  ['collections.defaultdict', dictSubclassImpl],
  ['collections.OrderedDict', dictSubclassImpl],
  ['collections.OrderedDict.fromkeys', dictSubclassFromkeysImpl],
  ['collections.defaultdict.fromkeys', dictSubclassFromkeysImpl],
  ['collections.Counter', collectionsCounterImpl],
  ['collections.namedtuple', collectionsNamedtupleImpl],
  ['collections.deque', collectionsDequeImpl],
  ...RE_MODULE_FUNCS.map((f): [string, BuiltinImpl] => [`re.${f}`, reModuleImpl]),
  ...RE_PATTERN_METHODS.map((f): [string, BuiltinImpl] => [`${RE_PATTERN}.${f}`, rePatternImpl]),
  ...RE_MATCH_METHODS.map((f): [string, BuiltinImpl] => [`${RE_MATCH}.${f}`, reMatchImpl]),
  [STRING_IO, stringIOImpl],
  ...STRING_IO_METHODS.map((m): [string, BuiltinImpl] => [`${STRING_IO}.${m}`, stringIOMethodImpl]),
  ...FILE_METHODS.map((m): [string, BuiltinImpl] => [`${FILE_OBJECT}.${m}`, fileMethodImpl]),
  ...MEMORYVIEW_METHODS.map((m): [string, BuiltinImpl] => [`${MEMORYVIEW}.${m}`, memoryviewMethodImpl]),
  [STRUCT, structStructImpl],
  [BYTES_IO, bytesIOImpl],
  ...BYTES_IO_METHODS.map((m): [string, BuiltinImpl] => [`${BYTES_IO}.${m}`, bytesIOMethodImpl]),
  [ARRAY, arrayImpl],
  ...ARRAY_METHODS.map((m): [string, BuiltinImpl] => [`${ARRAY}.${m}`, arrayMethodImpl]),
  ...STRUCT_FUNCS.map((f): [string, BuiltinImpl] => [`struct.${f}`, structCallImpl]),
  ['struct._clearcache', structClearcacheImpl],
  ...STRUCT_METHODS.map((m): [string, BuiltinImpl] => [`${STRUCT}.${m}`, structCallImpl]),
  ...['pprint.pformat', 'pprint.saferepr', 'pprint.pprint'].map((f): [string, BuiltinImpl] => [f, pprintImpl]),
  ['textwrap.dedent', textwrapDedentImpl],
  ['textwrap.wrap', textwrapWrapImpl],
  ['textwrap.indent', textwrapIndentImpl],
  ['html.escape', htmlEscapeImpl],
  ...['csv.reader', 'csv.writer', CSV_DICT_READER, CSV_DICT_WRITER].map((f): [string, BuiltinImpl] => [f, csvImpl]),
  ...CSV_WRITER_METHODS.map((m): [string, BuiltinImpl] => [`${CSV_WRITER}.${m}`, csvWriterMethodImpl]),
  ...CSV_DICT_WRITER_METHODS.map((m): [string, BuiltinImpl] => [`${CSV_DICT_WRITER}.${m}`, csvWriterMethodImpl]),
  [STRING_TEMPLATE, stringTemplateImpl],
  ...TEMPLATE_METHODS.map((m): [string, BuiltinImpl] => [`${STRING_TEMPLATE}.${m}`, templateMethodImpl]),
  [`${STRING_TEMPLATE}.get_identifiers`, templateInspectImpl],
  [`${STRING_TEMPLATE}.is_valid`, templateInspectImpl],
  ['json.dumps', jsonDumpsImpl],
  ['json.dump', jsonDumpImpl],
  ['json.loads', jsonLoadsImpl],
  ['json.load', jsonLoadImpl],
  [JSON_ENCODER, jsonEncoderImpl],
  [`${JSON_ENCODER}.default`, jsonEncoderDefaultImpl],
  ['itertools.chain', itertoolsChainImpl],
  ['itertools.islice', itertoolsImpl],
  ['itertools.count', itertoolsImpl],
  ['itertools.repeat', itertoolsImpl],
  ['itertools.zip_longest', itertoolsImpl],
  ['itertools.accumulate', itertoolsImpl],
  ['itertools.product', itertoolsImpl],
  ['itertools.groupby', itertoolsImpl],
  ['itertools.cycle', itertoolsImpl],
  ['itertools.pairwise', itertoolsImpl],
  ['itertools.combinations', itertoolsImpl],
  ['itertools.permutations', itertoolsImpl],
  ['itertools.combinations_with_replacement', itertoolsImpl],
  ['itertools.tee', itertoolsImpl],
  ['itertools.starmap', itertoolsImpl],
  ['itertools.compress', itertoolsImpl],
  ['itertools.filterfalse', itertoolsImpl],
  ['itertools.takewhile', itertoolsImpl],
  ['itertools.dropwhile', itertoolsImpl],
  ['itertools.batched', itertoolsImpl],
  ['namedtuple._replace', namedtupleReplaceImpl],
  ['namedtuple._asdict', namedtupleAsdictImpl],
  ['namedtuple._make', namedtupleMakeImpl],
  ['functools.reduce', functoolsReduceImpl],
  ['functools.total_ordering', functoolsTotalOrderingImpl],
  ['functools.wraps', functoolsWrapsImpl],
  [UPDATE_WRAPPER, updateWrapperImpl],
  ['functools.lru_cache', functoolsLruCacheImpl],
  ['functools.cache', functoolsCacheImpl],
  ['functools.cached_property', functoolsCachedPropertyImpl],
  [LRU_DECORATOR, lruDecoratorImpl],
  ['functools.cache_parameters', cacheParametersImpl],
  [LRU_WRAPPER, lruWrapperImpl],
  ['functools.singledispatch', singleDispatchImpl],
  [SD_WRAPPER, singleDispatchCallImpl],
  [SD_REGISTER, singleDispatchHelperImpl],
  [SD_REGISTER_CLS, singleDispatchHelperImpl],
  [SD_DISPATCH, singleDispatchHelperImpl],
  [`${LRU_WRAPPER}.cache_clear`, lruWrapperCacheClearImpl],
  [`${LRU_WRAPPER}.cache_info`, lruWrapperCacheInfoImpl],
  ['dataclasses.replace', dataclassesReplaceImpl],
  ['dataclasses.asdict', dataclassesAsdictImpl],
  ['dataclasses.astuple', dataclassesAsdictImpl],
  ['dataclasses.fields', dataclassesFieldsImpl],
  ['abc.abstractmethod', abcAbstractmethodImpl],
  ['contextlib.contextmanager', contextlibContextmanagerImpl],
  ['contextlib.asynccontextmanager', contextlibContextmanagerImpl],
  [ACM_HELPER, cmHelperImpl],
  [ACM_AENTER, acmMethodImpl],
  [ACM_AEXIT, acmMethodImpl],
  [EXIT_STACK, exitStackImpl],
  [CHAIN_MAP, chainMapImpl],
  ...[...CHAIN_MAP_METHODS].map((m): [string, BuiltinImpl] => [`${CHAIN_MAP}.${m}`, chainMapMethodImpl]),
  ...[...EXIT_STACK_METHODS].map((m): [string, BuiltinImpl] => [`${EXIT_STACK}.${m}`, exitStackMethodImpl]),
  [CM_HELPER, cmHelperImpl],
  [CM_OBJECT, cmDecorateImpl],
  [CM_DECORATED, cmDecoratedImpl],
  [SUPPRESS, suppressImpl],
  ['traceback.format_exception_only', formatExceptionOnlyImpl],
  ['traceback.format_exception', formatExceptionImpl],
  ['traceback.print_exception', formatExceptionImpl],
  ['traceback.format_exc', formatExcImpl],
  ['traceback.print_exc', formatExcImpl],
  [TRACEBACK_EXCEPTION, tracebackExceptionImpl],
  [TE_FROM_EXCEPTION, tracebackExceptionFromImpl],
  [WALK_TB, walkImpl],
  [`${TRACEBACK_EXCEPTION}().format`, teFormatImpl],
  [`${TRACEBACK_EXCEPTION}().format_exception_only`, teFormatImpl],
  [WALK_STACK, walkImpl],
  ['traceback.clear_frames', clearFramesImpl],
  ...SUMMARY_FUNCS.map((f): [string, BuiltinImpl] => [`traceback.${f}`, summaryImpl]),
  ['traceback.format_list', formatListImpl],
  ['traceback.print_list', formatListImpl],
  ['frame.clear', frameClearImpl],
  ['inspect.getgeneratorlocals', inspectGeneratorLocalsImpl],
  ['inspect.getgeneratorstate', generatorStateImpl],
  ['inspect.getcoroutinestate', generatorStateImpl],
  ...[CLOSING, NULLCONTEXT].flatMap((n): [string, BuiltinImpl][] => [[n, holderCmImpl], [`${holderObjectName(n)}.__enter__`, holderEnterImpl], [`${holderObjectName(n)}.__exit__`, holderExitImpl]]),
  [`${SUPPRESS_OBJECT}.__enter__`, suppressEnterImpl],
  [`${SUPPRESS_OBJECT}.__exit__`, suppressExitImpl],
  [CM_ENTER, cmEnterImpl],
  [CM_EXIT, cmExitImpl],
  ...HEAPQ_FUNCS.map((f): [string, BuiltinImpl] => [`heapq.${f}`, heapqImpl]),
  ['heapq.merge', heapqMergeImpl],
  ...BISECT_FUNCS.map((f): [string, BuiltinImpl] => [`bisect.${f}`, bisectImpl]),
  ['itertools.chain.from_iterable', itertoolsChainFromIterableImpl],
  ['functools.partial', functoolsPartialImpl],
  ['functools.partialmethod', functoolsPartialmethodImpl],
  [PARTIAL_OBJECT, partialObjectImpl],
  ['copy.copy', copyCopyImpl],
  ['copy.deepcopy', copyDeepcopyImpl],
  ...AGEN_METHODS.map((m): [string, BuiltinImpl] => [`async_generator.${m}`, agenMethodImpl]),
  ['generator.send', generatorSendImpl],
  ['generator.__next__', generatorSendImpl],
  ...ITERATOR_METHOD_IMPLS,
  ['generator.close', generatorCloseImpl],
  ['generator.throw', generatorThrowImpl],
]);
