// Every place where CPython versions differ in what the analysis models lives
// here, one named property each (and in ARCHITECTURE.md's table). The
// interpreter asks these questions; it never compares version strings.
import type { PythonVersion } from '../results/resultTypes';

export interface VersionModel {
  readonly version: PythonVersion;
  /** None, True, small ints, (), '' and 1-char strings are immortal (PEP 683, 3.12+). */
  readonly immortalSingletons: boolean;
  /** Interned strings (identifier-like constants, sys.intern) are immortal: 3.12 only. */
  readonly immortalInterned: boolean;
  /**
   * Strings equal to an identifier of the program are immortal (3.12+): 3.13 made interned strings
   * mortal again, but its parser interns every NAME token immortal (programNames.ts).
   */
  readonly immortalSourceNames: boolean;
  /** 3.13: the texts a script finds interned immortal at startup (startupStrings313.ts) are immortal too. */
  readonly startupImmortal313: boolean;
  /**
   * Which measured startup's interned texts (startupInterned.ts) sys.intern / attrgetter /
   * methodcaller find there before them: the version's own, 3.13's for 3.14 (not measured).
   */
  readonly startupInternedOf: '3.11' | '3.12' | '3.13';
  /** Extra parser references a bytes literal keeps in a script (3.12+: one more). */
  readonly bytesLiteralParserRefs: number;
  /** `f(*seq)` / `f(**kw)`: extra references per argument while a Python callee runs. */
  readonly starCallExtra: number;
  readonly dstarCallExtra: number;
  /**
   * `f(*seq)` / `f(**kw)` of a Python function keeps the function on the caller's stack while its
   * frame holds a reference of its own (3.11's PyObject_Call path; 3.12+ moves it into the frame).
   */
  readonly exCallKeepsCallable: boolean;
  /** A value sent through `yield from` stays referenced by the delegating frame (3.11). */
  readonly yieldFromKeepsSent: boolean;
  /**
   * throw() into a generator delegating with `yield from`, where the sub-generator returns: 3.11's
   * _gen_throw holds the returned value (gen_send(gen, val); Py_DECREF(val)) until the delegating
   * generator yields, returns or raises; 3.12+ raise the StopIteration in it and CLEANUP_THROW hands
   * the value over (measured with sys.getrefcount).
   */
  readonly throwHoldsYieldFromResult: boolean;
  /**
   * asyncio.Semaphore.acquire(), woken, wakes the next waiters while its value stays above zero
   * (3.13's `while self._value > 0: if not self._wake_up_next(): break`); 3.11 / 3.12 wake at
   * most one (`if self._value > 0: self._wake_up_next()`).
   */
  readonly semaphoreWakesWhileValue: boolean;
  /**
   * asyncio.wait_for(aw, timeout) awaits `aw` in the calling task (3.12+: `async with
   * timeouts.timeout(timeout): return await fut`); 3.11 wraps it in a new Task and waits on a
   * future its done callback completes (only `timeout=None` awaits it directly).
   */
  readonly waitForAwaitsInline: boolean;
  /** `Cls(args)` specialises after its first run (3.13 CALL_ALLOC_AND_ENTER_INIT): no extra refs after. */
  readonly initCallSpecialises: boolean;
  /**
   * List / set / dict comprehensions are inlined into the enclosing frame (3.12+, PEP 709);
   * before, each runs as a function of its own, whose locals() is its own frame's dict.
   */
  readonly inlinedComprehensions: boolean;
  /** `locals()` in a function returns the frame's cached dict (≤3.12) rather than a snapshot (PEP 667). */
  readonly localsIsFrameCache: boolean;
  /** `sum()` of floats adds with Neumaier's compensation (3.12+): `sum([0.1] * 10) == 1.0`. */
  readonly compensatedFloatSum: boolean;
  /**
   * inspect.getattr_static of an instance caches the class's MRO tuple itself as an lru_cache key
   * (3.12's `_shadowed_dict_from_mro_tuple`; 3.13 keys it by weak references, 3.11 has no cache):
   * the class lives on after the program drops it (measured: gc.collect() 0 on 3.12, 5 elsewhere).
   */
  readonly getattrStaticKeepsMro: boolean;
  /** `a or b` / `a and b` test a copy of a (COPY 1, 3.12+): a's __bool__ sees one reference more than 3.11's JUMP_IF_*_OR_POP. */
  readonly boolopCopiesOperand: boolean;
  /** The compiler stores a docstring cleaned (its indentation taken off): a new str when that changes it (docstrings.ts). */
  readonly cleansDocstrings: boolean;
  /**
   * An instance's materialised __dict__ shares the instance's inline values (3.13+): the collector
   * does not count it until `__class__` assignment or a shared-keys overflow detaches it. Before,
   * it is a dict of its own, counted while tracked (it holds a container).
   */
  readonly instanceDictEmbedded: boolean;
  /**
   * dict_merge into an empty split-table dict (an instance's materialised `__dict__`) may clone a
   * small combined source's keys and drop the values (≤3.12); 3.13 clones only into a combined
   * dict (`mp->ma_values == NULL`), so the names go into the class's shared keys one by one.
   * Measured: `self.__dict__.update(kw)` leaves sys.getsizeof(vars(self)) 184 on 3.11/3.12 (combined),
   * 296 on 3.13 (split, as a plain instance's).
   */
  readonly mergeClonesIntoSplitDict: boolean;
  /** dir(obj) of an instance makes its __dict__ a real object (≤3.12; measured: 3.13 does not). */
  readonly dirMaterialisesDict: boolean;
  /** A class whose `__slots__` has members besides `__dict__` stores attributes in a real dict from the first store (3.13+). */
  readonly slotsDictIsRealDict: boolean;
  /** A weakref callback's argument always gets one more reference (3.13+). */
  readonly weakrefCallbackAlwaysExtra: boolean;
  /** Local variables are loaded as borrowed references on the stack (3.14). */
  readonly borrowedLocalLoads: boolean;
  /** Constants a flow-graph fold left unused leave co_consts (remove_unused_consts), except co_consts[0]. */
  readonly removesUnusedConsts: boolean;
  /**
   * An exception a @contextmanager generator swallows is left in cyclic garbage (3.12+): its
   * traceback keeps the generator's finished frame, linking contextlib's __exit__ frame as f_back,
   * which keeps the exception (contextlibModel.ts builds it).
   */
  readonly swallowedThrowCycle: boolean;
  /**
   * A finished generator's frame object that outlives it (a kept traceback holds it) links the frame
   * that resumed it last as f_back, as a function's does (3.12+: the frame is cleared with `previous`
   * still set; 3.11's gen_send_ex2 empties it first; measured with tb_frame.f_back).
   */
  readonly genFrameLinksBack: boolean;
  /** An exhausted reversed(list) iterator (listreviter) keeps its list until it dies (3.13+; measured). */
  readonly listReverseIterKeepsList: boolean;
  /** generator.close() returns what the generator returned while handling GeneratorExit (3.13+). */
  readonly closeReturnsValue: boolean;
  /**
   * ExitStack.__exit__ keeps the exception in an `exc` variable and rebuilds `exc_details` for each
   * callback; before, `exc_details` is the `sys.exc_info()` tuple of the last failure (`new_exc_details` too).
   */
  readonly exitStackExcVariable: boolean;
  /**
   * contextlib.suppress.__exit__ looks inside an exception group (3.12+): `eg.split(excs)`, true when
   * nothing is left, else the rest raised; 3.11 only asks issubclass of the group's own class.
   */
  readonly suppressSplitsGroups: boolean;
  /**
   * A class body stores `__firstlineno__` (after `__module__`) and `__static_attributes__` (after the
   * body) in the namespace: 3.13 (classNamespaceIter.ts; measured with `list(vars(C))`).
   */
  readonly classBodyStamps: boolean;
  /**
   * Block-buffered stdout: a write that does not fit the pending chunk is
   * written out with it (3.13+) instead of becoming the new pending text.
   */
  readonly stdoutOverflowWritesThrough: boolean;
  /** itertools.pairwise keeps a result tuple and reuses it when no one else holds it, as zip does (3.13+). */
  readonly pairwiseReusesResult: boolean;
  /** itertools.batched exists (3.12+). */
  readonly itertoolsBatched: boolean;
  /**
   * A generator / coroutine holds its code twice while its frame lives: gi_code and the frame's
   * f_code, which goes when the frame finishes (3.11); 3.12+ keep only the embedded frame's, until
   * the generator is freed (_PyFrame_ClearExceptCode).
   */
  readonly generatorFrameHoldsCode: boolean;
  /**
   * json.dumps with an indent runs the Python encoder (_make_iterencode: generator frames hold the
   * path, its closures are left as cyclic garbage); 3.13's C encoder takes indents.
   */
  readonly jsonIndentPythonEncoder: boolean;
  /** json's C encoder walks every dict through a new list of its (key, value) tuples (3.11); later only when sorting or for a dict subclass. */
  readonly jsonDictItemsList: boolean;
  /** close() of a generator (or coroutine) never started leaves its frame's variables until the object goes (3.12+); 3.11 clears them. */
  readonly closeUnstartedKeepsFrame: boolean;
  /** queue.SimpleQueue keeps its items in a C ring buffer (3.13+); a list object before. */
  readonly simpleQueueRingBuffer: boolean;
  /** operator.methodcaller has a vectorcall (3.13): no argument tuple, and the method is called unbound (no bound method object). */
  readonly methodcallerVectorcall: boolean;
  /** A frozen dataclass's generated __setattr__ and __delattr__ share one cell holding the class (3.13's _FuncBuilder); one each before. */
  readonly frozenDataclassSharedCell: boolean;
  /** @dataclass makes its methods in one exec (3.13's _FuncBuilder): the __repr__ closes over one more cell, and frozen's __setattr__ / __delattr__ share their FrozenInstanceError cell (dataclassParts.ts). */
  readonly dataclassFuncBuilder: boolean;
  /** An empty io.StringIO keeps the str objects written to it, and getvalue()'s result, while appending (3.11's _PyAccu). */
  readonly stringIOKeepsWrites: boolean;
  /** pathlib keeps a path's argument strs in `_raw_paths` and parses on first need (3.12+); 3.11 parses at once into `_parts`. */
  readonly pathlibRawPaths: boolean;
  /** PurePath.relative_to compares a path argument itself with the path, caching its `_str_normcase` (3.13+; 3.12 compares a copy). */
  readonly relativeToKeepsPathArgument: boolean;
  /** PurePath.relative_to's result is `_from_parsed_parts` (text as raw path and `_str`, 3.13+); 3.12's is `with_segments(*parts)`. */
  readonly relativeToFromParsedParts: boolean;
  /** textwrap.indent joins the prefix and the line as separate pieces (3.13+); `prefix + line` before. */
  readonly textwrapIndentJoinsPrefix: boolean;
  /** functools.WRAPPER_ASSIGNMENTS has `__type_params__` (PEP 695): update_wrapper copies one attribute more. */
  readonly wrapperCopiesTypeParams: boolean;
  /**
   * STORE_SUBSCR on an exact dict is specialized from its second run (3.12+: STORE_SUBSCR_DICT,
   * _PyDict_SetItem_Take2 stealing the stack's references); its first run, and every run on 3.11,
   * go through PyDict_SetItem, which holds the key once more while it is hashed.
   */
  readonly storeSubscrSpecialized: boolean;
  /**
   * `obj[i]` on an instance whose class's __getitem__ is a plain Python function of two positional
   * parameters is specialized from its second run (3.12+: BINARY_SUBSCR_GETITEM pushes the
   * function's frame with the stack's references to obj and i as its arguments); its first run, and
   * every run on 3.11, call it through slot_mp_subscript, the stack keeping both once more.
   */
  readonly subscrGetitemSpecialized: boolean;
  /** list_richcompare holds the deciding pair of items while `<` / `>` … compares them too (3.13+; always while asking `==`). */
  readonly listCompareHoldsLastPair: boolean;
  /** deque.index holds each item while comparing it with the argument (3.13+; 3.11/3.12 deque_index does not, measured: __eq__'s `self` one lower). */
  readonly dequeIndexHoldsItem: boolean;
  /** set.issubset(iterable) is set_intersection with the iterable, which stops once it holds every member (3.12+); 3.11 makes a set of the iterable first. */
  readonly issubsetByIntersection: boolean;
  /** slot_tp_getattr_hook's call_attribute binds a Python __getattr__ / __getattribute__ to the object first (3.11; 3.12+ vectorcall it unbound). */
  readonly getattrHookBindsMethod: boolean;
  /** `obj.prop` of an exact property with a plain one-parameter getter is specialized from its second run (3.12+ LOAD_ATTR_PROPERTY: obj's stack reference becomes the getter's argument). */
  readonly loadAttrPropertySpecialized: boolean;
  /** min() / max() are METH_FASTCALL (3.13+): no argument tuple holds their arguments. */
  readonly minMaxFastcall: boolean;
  /** generator.close() at a yield outside any try / with clears the frame's variables at once, without GeneratorExit (3.13+). */
  readonly closeOutsideTryClearsLocals: boolean;
  /** An AttributeError from a failed generic attribute store keeps the object in its `obj` (3.13+; lookups do on every version). */
  readonly setattrErrorKeepsObject: boolean;
  /** decimal.Decimal objects are tracked by the collector (3.13+): freed with a cycle, they are counted. */
  readonly decimalTracked: boolean;
  /** Every zero `datetime.timedelta` is the module's one immortal `timedelta(0)` (3.13+; before, a new object each time). */
  readonly zeroTimedeltaImmortal: boolean;
  /** References re's pattern cache keeps to a compiled Pattern: `_cache` (3.11), `_cache` and `_cache2` (3.12+). */
  readonly reCacheHolders: number;
  /**
   * list.sort's count_run also takes a run of equal keys within a descending one, and extends a
   * reversed run by an ascending suffix (3.13+, gh-116554): which comparisons a short sort makes.
   */
  readonly sortRunsWithEquals: boolean;
  /**
   * functools.singledispatchmethod.__get__ caches its `_method` closure in a WeakKeyDictionary keyed
   * by the instance (3.13): the closure holds the instance, which keeps one more reference (sdMethod.ts).
   */
  readonly sdMethodCache: boolean;
  /**
   * The collector calls each gc.callbacks entry through PyObject_CallFunction(cb, "sO", phase, info)
   * (3.11): a new argument tuple holding info and a new phase str per callback; 3.12+ vectorcall
   * one phase str made per collection phase, the tuple gone (measured: info one count lower).
   */
  readonly gcCallbackArgTuple: boolean;
  /** int(x) falls back to x's __trunc__ when it has neither __int__ nor __index__ (deprecated in 3.11, gone in 3.14). */
  readonly intDelegatesTrunc: boolean;
  /**
   * A function's `__annotations__` is func_annotations made a dict on first read (≤3.13: a new empty
   * dict, or the dict of MAKE_FUNCTION's (name, value, …) tuple, kept from then on); 3.14 computes
   * it through `__annotate__` (PEP 649), not modelled.
   */
  readonly funcAnnotationsDict: boolean;
  /**
   * repr() of an OrderedDict reprs a dict copy of it (dict_repr takes one more reference on each key
   * and value: two while an item's repr runs); 3.11 reprs a list of (key, value) pairs (one).
   */
  readonly odictReprCopiesDict: boolean;
  /** The minor version the type-name tables' version rules (`name>=12`, builtinTypeAttrs.ts) are read with. */
  readonly typeNamesMinor: number;
}

export function versionModel(v: PythonVersion): VersionModel {
  const n = Number(v.split('.')[1]);
  return {
    version: v,
    immortalSingletons: n >= 12,
    immortalInterned: n === 12,
    immortalSourceNames: n >= 12,
    startupImmortal313: n === 13,
    startupInternedOf: n === 11 ? '3.11' : n === 12 ? '3.12' : '3.13',
    bytesLiteralParserRefs: n >= 12 ? 2 : 1,
    starCallExtra: n === 11 ? 1 : 0,
    dstarCallExtra: n === 11 ? 2 : 0,
    exCallKeepsCallable: n === 11,
    yieldFromKeepsSent: n === 11,
    throwHoldsYieldFromResult: n === 11,
    semaphoreWakesWhileValue: n >= 13,
    waitForAwaitsInline: n >= 12,
    initCallSpecialises: n >= 13,
    inlinedComprehensions: n >= 12,
    localsIsFrameCache: n <= 12,
    compensatedFloatSum: n >= 12,
    getattrStaticKeepsMro: n === 12,
    boolopCopiesOperand: n >= 12,
    cleansDocstrings: n >= 13,
    instanceDictEmbedded: n >= 13,
    dirMaterialisesDict: n <= 12,
    mergeClonesIntoSplitDict: n <= 12,
    weakrefCallbackAlwaysExtra: n >= 13,
    slotsDictIsRealDict: n >= 13,
    borrowedLocalLoads: n >= 14,
    removesUnusedConsts: n >= 12,
    swallowedThrowCycle: n >= 12,
    genFrameLinksBack: n >= 12,
    listReverseIterKeepsList: n >= 13,
    closeReturnsValue: n >= 13,
    exitStackExcVariable: n >= 13,
    suppressSplitsGroups: n >= 12,
    classBodyStamps: n >= 13,
    stdoutOverflowWritesThrough: n >= 13,
    pairwiseReusesResult: n >= 13,
    itertoolsBatched: n >= 12,
    generatorFrameHoldsCode: n === 11,
    jsonIndentPythonEncoder: n <= 12,
    jsonDictItemsList: n === 11,
    frozenDataclassSharedCell: n >= 13,
    dataclassFuncBuilder: n >= 13,
    closeUnstartedKeepsFrame: n >= 12,
    simpleQueueRingBuffer: n >= 13,
    methodcallerVectorcall: n >= 13,
    reCacheHolders: n >= 12 ? 2 : 1,
    decimalTracked: n >= 13,
    zeroTimedeltaImmortal: n >= 13,
    sortRunsWithEquals: n >= 13,
    sdMethodCache: n >= 13,
    closeOutsideTryClearsLocals: n >= 13,
    setattrErrorKeepsObject: n >= 13,
    stringIOKeepsWrites: n === 11,
    pathlibRawPaths: n >= 12,
    relativeToKeepsPathArgument: n >= 13,
    relativeToFromParsedParts: n >= 13,
    textwrapIndentJoinsPrefix: n >= 13,
    wrapperCopiesTypeParams: n >= 12,
    storeSubscrSpecialized: n >= 12,
    subscrGetitemSpecialized: n >= 12,
    listCompareHoldsLastPair: n >= 13,
    dequeIndexHoldsItem: n >= 13,
    issubsetByIntersection: n >= 12,
    getattrHookBindsMethod: n === 11,
    loadAttrPropertySpecialized: n >= 12,
    minMaxFastcall: n >= 13,
    intDelegatesTrunc: n <= 13,
    funcAnnotationsDict: n <= 13,
    gcCallbackArgTuple: n === 11,
    odictReprCopiesDict: n >= 12,
    typeNamesMinor: n,
  };
}
