// The abstract interpreter: runs the IR the way CPython's evaluation loop
// would, on a heap whose objects carry reference counts (heap.ts). Every
// expression returns an *owned* reference, as CPython's value stack does;
// stores take ownership, pops release it. Values the analysis cannot know
// (unknown modules, unknown callees) are `unknown` objects; whatever escapes
// into them gets an open upper bound. Python generators suspend through JS
// generators, so every evaluation returns a JS generator (`G<T>`), or an
// iterator already finished when it cannot suspend (finished.ts).
import { cleanDocConstants, docObject } from './docstrings';
import { encodeComplex } from '../ir/complexMath';
import { typedNamedTupleParts } from './namedTupleParts';
import { exactBuiltin, surelyNoMapping, typeError, unhashableKey } from './typeErrors';
import { updateBases } from './mroEntries';
import { lenResult } from './numberHooks';
import { argsAsWrittenFor, bindFails, KeywordMerge } from './argErrors';
import { formatText } from './formatSpec';
import { formatWithSpec, specRefusedNoting } from './formatMap';
import { FinishedIterator } from './finished';
import { formatWithOwnHook, userFormat } from './formatHook';
import type { Arg, ClassIR, Comprehension, Expr, FPiece, FunctionIR, ModuleIR, Pos, Stmt } from '../ir/irTypes';
import { followsMappingProtocol, mergeMappingProtocol } from './abcMixins';
import { lookupKey, lookupKeyForSetItem, mergeCompares, settleOwnedKeys } from './valueKeys';

/** A single typing.NamedTuple base (class syntax for a namedtuple). */
function namedTupleBase(bases: PyObj[]): boolean {
  return bases.length === 1 && bases[0].kind === 'unknown' && bases[0].moduleName === 'typing.NamedTuple';
}
import { constKey, constRepr, floatRepr } from '../ir/constants';
import type { ConstValue } from '../ir/irTypes';
import { CompFrame, Frame } from './frame';
import { classNamespaceCopy, releaseCompFrame } from './namespaces';
import { Heap, HeapHost, sameShape, shapeOf } from './heap';
import { countUnknown, knownText, opaqueValue, PyObj, refsOf, targetsOf } from './objects';
import { VersionModel } from './versions';
import { StdoutBuffer } from './stdoutBuffer';
import { Builtins } from './builtins';
import { COROUTINE } from './builtinNames';
import { METHODCALLER } from './operatorModule';
import { HEAPQ_MERGE } from './heapqMerge';
import type { Recorder } from './recorder';
import { aliasOrigin } from './genericAlias';
import { isSubscriptedInertBase } from './libraryBases';
import { specializedGetitem, specializedPropertyGetter } from './specializedSites';
import { LIMITS } from './limits';
import { dictNamespace, globalsDictOf, globalsOnly, namespaceOpen, ownBuiltin } from './execText';
import type { LiteNode } from '../parse/liteTree';
import { Adviser } from './adviser';
import * as cf from './controlFlow';
import * as asg from './assignment';
import { execMatch } from './patterns';
import { notePossibleTraceback } from './possibleRaises';
import { isAsyncGen, mayHaveAsyncGenHooks } from './asyncIteration';
import { enumBodyState, enumClassCountKnown, enumIntType, enumKindOf, flagValuesUnsorted, initMembers, makeMembers } from './enums';
import { isSingleDispatch, singleDispatchDies } from './singleDispatch';
import { genexprKnownPart, knownPartDone, knownPartIter, unseenItem } from './iteration';
import { beginUnseenSteps, unseenStepsMayRaise } from './iterMutation';
import { AsyncLoop, suspendsToLoop } from './asyncioModel';
import { ITERATOR_CONSUMER, runForUnfollowedCaller } from './unfollowedRuns';
import { SPECIAL_AWAITABLES } from './awaitables';
import { escapeUnrunMetaclassReach, followedMetaclass, metaclassRuns, noteClassBody, winningMetaclass } from './metaclasses';
import { YIELD_FROM_LABEL } from './generatorAttrs';
import { frameTakesCode, heldCode } from './codeObjects';
import { forgetClassNamespace, noteClassNamespace } from './classNamespaceIter';
import { activeWalks, dissolveFrameOneOf, dissolveOneOf, loadOneOf, noteUnorderedDict, OneOf, settleActiveWalks, settlePendingOneOf, unorderedWalk } from './setOrder';
import { noteCoupledLoad } from './walkCoupling';
import { nameTupleRange } from './nameTupleConsts';
import { heldWhile } from './heldWhile';
import type { ClassCallSite } from './initSpecialise';
import { DEFAULT_RECURSION_LIMIT, plainEntry, recursionVerdict } from './recursionLimit';

export type G<T> = Generator<PyObj | undefined, T, PyObj | undefined>;

export type Completion = { k: 'normal' } | { k: 'return'; value: PyObj } | { k: 'break' } | { k: 'continue' };
const NORMAL: Completion = { k: 'normal' };

/** A Python exception in flight; `exc` is an owned reference. */
export class PyException {
  constructor(public exc: PyObj) {}
}

/** The time budget or a cancellation stopped the run. */
export class AnalysisStopped {
  constructor(readonly reason: 'budget' | 'cancelled' | 'steps') {}
}

/** Drives a JS generator that must not suspend (a plain Python call) to its end. */
export function runSync<T>(g: G<T>): T {
  let r = g.next();
  while (!r.done) {
    // A bare `yield` outside a generator body cannot happen; treat it as None.
    r = g.next(undefined);
  }
  return r.value;
}

/** One run under an unknown condition: what it made, and the counts and contents it changed as they were before. */
interface FuzzyLevel {
  /** Names it bound: a namespace and name, or a closure cell, and what the name held before (identity only). */
  rebound: { map?: Map<string, PyObj>; cell?: PyObj; name: string; before?: PyObj }[];
  /** Where its part of Heap.allocLog (what it made) starts. */
  madeFrom: number;
  touched: Map<PyObj, number>;
  shapes: Map<PyObj, unknown[]>;
  temps: PyObj[];
}

export interface CallSite {
  line: number;
  col: number;
  /** Stable key of the call expression (3.13 specialises per call site). */
  key: string;
  /** The call's arguments as written (the IR's own list, not copied per call), for diagnostics about how a call is written. */
  args?: readonly Arg[];
  /**
   * Set when this site calls `exCallee` through CALL_FUNCTION_EX (a `*` or `**`
   * in the call): the positional arguments went into a tuple (the caller's own
   * references moved there), or, with constPos, are a tuple that holds them already
   * (a tuple constant, or the caller's exact tuple passed as it is).
   */
  exCallee?: PyObj;
  constPos?: boolean;
  /** `f(*t)` alone with an exact tuple: t is the call's own argument tuple (a C callee like lru_cache keeps it). */
  argsTuple?: PyObj;
  /**
   * A call made by C code (a sort key, map's function, __del__): there is no caller's value stack,
   * so an object called through tp_call (an instance's __call__, a class) has only the argument
   * tuple and the callee's frame holding its arguments, and no call-site specialisation applies.
   */
  fromC?: boolean;
  /**
   * The callable a call expression calls. A Python function called that way takes over the
   * caller's stack reference for its frame (f_funcobj); called by anything else (C code, a
   * bound method, 3.11's CALL_FUNCTION_EX) its frame takes a reference of its own.
   */
  directCallee?: PyObj;
  /** The call expression has no `*` / `**`: directCallee gets exactly the arguments written (argErrors.ts). */
  argsAsWritten?: boolean;
  /** The key objects of keywords a `**` mapping gave (by name): a callee's `**kwargs` dict holds them. */
  kwKeys?: Map<string, PyObj>;
}



export class Interpreter implements HeapHost {
  readonly heap = new Heap();
  readonly globals = new Map<string, PyObj>();
  readonly b: Builtins;
  readonly constObjs = new Map<string, PyObj>();
  /** The code objects of the file's defs made so far (codeObjects.ts). */
  readonly codeObjects = new Map<FunctionIR, PyObj>();
  private steps = 0;
  private readonly deadline: number;
  private readonly clockEvery: number;
  /** Class call sites' adaptive state (3.13 specialisation of class calls, initSpecialise.ts). */
  readonly classCallSites = new Map<string, ClassCallSite>();
  /** How often each class's attributes were set or deleted (its tp_version_tag went stale: initSpecialise.ts). */
  readonly typeEdits = new Map<PyObj, number>();
  /**
   * References that may or may not exist while code runs, by object: a library frame's value stack
   * that a specialised instruction hands to the callee instead (abcMixins.ts). A count recorded
   * meanwhile is open downward by that much.
   */
  readonly countSlack = new Map<PyObj, number>();
  /**
   * References that may exist or not, by object: a name that holds one of a set's members, which
   * one not known (setOrder.ts OneOf). A count recorded meanwhile is open upward by that much.
   */
  readonly countExtra = new Map<PyObj, number>();
  /** How many such bindings live (loadName's fast path skips the lookup without any). */
  oneOfLive = 0;
  /** How many for loops over a set run now (assignment.ts notes their stores: setOrder.ts). */
  walkDepth = 0;
  /** A value the current statement got that is one of a set's members (setOrder.ts notePendingOneOf). */
  pendingOneOf?: { value: PyObj; members: PyObj[]; claimed?: OneOf };
  /**
   * Objects other threads hold or let go of at times the model does not know (a Thread while its
   * run() is followed: threadSubclass.ts): a count recorded meanwhile is open.
   */
  readonly racyCounts = new Set<PyObj>();
  /** The Thread objects whose work is running (innermost last): threading.current_thread(). */
  readonly runningThreads: PyObj[] = [];
  /** True while running under a condition whose value is unknown (enterFuzzy / exitFuzzy). */
  fuzzyDepth = 0;
  /** How many loops of unknown rounds are running their widened passes (controlFlow.ts). */
  widenedNesting = 0;
  /** Lines run at this depth or less are recorded with their counts, deeper ones open (an escaped function's run). */
  recordBaseDepth = 0;
  /** During an escaped function's run: the first object id and stack index that are its own. */
  private runObjBase = Infinity;
  private runStackBase = Infinity;

  /**
   * Whether a store into `owner` (a frame's variables, a container; undefined: the globals) may
   * not happen in the real run: under a condition of unknown direction, except what an escaped
   * function's run made itself (its own frame, its new objects), which is as certain as the run.
   */
  uncertainFor(owner: PyObj | Frame | undefined): boolean {
    if (this.fuzzyDepth === 0) return false;
    if (this.fuzzyDepth > this.recordBaseDepth) return true;
    if (owner instanceof Frame) return this.stack.indexOf(owner) < this.runStackBase;
    return !owner || owner.id < this.runObjBase;
  }
  /** How many times execution went down a branch of unknown direction (loops stop iterating exactly then). */
  fuzzyEvents = 0;
  /**
   * How many operations ran that may have raised where the model cannot tell (code it does not follow,
   * int() of a text it does not know, a lookup by an unknown key): a `try` whose body saw one may also
   * have gone to its handlers (controlFlow.execTry).
   */
  mayRaiseEvents = 0;
  /** An operation may raise here where the model cannot tell (see mayRaiseEvents and possibleRaises.ts). */
  noteMayRaise(): void {
    this.mayRaiseEvents++;
    notePossibleTraceback(this);
  }
  /** A loop was cut short (or ran an unknown number of times) since the last gc.collect(): garbage it made is unseen. */
  unmodelledGarbage = false;
  /**
   * Frame objects whose f_back is a 3.11 comprehension's own frame, which the model does not build
   * (with its function, closure and iterator): what the collector may find beyond the model's
   * objects while one of them lives (collector.ts); freed by its count, it takes that frame along.
   */
  readonly unbuiltCompBacks = new Set<PyObj>();
  /** The event loop asyncio.run is running (asyncioModel.ts), while it runs. */
  asyncLoop?: AsyncLoop;
  /** globals() was called: the module namespace may hold names the analysis never saw bound. */
  globalsEscaped = false;
  /** A sys.setprofile / settrace hook is set: it may keep any frame object (moduleFunctionImpls setTraceHookImpl). */
  traceHookSet = false;
  /** Parses a text exec() / eval() / compile() are given (execText.ts); unset: those calls stay unknown. */
  parseText?: (text: string) => LiteNode | null;
  /** Whether a text is one of the identifiers of the program's source (programNames.ts). */
  sourceName: (text: string) => boolean = () => false;
  /** What globals() returns (namespaces.ts), once made. */
  moduleDict?: PyObj;
  frameDepth = 0;
  /** Python call depth followed (AnalyzeOptions.maxCallDepth): what the host's stack allows. */
  maxCallDepth: number = LIMITS.MAX_CALL_DEPTH;
  /**
   * Call depth followed for a chain of plain Python calls (recursionLimit.ts), which CPython counts
   * one unit per frame: the host's stack decides (LIMITS.MAX_PLAIN_CALL_DEPTH on a large one).
   */
  plainCallDepth: number = LIMITS.MAX_CALL_DEPTH;
  /** CPython's recursion limit (sys.setrecursionlimit); undefined once set to a value the model does not know. */
  recursionLimit: number | undefined = DEFAULT_RECURSION_LIMIT;
  /** Set when a call or step was cut at maxCallDepth (AnalyzeOptions.onDepthCut). */
  depthCut = false;
  currentLine = 0;
  currentCol = 0;
  /** Frames on the call stack, innermost last. */
  readonly stack: Frame[] = [];
  /** Functions whose body ran at least once (the rest get an unknown-arguments pass). */
  readonly ranCode = new Set<number>();
  readonly adviser: Adviser;
  private lineStarts?: number[];
  /** Line `l` (1-based) of the source, with any '\r' before its line break: a slice, found when first asked (most runs never ask: splitting every line cost a tenth of a typing edit's run). */
  lineText(l: number): string {
    let ls = this.lineStarts;
    if (!ls) {
      ls = this.lineStarts = [0];
      const src = this.source;
      for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) ls.push(i + 1);
    }
    if (l < 1 || l > ls.length) return '';
    return this.source.slice(ls[l - 1], l < ls.length ? ls[l] - 1 : this.source.length);
  }
  /** sys.stdout's pending text (print keeps ASCII strs alive until a flush). */
  readonly stdout: StdoutBuffer;

  constructor(
    private readonly source: string,
    readonly module: ModuleIR,
    readonly vm: VersionModel,
    readonly recorder: Recorder,
    budgetMs: number,
    private readonly cancel?: { readonly isCancellationRequested: boolean },
  ) {
    this.heap.host = this;
    this.deadline = Date.now() + budgetMs;
    this.clockEvery = recorder.heavy ? 8 : 512;
    this.b = new Builtins(this);
    this.stdout = new StdoutBuffer(this.heap, vm.stdoutOverflowWritesThrough);
    this.adviser = new Adviser(this, module);
    this.makeConstants();
  }

  // ---- budget ----

  /** Statements and steps run so far (a model that must know whether program code ran meanwhile). */
  get stepCount(): number {
    return this.steps;
  }

  tick(): void {
    // (every 512 steps; every 8 when each statement walks the heap: a snapshot of a large heap
    // costs milliseconds, and 512 of them would overrun the budget many times over)
    if (++this.steps % this.clockEvery === 0) {
      if (this.cancel?.isCancellationRequested) throw new AnalysisStopped('cancelled');
      if (Date.now() > this.deadline) throw new AnalysisStopped('budget');
    }
    if (this.steps > LIMITS.MAX_STEPS) throw new AnalysisStopped('steps');
  }

  // ---- constants (co_consts + the script parser's references) ----

  /**
   * The constant objects of `module` with their co_consts references. A text compiled at run time
   * (execText.ts: `prefix` on its keys) has no parser reference: compile() frees its arena.
   */
  makeConstants(module: ModuleIR = this.module, prefix = ''): void {
    // 3.12+ drops the constants a flow-graph fold left unused (remove_unused_consts).
    const dropped = new Map<string, number>();
    if (this.vm.removesUnusedConsts) {
      for (const code of module.codes) for (const key of code.foldedAway ?? []) dropped.set(key, (dropped.get(key) ?? 0) + 1);
    }
    for (const [key, c] of module.constants) {
      const o = this.constObj(c.value, c.pos.line, c.pos.col, prefix ? false : c.literal, key, prefix, prefix ? 0 : c.arena ?? 0, prefix ? undefined : c.itemArena);
      // (an empty bytes a fold made: measured one or two above co_consts, the name and the folded
      // node, by file; what holds the rest is not established, so its count is open)
      if (c.value.t === 'bytes' && c.value.fresh) this.heap.fuzz(o);
      // (≤3.11: a list / set / dict comprehension's own code object holds what it uses, PEP 709)
      // (less the co_consts tuples surely merged into one: lower.ts noteCodeSlack)
      const merged = (this.vm.inlinedComprehensions ? c.codeMerged : c.ownCodeMerged) ?? 0;
      const holders = (this.vm.inlinedComprehensions ? c.holders : c.ownCodeHolders ?? c.holders) - (dropped.get(key) ?? 0) - merged;
      if (!o.immortal) {
        o.rc += holders;
        o.constHolders += holders;
        // (co_consts tuples that may be one merged tuple: lower.ts noteCodeSlack)
        // (name tuples of code objects that may be this one: counted at their most, the slack opens the count downward)
        const names = c.nameTuples ? nameTupleRange(c.nameTuples, o.parserRefs > 0, this.vm.classBodyStamps) : { lo: 0, hi: 0 };
        o.rc += names.hi;
        o.constHolders += names.hi;
        const slack = (this.vm.inlinedComprehensions ? c.codeSlack ?? 0 : c.ownCodeSlack ?? 0) + names.hi - names.lo;
        if (slack) this.countSlack.set(o, (this.countSlack.get(o) ?? 0) + slack);
      }
    }
    if (this.vm.cleansDocstrings && !prefix) cleanDocConstants(this, [...new Set([module, ...module.codes])]);
  }

  /** 3.13: docstring nodes whose co_consts object is the cleaned text's, by that constant's key (docstrings.ts). */
  readonly cleanDocKeys = new Map<Expr, string>();

  /** The merged constant object for a value; the parser's reference is counted once. */
  /**
   * `prefix`: the keys of a text compiled by exec() / eval() / compile() (execText.ts) start with
   * one of their own: its constants are merged within that text only, never with the file's.
   */
  constObj(v: ConstValue, line: number, col: number, literal: boolean | 'folded' = true, key = constKey(v), prefix = '', arena = 0, itemArena?: number[]): PyObj {
    let o = this.constObjs.get(key);
    if (o) return o;
    const imm = this.b.immortalConst(v);
    if (imm) {
      this.constObjs.set(key, imm);
      return imm;
    }
    const type = v.t === 'none' ? 'NoneType' : v.t;
    const site = this.heap.site(line, col, type, () => constRepr(v));
    o = this.heap.alloc(v.t === 'tuple' ? 'tuple' : (v.t as PyObj['kind']), type, site);
    o.rc = 0;
    // (3.12+'s extra reference is the tokenizer's: a bytes value the AST optimizer folded has one)
    // (`arena`: folds that gave back this very object, each folded node one more, and a folded
    // subscript's tuple: lower.ts foldedConst)
    const parser = (!literal ? 0 : v.t === 'bytes' && literal === true ? this.vm.bytesLiteralParserRefs : 1) + arena;
    o.rc += parser;
    o.parserRefs = parser;
    if (v.t === 'tuple') {
      o.items = v.v.map((x, i) => this.heap.incref(this.constObj(x, line, col, true, prefix + constKey(x), prefix, itemArena?.[i] ?? 0))!);
      o.tracked = o.items.some((x) => this.b.mayBeTracked(x));
    } else if (v.t === 'frozenset') {
      // Equal items are one entry (the first one's object), as PyFrozenSet_New keeps them. The
      // compiler merges a frozenset constant into a new one of the merged items; the AST optimizer's
      // own frozenset stays in the parser's arena, holding the set display's own item objects. Those
      // are the merged ones only where the display is the value's first occurrence (constants are
      // made here in the order lowering first met them).
      o.entries = new Map();
      for (const x of v.v) {
        const first = !this.constObjs.has(prefix + constKey(x));
        const item = this.constObj(x, line, col, true, prefix + constKey(x), prefix);
        const k = this.b.hashKey(item);
        if (o.entries.has(k)) continue;
        o.entries.set(k, { key: this.heap.incref(item)!, value: item });
        if (literal && first && !item.immortal) { item.rc++; item.parserRefs++; }
      }
      o.tracked = true;
    } else if (v.t === 'complex') {
      o.value = encodeComplex([v.re, v.v]);
    } else if (v.t === 'int' || v.t === 'float' || v.t === 'str' || v.t === 'bytes') {
      o.value = v.v as never;
    }
    this.constObjs.set(key, o);
    return o;
  }

  // ---- running the module ----

  /** The module's frame: where finalizers and callbacks run when no other frame is active. */
  moduleFrame!: Frame;

  /** The innermost running frame. */
  /**
   * Whether `f` is an executing frame: running now (on the stack), or a generator's or
   * coroutine's frame suspended at a yield (off the stack between steps, but not finished).
   */
  frameExecuting(f: Frame): boolean {
    if (this.stack.includes(f)) return true;
    const g = f.ownerObj;
    return f.live && !!g && g.kind === 'generator' && g.genState === 'suspended';
  }

  top(): Frame {
    return this.stack[this.stack.length - 1] ?? this.moduleFrame;
  }

  *runModule(): G<void> {
    const frame = new Frame(this.module, '<module>', this.globals, 'module', undefined);
    this.moduleFrame = frame;
    this.stack.push(frame);
    try {
      if (this.module.doc) yield* this.storeName('__doc__', docObject(this, this.module.doc) ?? (yield* this.eval(this.module.doc, frame)), frame);
      yield* this.execBlock(this.module.body, frame);
    } finally {
      this.stack.pop();
    }
  }

  /**
   * Functions the program never called still get counts in the editor: each
   * body runs once with unknown arguments, everything it touches widened.
   */
  /** Set while runUncalled runs the functions the program never calls (on unknown arguments). */
  inUncalledRun = false;
  /**
   * The stack depth at which the builtin next() called an iterator's __next__ (-1: none): a
   * StopIteration raised there under a test of unknown direction is a possible raise of that
   * call, not the certain end of an iteration (controlFlow.fuzzyRuns).
   */
  explicitNextDepth = -1;

  *runUncalled(): G<void> {
    this.inUncalledRun = true;
    const moduleFrame = new Frame(this.module, '<module>', this.globals, 'module', undefined);
    for (const code of this.module.codes) {
      const fn = code as FunctionIR;
      if (!('params' in fn) || this.ranCode.has(fn.id) || fn.genComp) continue;
      this.ranCode.add(fn.id);
      const frame = new Frame(fn, fn.qualname, this.globals, 'function', moduleFrame);
      for (const p of fn.params) frame.locals.set(p.name, this.b.unknown(fn.line, 0));
      for (const name of fn.cellVars) {
        const cell = this.b.newCell(fn.line);
        const v = frame.locals.get(name);
        if (v) { frame.locals.delete(name); cell.cellValue = v; }
        frame.cells.set(name, cell);
      }
      for (const name of fn.freeVars) {
        if (frame.cells.has(name)) continue;
        const cell = this.b.newCell(fn.line);
        cell.cellValue = this.b.unknown(fn.line, 0);
        frame.cells.set(name, cell);
      }
      this.stack.push(frame);
      try {
        const body = fn.expr ? (function* (self: Interpreter): G<Completion> { const v = yield* self.eval(fn.expr!, frame); self.heap.decref(v); return NORMAL; })(this) : this.execBlock(fn.body, frame);
        let r = body.next();
        while (!r.done) {
          this.heap.decref(r.value);
          r = body.next(this.b.unknown(fn.line, 0));
        }
        if (r.value.k === 'return') this.heap.decref(r.value.value);
      } catch (err) {
        if (err instanceof PyException) this.heap.decref(err.exc);
        else if (err instanceof RangeError) this.depthCut = true;
        else throw err;
      } finally {
        this.stack.pop();
        this.teardown(frame);
      }
    }
    this.inUncalledRun = false;
  }

  // ---- statements ----

  /** Runs the statements in order; each simple statement is recorded once it completed. */
  *execBlock(stmts: Stmt[], frame: Frame): G<Completion> {
    // (Statement by statement here, not through a generator per statement: one fewer per statement run.)
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      this.tick();
      frame.line = s.line;
      this.currentLine = s.line;
      this.currentCol = s.col;
      const raises = this.mayRaiseEvents;
      const c = yield* this.stmtGen(s, frame);
      if (this.pendingOneOf) settlePendingOneOf(this);
      if (s.record && c.k === 'normal' && isSimpleStmt(s)) this.recorder.afterStatement(s, frame);
      if (c.k !== 'normal') return c;
      // Inside a try with handlers (or a with block that may suppress), a statement that may have
      // raised where the model cannot tell may have left for a handler: the statements after it
      // may not have run (CPython jumps from the raising instruction to the handler). They run as a
      // branch of unknown direction beside the path that skips them, so what they change is open,
      // not as sure as when they surely run (`try: n = int(text); names.append(x)` then
      // `except ValueError: pass` leaves x's count one of two).
      if (this.mayRaiseEvents !== raises && i + 1 < stmts.length && (frame.openTries?.length || frame.suppressingWiths)) {
        const rest = stmts.slice(i + 1);
        return yield* cf.fuzzyRuns(this, [() => this.execBlock(rest, frame), function* () { return NORMAL; }], frame);
      }
    }
    return NORMAL;
  }

  /**
   * The generator that runs `s`: one small generator per statement kind (a
   * generator object is sized for every local of its function), and none for
   * the statements that cannot suspend or fail.
   */
  private stmtGen(s: Stmt, frame: Frame): G<Completion> {
    switch (s.k) {
      case 'expr': return this.execExprStmt(s, frame);
      case 'assign': return this.execAssign(s, frame);
      case 'annassign': return this.execAnnAssign(s, frame);
      case 'augassign': return this.augAssign(s, frame);
      case 'return': return this.execReturn(s, frame);
      case 'del': return this.execDel(s, frame);
      case 'pass': case 'global': case 'nonlocal': return this.finishedStmt(NORMAL);
      case 'break': return this.finishedStmt({ k: 'break' });
      case 'continue': return this.finishedStmt({ k: 'continue' });
      case 'if': return this.execIf(s, frame);
      case 'while': return this.execWhile(s, frame);
      case 'for': return this.execFor(s, frame);
      case 'try': return this.execTry(s, frame);
      case 'with': return this.execWith(s, frame, 0);
      case 'match': return execMatch(this, s, frame);
      case 'def': return this.execDef(s, frame);
      case 'class': return this.execClass(s, frame);
      case 'import': return this.execImport(s, frame);
      case 'importfrom': return this.execImportFrom(s, frame);
      case 'raise': return this.execRaise(s, frame);
      case 'assert': return this.execAssert(s, frame);
      case 'unknown': return this.execUnknownStmt(s, frame);
    }
  }

  private readonly doneStmt = new FinishedIterator<Completion>();

  private finishedStmt(c: Completion): G<Completion> {
    this.doneStmt.value = c;
    return this.doneStmt as unknown as G<Completion>;
  }

  private *execExprStmt(s: Stmt & { k: 'expr' }, frame: Frame): G<Completion> {
    const v = yield* this.eval(s.value, frame);
    this.heap.decref(v);
    return NORMAL;
  }

  private *execAssign(s: Stmt & { k: 'assign' }, frame: Frame): G<Completion> {
    const v = yield* this.eval(s.value, frame);
    for (let i = 0; i < s.targets.length; i++) {
      // Chained assignment: every target but the last gets its own reference (DUP_TOP).
      if (i < s.targets.length - 1) this.heap.incref(v);
      yield* this.assign(s.targets[i], v, frame, s.value);
    }
    return NORMAL;
  }

  private *execAnnAssign(s: Stmt & { k: 'annassign' }, frame: Frame): G<Completion> {
    if (s.value) {
      const v = yield* this.eval(s.value, frame);
      yield* this.assign(s.target, v, frame);
    }
    if (s.annotation && s.target.k === 'name') {
      const t = yield* this.eval(s.annotation, frame);
      // The namespace's __annotations__ dict (SETUP_ANNOTATIONS made it; made here at first use).
      const ns = frame.kind === 'class' ? frame.locals : frame.globals;
      let d = ns.get('__annotations__');
      if (!d) ns.set('__annotations__', (d = this.b.newDict(s)));
      if (d.kind === 'dict') this.b.dictSet(d, this.b.newStrImmortal(s.target.id), t);
      else this.heap.decref(t);
    }
    return NORMAL;
  }

  private *execReturn(s: Stmt & { k: 'return' }, frame: Frame): G<Completion> {
    const v = s.value ? yield* this.eval(s.value, frame) : this.b.none;
    return { k: 'return', value: v };
  }

  private *execDel(s: Stmt & { k: 'del' }, frame: Frame): G<Completion> {
    for (const t of s.targets) yield* this.del(t, frame);
    return NORMAL;
  }

  /** The class's own Python-level dunder of an instance, as the type slot finds it (or undefined: the builtin path answers). */
  instanceDunder(v: PyObj, name: string): PyObj | undefined {
    if (v.kind !== 'instance') return undefined;
    const m = this.b.lookupClassAttr(v.cls, name);
    return m?.kind === 'function' ? m : undefined;
  }

  /**
   * Calls an instance's own dunder the way a type slot does (slot_nb_*, slot_am_await, …): self and the
   * arguments borrowed. Undefined when the class has no such Python method.
   */
  *callInstanceDunder(v: PyObj, name: string, args: PyObj[], frame: Frame, site: { line: number; col: number; key: string }): G<PyObj | undefined> {
    const m = this.instanceDunder(v, name);
    return m ? yield* this.callFromC(m, [v, ...args], frame, site) : undefined;
  }

  /**
   * The truth of a tested value (t owned, released here): an instance's own __bool__, else its
   * __len__, runs (slot_nb_bool, self borrowed); everything else answers at once.
   * Every truth test goes through here (if, while, assert, not, and/or, ternary, comprehension
   * filters, match guards, any/all, filter) so the same value has one answer whatever the syntax.
   */
  *truthOf(t: PyObj, frame: Frame, borrowed = false): G<boolean | undefined> {
    try {
      // (a value the model knows nothing of — what a library call gave: its __bool__ / __len__ may
      // raise, e.g. a numpy array's "truth value … is ambiguous"; an `except` after the test runs)
      if (opaqueValue(t)) this.noteMayRaise();
      if (t.kind !== 'instance') return this.b.truthy(t);
      const site = { line: frame.line, col: 0, key: `${frame.line}:bool` };
      const viaBool = yield* this.callInstanceDunder(t, '__bool__', [], frame, site);
      const r = viaBool ?? (yield* this.callInstanceDunder(t, '__len__', [], frame, site));
      // (a list / dict subclass without either: the builtin part's length)
      if (!r) return this.b.truthy(t.basePayload ?? t);
      // __bool__ must give a bool (an int is a TypeError too); __len__ an int >= 0 (lenResult)
      if (viaBool && r.kind !== 'bool' && exactBuiltin(r)) {
        this.heap.decref(r);
        throw this.raiseObj(typeError(this.b, `__bool__ should return bool, returned ${r.type}`, site), frame, true);
      }
      const n = viaBool ? r : lenResult(this, r, frame, site);
      const v = n.kind === 'bool' || n.kind === 'int' ? this.b.truthy(n) : undefined;
      this.heap.decref(n);
      return v;
    } finally {
      if (!borrowed) this.heap.decref(t);
    }
  }

  private *execIf(s: Stmt & { k: 'if' }, frame: Frame): G<Completion> {
    const truth = yield* this.truthOf(yield* this.eval(s.test, frame), frame);
    if (truth === undefined) return yield* this.fuzzyBranches([s.body, s.orelse], frame);
    return yield* this.execBlock(truth ? s.body : s.orelse, frame);
  }

  private *execDef(s: Stmt & { k: 'def' }, frame: Frame): G<Completion> {
    const f = yield* this.makeFunction(s.fn, frame);
    const decorated = yield* this.applyDecorators(s.decorators, f, frame, s);
    yield* this.storeName(s.fn.name, decorated, frame);
    return NORMAL;
  }

  private *execClass(s: Stmt & { k: 'class' }, frame: Frame): G<Completion> {
    const c = yield* this.makeClass(s.cls, frame, s);
    if (s.decorators.length) forgetClassNamespace(c);
    const decorated = yield* this.applyDecorators(s.decorators, c, frame, s);
    yield* this.storeName(s.cls.name, decorated, frame);
    return NORMAL;
  }

  private *execImport(s: Stmt & { k: 'import' }, frame: Frame): G<Completion> {
    for (const n of s.names) {
      // `import a.b.c` imports a.b and a.b.c too and binds them as attributes of their parents:
      // `a.b.c` then reads the submodule (builtins.ts getModuleAttr finds it among the modules).
      const parts = n.module.split('.');
      for (let i = 2; !n.asname && i <= parts.length; i++) this.b.importModule(parts.slice(0, i).join('.'));
      const mod = this.b.importModule(n.asname ? n.module : parts[0]);
      yield* this.storeName(n.asname ?? n.module.split('.')[0], mod, frame);
    }
    return NORMAL;
  }

  private *execImportFrom(s: Stmt & { k: 'importfrom' }, frame: Frame): G<Completion> {
    const mod = this.b.importModule(s.module);
    for (const n of s.names) {
      // (getModuleAttr lends the module's reference; the name takes one of its own)
      const v = this.heap.incref(this.b.getModuleAttr(mod, n.name, s))!;
      yield* this.storeName(n.asname ?? n.name, v, frame);
    }
    return NORMAL;
  }

  private *execRaise(s: Stmt & { k: 'raise' }, frame: Frame): G<Completion> {
    if (!s.exc) {
      const cur = this.currentHandled(frame);
      // RAISE_VARARGS 0 re-raises the handled exception and goes straight to exception_unwind
      // (3.11-3.13), skipping the error path's PyTraceBack_Here: no entry for this frame.
      if (cur?.kind === 'exception') throw new PyException(this.heap.incref(cur)!);
      if (cur) throw this.raiseObj(this.heap.incref(cur)!, frame, /* fresh */ false);
      throw this.raiseObj(this.b.cError('RuntimeError', s), frame, true);
    }
    let e = yield* this.eval(s.exc, frame);
    if (e.kind === 'class') {
      const inst = yield* this.callObject(e, [], [], frame, { line: s.line, col: s.col, key: `${s.line}:${s.col}:raise` });
      this.heap.decref(e);
      e = inst;
    }
    if (s.cause) {
      const c = yield* this.eval(s.cause, frame);
      if (e.kind === 'exception') { this.heap.decref(e.cause); e.cause = c; } else this.heap.decref(c);
    }
    throw this.raiseObj(e, frame, true);
  }

  private *execAssert(s: Stmt & { k: 'assert' }, frame: Frame): G<Completion> {
    const truth = yield* this.truthOf(yield* this.eval(s.test, frame), frame);
    if (truth === false) {
      // (the message is evaluated only now, and becomes the exception's one argument: AssertionError(msg))
      const args = s.msg ? [yield* this.eval(s.msg, frame)] : [];
      throw this.raiseObj(this.b.newException('AssertionError', args, s), frame, true);
    }
    // (a test of unknown truth may fail: an AssertionError the model does not see, which a try may catch)
    if (truth === undefined) this.noteMayRaise();
    return NORMAL;
  }

  private *execUnknownStmt(s: Stmt & { k: 'unknown' }, frame: Frame): G<Completion> {
    this.b.havocFrame(frame);
    return NORMAL;
  }

  // ---- compound statements (controlFlow.ts) ----

  /** `except … as NAME` names being bound right now (they are deleted at the handler's end). */
  readonly handlerNames = new Set<string>();

  fuzzyBranches(branches: Stmt[][], frame: Frame): G<Completion> { return cf.fuzzyBranches(this, branches, frame); }
  execWhile(s: Stmt & { k: 'while' }, frame: Frame): G<Completion> { return cf.execWhile(this, s, frame); }
  execFor(s: Stmt & { k: 'for' }, frame: Frame): G<Completion> { return cf.execFor(this, s, frame); }
  execTry(s: Stmt & { k: 'try' }, frame: Frame): G<Completion> { return cf.execTry(this, s, frame); }
  matches(exc: PyObj, typeExpr: Expr, frame: Frame): boolean { return cf.matches(this, exc, typeExpr, frame); }
  runHandler(h: { name?: string; body: Stmt[] }, exc: PyObj, frame: Frame): G<Completion> { return cf.runHandler(this, h, exc, frame); }
  currentHandled(frame: Frame): PyObj | undefined { return cf.currentHandled(this, frame); }
  execWith(s: Stmt & { k: 'with' }, frame: Frame, i: number): G<Completion> { return cf.execWith(this, s, frame, i); }
  applyDecorators(decorators: Expr[], obj: PyObj, frame: Frame, s: Stmt): G<PyObj> { return cf.applyDecorators(this, decorators, obj, frame, s); }

  // ---- exceptions ----

  /** Whether a try or with statement around the running one (in this frame or a caller's) could catch an exception. */
  enclosingTry(frame: Frame): boolean {
    if (frame.tryDepth > 1) return true;
    return this.stack.some((f) => f !== frame && f.tryDepth > 0);
  }

  /** Attaches a traceback entry for `frame` and wraps the exception for throwing. */
  raiseObj(exc: PyObj, frame: Frame, fresh: boolean): PyException {
    if (exc.kind !== 'exception') {
      this.heap.decref(exc);
      exc = this.b.cError('TypeError', { line: frame.line, col: 0 });
    }
    if (fresh) {
      const ctx = this.currentHandled(frame);
      if (ctx && ctx !== exc && !exc.context) {
        // (_PyErr_SetObject avoids a new cycle through the context chain: an exception of the
        // handled one's chain whose context is the one raised loses that link: `raise ea` inside
        // the handler of eb, which ea's handler raised, leaves eb.__context__ None)
        const seen = new Set<PyObj>();
        for (let o: PyObj = ctx; o.context && !seen.has(o); o = o.context) {
          seen.add(o);
          if (o.context === exc) {
            o.context = undefined;
            this.heap.decref(exc);
            break;
          }
        }
        exc.context = this.heap.incref(ctx);
        this.recorder.noteEdge(exc, ctx);
      }
    }
    this.addTraceback(exc, frame);
    // (where it is raised: after a hook the C code called returned, currentLine is still the hook's
    // last line; an uncaught exception is reported at this line)
    this.currentLine = frame.line;
    return new PyException(exc);
  }

  addTraceback(exc: PyObj, frame: Frame): void {
    if (exc.kind !== 'exception') return;
    const fo = this.frameObject(frame);
    const tb = this.heap.alloc('traceback', 'traceback', this.heap.site(frame.line, 0, 'traceback', 'traceback'));
    tb.tracked = true;
    tb.tbFrame = this.heap.incref(fo);
    tb.tbNext = exc.traceback;
    exc.traceback = tb;
  }

  /** The frame object of a frame (created on first need, owned by the frame). */
  frameObject(frame: Frame): PyObj {
    if (frame.frameObj && frame.frameObj.alive) return frame.frameObj;
    const fo = this.heap.alloc('frame', 'frame', this.heap.site(frame.code.line, 0, 'frame', `frame of ${frame.qualname}`));
    fo.tracked = true;
    fo.frame = frame;
    frame.frameObj = fo;
    return fo;
  }

  // ---- assignment (assignment.ts) ----

  assign(target: Expr, value: PyObj, frame: Frame, rhs?: Expr): G<void> { return asg.assign(this, target, value, frame, rhs); }
  storeName(name: string, value: PyObj, frame: Frame): G<void> { return asg.storeName(this, name, value, frame); }
  storeNameScoped(name: string, scope: string, value: PyObj, frame: Frame): G<void> { return asg.storeNameScoped(this, name, scope, value, frame); }
  unbindName(name: string, frame: Frame): void { return asg.unbindName(this, name, frame); }
  del(t: Expr, frame: Frame): G<void> { return asg.del(this, t, frame); }
  augAssign(s: Stmt & { k: 'augassign' }, frame: Frame): G<Completion> { return asg.augAssign(this, s, frame); }

  // ---- expressions ----

  /**
   * Evaluates `e` to an owned reference. Constants and names (about half of
   * all evaluations) cannot suspend, so they are answered through one reused
   * already-finished iterator instead of a new generator object each: `yield*`
   * reads it at once, and the allocations were a large share of the run's GC.
   * Every other kind gets its own small generator: V8 sizes a generator object
   * for all the locals of its function, and one generator over every kind
   * (the former evalGen) cost about three times as much per call.
   */
  eval(e: Expr, frame: Frame): G<PyObj> {
    switch (e.k) {
      case 'const': {
        const o = this.constObjs.get(e.key) ?? this.constObj(e.value, e.line, e.col);
        return this.finished(this.heap.incref(o)!);
      }
      case 'name': return this.finished(this.loadName(e, frame));
      case 'list': case 'tuple': case 'set': return this.evalSeq(e, frame);
      case 'dict': return this.evalDict(e, frame);
      case 'star': return this.eval(e.value, frame);
      case 'binop': return this.evalBinop(e, frame);
      case 'unary': return this.evalUnary(e, frame);
      case 'boolop': return this.evalBoolop(e, frame);
      case 'compare': return this.evalCompare(e, frame);
      case 'call': return this.evalCall(e, frame);
      case 'attr': return this.evalAttr(e, frame);
      case 'subscript': return this.evalSubscript(e, frame);
      case 'slice': return this.evalSlice(e, frame);
      case 'ifexp': return this.evalIfExp(e, frame);
      case 'lambda': return this.makeFunction(e.fn, frame);
      case 'comp': return this.evalComp(e, frame);
      case 'yield': return this.evalYield(e, frame);
      case 'yieldfrom': return this.evalYieldFrom(e, frame);
      case 'await': return this.evalAwait(e, frame);
      case 'walrus': return this.evalWalrus(e, frame);
      case 'fstring': return this.evalFString(e, frame);
      case 'unknown': return this.evalUnknownExpr(e, frame);
    }
  }

  private readonly doneIter = new FinishedIterator();

  private finished(v: PyObj): G<PyObj> {
    this.doneIter.value = v;
    return this.doneIter as unknown as G<PyObj>;
  }

  private *evalSeq(e: Expr & { k: 'list' | 'tuple' | 'set' }, frame: Frame): G<PyObj> {
    const items: PyObj[] = [];
    // Made-up items of a starred iteration (not of calls among the elements) leave the content unknown.
    let standIns = 0;
    try {
      for (const x of e.elts) {
        if (x.k === 'star') {
          const src = yield* this.eval(x.value, frame);
          try {
            const before = this.b.standIns;
            // (`[*x]` / `(*x,)` extend a list, list_extend; `{*x}` updates a set: no length hint)
            items.push(...(yield* this.b.iterateAll(src, frame, e.k !== 'set')));
            standIns += this.b.standIns - before;
          } finally {
            this.heap.decref(src);
          }
        } else items.push(yield* this.eval(x, frame));
      }
    } catch (err) {
      // (an element that raises: the display built so far, and what the stack held, go)
      for (const x of items) this.heap.decref(x);
      throw err;
    }
    if (e.k === 'tuple' && items.length === 0) return this.heap.incref(this.b.emptyTuple)!;
    if (e.k === 'set') {
      // BUILD_SET: an unhashable member fails the build; the set and the items are dropped.
      const bad = items.map((x) => unhashableKey(this.b, x, e)).find((x) => x);
      if (bad) { for (const x of items) this.heap.decref(x); throw this.raiseObj(bad, frame, true); }
      yield* settleOwnedKeys(this.b, items, frame, false, false, true);
      const set = this.b.newSet(items, e, 'set');
      if (standIns) this.b.fuzzContent(set);
      return set;
    }
    const seq = this.b.newSeq(e.k, items, e);
    if (standIns) this.b.fuzzContent(seq);
    return seq;
  }

  /**
   * `f(**m)` of an instance read through keys() and [] (DICT_MERGE's PyDict_Merge): a new dict of
   * what they give, m released; any other mapping as it is.
   */
  private *mappingForKeywords(src: PyObj, frame: Frame, pos: Pos): G<PyObj> {
    // (`f(**m)` of an object the model knows nothing of: it may be no mapping, TypeError, or its
    // keys() / [] may raise; an `except` after the call runs)
    if (opaqueValue(src)) this.noteMayRaise();
    if (surelyNoMapping(src)) {
      this.heap.decref(src);
      throw this.raiseObj(this.b.cError('TypeError', pos), frame, true);
    }
    if (!followsMappingProtocol(this.b, src)) return src;
    const d = this.b.newDict(pos);
    try {
      yield* mergeMappingProtocol(this.b, d, src, frame, pos);
    } catch (err) {
      this.heap.decref(d);
      throw err;
    } finally {
      this.heap.decref(src);
    }
    return d;
  }

  private *evalDict(e: Expr & { k: 'dict' }, frame: Frame): G<PyObj> {
    const d = this.b.newDict(e);
    // BUILD_MAP takes a run of `key: value` pairs once all of them are evaluated (compiler_subdict:
    // a run of more than 15 is MAP_ADDed pair by pair); `**m` is DICT_UPDATE. An exception (an
    // unhashable key, a raising value) releases the dict and what is evaluated but not yet in it.
    const pending: PyObj[] = [];
    const runEnd = (i: number): number => { let j = i; while (j < e.items.length && !('splat' in e.items[j])) j++; return j; };
    try {
      let end = 0;
      let big = false;
      for (let i = 0; i < e.items.length; i++) {
        const it = e.items[i];
        if ('splat' in it) {
          const src = yield* this.eval(it.splat, frame);
          // (`{**m}` likewise: DICT_UPDATE of what may be no mapping raises TypeError)
          if (opaqueValue(src)) this.noteMayRaise();
          try {
            if (surelyNoMapping(src)) throw this.raiseObj(this.b.cError('TypeError', it.splat), frame, true);
            if (!(yield* mergeMappingProtocol(this.b, d, src, frame, it.splat))) {
              // (DICT_UPDATE is PyDict_Update: dict_merge compares src's keys with those stored so far)
              if (src.kind === 'dict') yield* mergeCompares(this.b, d, src, frame, false);
              this.b.dictUpdate(d, src);
            }
          } finally {
            this.heap.decref(src);
          }
          continue;
        }
        if (i >= end) { end = runEnd(i); big = end - i > 15; }
        pending.push(yield* this.eval(it.key, frame));
        pending.push(yield* this.eval(it.value, frame));
        if (!big && i + 1 < end) continue;
        // (BUILD_MAP's _PyDict_FromItems stores each pair with PyDict_SetItem, its own references,
        // and the stack lets the keys and values go after the last one: the pairs stored first stay
        // held while later keys' __hash__ / __eq__ run; measured 3.11-3.13, a stored key at 6 in its
        // __eq__ under `{a: 1, b: 2}`: local, stack, dict, the lookup's, frame, a local)
        const built: PyObj[] = [];
        try {
          while (pending.length) {
            const [k, v] = pending;
            const bad = unhashableKey(this.b, k, it.key);
            if (bad) throw this.raiseObj(bad, frame, true);
            yield* lookupKeyForSetItem(this.b, k, frame, d, v);
            pending.splice(0, 2);
            built.push(k, v);
            this.b.dictSet(d, this.heap.incref(k)!, this.heap.incref(v)!);
          }
        } finally {
          for (const x of built) this.heap.decref(x);
        }
      }
    } catch (err) {
      for (const x of pending) this.heap.decref(x);
      this.heap.decref(d);
      throw err;
    }
    return d;
  }

  private *evalBinop(e: Expr & { k: 'binop' }, frame: Frame): G<PyObj> {
    // Operands are released however the operation ends (an exception unwinds the value stack).
    const l = yield* this.eval(e.left, frame);
    let r: PyObj | undefined;
    try {
      r = yield* this.eval(e.right, frame);
      return yield* this.b.binop(e.op, l, r, frame, false, e);
    } finally {
      this.heap.decref(l);
      this.heap.decref(r);
    }
  }

  private *evalUnary(e: Expr & { k: 'unary' }, frame: Frame): G<PyObj> {
    const v = yield* this.eval(e.operand, frame);
    try {
      return yield* this.unaryOp(e.op, v, frame, e);
    } finally {
      this.heap.decref(v);
    }
  }

  /** `op v` (v borrowed, result owned): the unary operators' path, shared with operator.neg / pos / invert / not_. */
  *unaryOp(op: string, v: PyObj, frame: Frame, pos: { line: number; col: number }): G<PyObj> {
    // -x / +x / ~x of an instance: its class's __neg__ / __pos__ / __invert__ (slot_nb_*, self borrowed).
    const dunder = op === '-' ? '__neg__' : op === '+' ? '__pos__' : op === '~' ? '__invert__' : undefined;
    const r = dunder ? yield* this.callInstanceDunder(v, dunder, [], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:${dunder}` }) : undefined;
    if (r) return r;
    if (op === 'not' && (v.kind === 'instance' || opaqueValue(v))) {
      const truth = yield* this.truthOf(this.heap.incref(v)!, frame);
      return truth === undefined ? this.b.unknown(pos.line, pos.col) : this.b.bool(!truth);
    }
    return this.b.unary(op, v, frame, pos);
  }

  private *evalBoolop(e: Expr & { k: 'boolop' }, frame: Frame, from = 0): G<PyObj> {
    let v = yield* this.eval(e.values[from], frame);
    for (let i = from + 1; i < e.values.length; i++) {
      // (3.12+: COPY 1 and the jump's test, a reference of its own; 3.11's JUMP_IF_*_OR_POP tests the stack's)
      const tested = v.kind === 'instance' || opaqueValue(v);
      const t = !tested ? this.b.truthy(v) : this.vm.boolopCopiesOperand ? yield* this.truthOf(this.heap.incref(v)!, frame) : yield* this.truthOf(v, frame, true);
      if (t === undefined) {
        // `v or rest` / `v and rest` of a v whose truth is not known: the value is v or the
        // rest's, as for `a if c else b` (measured: `f"{e}{e!a}" or "fallback"` with e = "" is
        // the f-string's "''"; the model stored the fallback, exact).
        return this.eitherValue(v, yield* this.evalBoolop(e, frame, i));
      }
      if (e.op === 'and' ? t === false : t === true) return v;
      this.heap.decref(v);
      v = yield* this.eval(e.values[i], frame);
    }
    return v;
  }

  private *evalCompare(e: Expr & { k: 'compare' }, frame: Frame): G<PyObj> {
    let left: PyObj | undefined = yield* this.eval(e.operands[0], frame);
    let right: PyObj | undefined;
    let result: PyObj = this.b.trueObj;
    try {
      for (let i = 0; i < e.ops.length; i++) {
        right = yield* this.eval(e.operands[i + 1], frame);
        // (a middle operand is on the stack twice while its first comparison runs: SWAP, COPY 2)
        const r = yield* heldWhile(this.heap, [right], i < e.ops.length - 1 ? 1 : 0, this.b.compare(e.ops[i], left!, right, frame, e));
        this.heap.decref(left);
        left = right;
        right = undefined;
        result = r;
        // (COMPARE_OP then the jump's truth test between links: the last link's value is the answer, untested)
        if (i < e.ops.length - 1 && (yield* this.truthOf(this.heap.incref(r)!, frame)) !== true) break;
      }
    } finally {
      this.heap.decref(left);
      this.heap.decref(right);
    }
    return result;
  }

  private *evalAttr(e: Expr & { k: 'attr' }, frame: Frame): G<PyObj> {
    const obj = yield* this.eval(e.obj, frame);
    // (3.12+ LOAD_ATTR_PROPERTY: the stack's reference to obj becomes the getter's argument)
    const getter = specializedPropertyGetter(this.b, obj, e.name, frame, e.line, e.col);
    if (getter) return yield* this.callObject(getter, [obj], [], frame, { line: e.line, col: e.col, key: `${e.line}:${e.col}` });
    try {
      return yield* this.b.getAttr(obj, e.name, frame, { line: e.line, col: e.col, key: `${e.line}:${e.col}` });
    } catch (err) {
      if (err instanceof PyException) this.b.noteAttributeErrorObject(err.exc, obj);
      throw err;
    } finally {
      this.heap.decref(obj);
    }
  }

  private *evalSubscript(e: Expr & { k: 'subscript' }, frame: Frame): G<PyObj> {
    let obj: PyObj | undefined = yield* this.eval(e.obj, frame);
    let idx: PyObj | undefined;
    try {
      idx = yield* this.eval(e.index, frame);
      // (3.12+ BINARY_SUBSCR_GETITEM: the stack's references become the callee's arguments)
      const getitem = specializedGetitem(this.b, obj, frame, e.line, e.col);
      if (getitem) {
        const [o, i] = [obj, idx];
        obj = idx = undefined;
        return yield* this.callObject(getitem, [o, i], [], frame, { line: frame.line, col: 0, key: 'getitem' });
      }
      return yield* this.b.getItem(obj, idx, frame);
    } finally {
      this.heap.decref(idx);
      this.heap.decref(obj);
    }
  }

  private *evalSlice(e: Expr & { k: 'slice' }, frame: Frame): G<PyObj> {
    const parts: (PyObj | undefined)[] = [];
    for (const p of [e.lower, e.upper, e.step]) parts.push(p ? yield* this.eval(p, frame) : undefined);
    const s = this.heap.alloc('slice', 'slice', this.heap.site(e.line, e.col, 'slice', 'slice'));
    s.sliceParts = parts;
    return s;
  }

  private *evalIfExp(e: Expr & { k: 'ifexp' }, frame: Frame): G<PyObj> {
    const truth = yield* this.truthOf(yield* this.eval(e.test, frame), frame);
    if (truth === undefined) {
      const a = yield* this.eval(e.body, frame);
      return this.eitherValue(a, yield* this.eval(e.orelse, frame));
    }
    return yield* this.eval(truth ? e.body : e.orelse, frame);
  }

  /**
   * a or b (both owned) is the value an expression gives, the model cannot tell which: both counts
   * are open. The one the model goes on with is the mortal one where the other is immortal (None,
   * a small int): an immortal result would report the target as immortal, and the other
   * operand's count as exact, when either may be wrong.
   */
  private eitherValue(a: PyObj, b: PyObj): PyObj {
    this.heap.escape(a);
    this.heap.escape(b);
    const keep = a.immortal && !b.immortal ? b : a;
    this.heap.decref(keep === a ? b : a);
    return keep;
  }

  private *evalYield(e: Expr & { k: 'yield' }, frame: Frame): G<PyObj> {
    // (suspended inside a loop over a set: which round it is in is not known, setOrder.ts)
    if (this.walkDepth) settleActiveWalks(this, frame);
    const v = e.value ? yield* this.eval(e.value, frame) : this.b.none;
    const sent = yield v;
    return sent ?? this.b.none;
  }

  private *evalYieldFrom(e: Expr & { k: 'yieldfrom' }, frame: Frame): G<PyObj> {
    const src = yield* this.eval(e.value, frame);
    let it: PyObj;
    try {
      it = yield* this.b.getIter(src, frame);
    } finally {
      this.heap.decref(src);
    }
    return yield* this.delegate(it, frame);
  }

  /**
   * `yield from it` / `await it` (it owned): what it yields goes to whoever drives this frame,
   * what is sent comes back to it; its return value is the result.
   */
  private *delegate(it: PyObj, frame: Frame): G<PyObj> {
    const temp = { obj: it, label: YIELD_FROM_LABEL };
    frame.temps.push(temp);
    try {
      let sent: PyObj | undefined;
      for (;;) {
        // 3.11: the delegating frame keeps the sent value while the inner generator runs.
        const kept = this.vm.yieldFromKeepsSent ? this.heap.incref(sent) : undefined;
        let r: { done: boolean; value: PyObj };
        try {
          r = yield* this.b.resume(it, sent, frame);
        } finally {
          this.heap.decref(kept);
        }
        sent = undefined;
        for (;;) {
          if (r.done) return r.value;
          try {
            sent = yield r.value;
            break;
          } catch (err) {
            // close() / throw() on this generator reach the one it delegates to (gen_close_iter,
            // _gen_throw): close() closes it first (its handlers run), then GeneratorExit goes
            // on here; throw() raises in it, and its next yield, return or exception is ours.
            if (!(err instanceof PyException)) throw err;
            if (it.kind !== 'generator') {
              r = yield* this.throwIntoIterator(it, err, frame);
              // (3.11: _gen_throw holds the StopIteration's value while this frame runs on, as below)
              if (r.done && this.vm.throwHoldsYieldFromResult && !frame.throwHeld) frame.throwHeld = this.heap.incref(r.value);
              continue;
            }
            if (this.b.isSubclass(this.b.classOf(err.exc), this.b.types.get('GeneratorExit')!)) {
              this.heap.decref(this.b.closeGenerator(it, frame.closer ?? frame));
              throw err;
            }
            r = yield* this.b.throwInto(it, err.exc, frame);
            if (r.done && this.vm.throwHoldsYieldFromResult && !frame.throwHeld) frame.throwHeld = this.heap.incref(r.value);
          }
        }
      }
    } finally {
      frame.temps.splice(frame.temps.lastIndexOf(temp), 1);
      this.heap.decref(it);
    }
  }

  /**
   * throw() / close() reaching an iterator of the program's that `yield from` delegates to (the
   * _gen_throw and gen_close_iter branches for what is not a generator): its own `throw(exc)` is
   * called, and what it returns is yielded, its StopIteration ends the delegation, any other
   * exception is raised here; GeneratorExit calls its `close()` and goes on here (or what close()
   * raised does). Without such a method the exception is raised here. (throw() gets the exception
   * object: the model made it from a class already.)
   */
  private *throwIntoIterator(it: PyObj, err: PyException, frame: Frame): G<{ done: boolean; value: PyObj }> {
    const closing = this.b.isSubclass(this.b.classOf(err.exc), this.b.types.get('GeneratorExit')!);
    const name = closing ? 'close' : 'throw';
    if (it.kind !== 'instance' || !this.b.lookupClassAttr(it.cls, name)) throw err;
    const site = { line: frame.line, col: 0, key: `${frame.line}:yf-${name}` };
    const meth = yield* this.b.getAttr(it, name, frame, site);
    let value: PyObj;
    try {
      value = yield* this.callFromC(meth, closing ? [] : [err.exc], frame, site);
    } catch (inner) {
      if (inner instanceof PyException && !closing && this.b.isSubclass(this.b.classOf(inner.exc), this.b.types.get('StopIteration')!)) {
        const value = this.heap.incref(inner.exc.slots?.get('value')) ?? this.b.none;
        this.heap.decref(inner.exc);
        this.heap.decref(err.exc);
        return { done: true, value };
      }
      if (inner instanceof PyException) this.heap.decref(err.exc);
      throw inner;
    } finally {
      this.heap.decref(meth);
    }
    if (closing) {
      this.heap.decref(value);
      throw err;
    }
    this.heap.decref(err.exc);
    return { done: false, value };
  }

  private *evalAwait(e: Expr & { k: 'await' }, frame: Frame): G<PyObj> {
    return yield* this.awaitValue(yield* this.eval(e.value, frame), frame, e);
  }

  /** GET_AWAITABLE and the SEND loop on an owned value (`await v`, `async with`, `async for`): the result, owned. */
  *awaitValue(v: PyObj, frame: Frame, e: Pos, tag = 'await'): G<PyObj> {
    // A coroutine is delegated to like `yield from`; so is what an object's own __await__ returns.
    if (v.builtinName === COROUTINE) return yield* this.delegate(v, frame);
    for (const kind of SPECIAL_AWAITABLES) if (kind.matches(this, v, frame)) return yield* kind.await(this, v, frame, e, tag);
    if (this.instanceDunder(v, '__await__')) {
      let it: PyObj;
      try {
        it = (yield* this.callInstanceDunder(v, '__await__', [], frame, { line: e.line, col: e.col, key: `${e.line}:${e.col}:${tag}` }))!;
      } finally {
        this.heap.decref(v);
      }
      if (it.kind === 'generator') return yield* this.delegate(it, frame);
      this.heap.escape(it);
      this.heap.decref(it);
      return this.b.unknown(e.line, e.col);
    }
    this.heap.escape(v);
    if (this.asyncLoop && suspendsToLoop(this.asyncLoop, frame)) {
      // A future the model does not follow (a Task, asyncio.sleep's, gather's): the task yields
      // it to the loop and resumes with its result, or an exception (CancelledError …).
      const sent = yield v;
      this.noteMayRaise();
      return sent ?? this.b.unknown(e.line, e.col);
    }
    this.heap.decref(v);
    return this.b.unknown(e.line, e.col);
  }

  private *evalWalrus(e: Expr & { k: 'walrus' }, frame: Frame): G<PyObj> {
    const v = yield* this.eval(e.value, frame);
    this.heap.incref(v);
    yield* this.assign(e.target, v, frame);
    return v;
  }

  private *evalFString(e: Expr & { k: 'fstring' }, frame: Frame): G<PyObj> {
    // Each interpolated value is formatted (format(x) → str(x): a user __str__ runs).
    const site: CallSite = { line: e.line, col: e.col, key: `${e.line}:${e.col}:fstring` };
    if (e.whole && e.parts.length === 1) {
      const v = yield* this.eval(e.parts[0], frame);
      if (v.kind === 'str') return v;
      // (`{x!s}` converts with PyObject_Str on the value the stack holds; `{x}` calls its __format__
      // method, the bound method holding x once more)
      const converted = e.pieces?.some((p) => typeof p !== 'string' && p.conv === 's');
      try {
        return (converted ? undefined : yield* userFormat(this.b, v, this.b.newStrImmortal(''), frame, site)) ?? (yield* this.b.textOf(v, 'str', frame, site, converted ? 0 : 1));
      } finally {
        // (FORMAT_VALUE pops the value, also when formatting it raised)
        this.heap.decref(v);
      }
    }
    if (e.spec !== undefined && e.parts.length === 1) {
      // str.__format__ with a spec that changes nothing (a width the text already has) gives the str back.
      const v = yield* this.eval(e.parts[0], frame);
      try {
        return (yield* formatWithOwnHook(this.b, v, e.spec, false, frame, site, e)) ?? (yield* formatWithSpec(this.b, v, e.spec, frame, site, e));
      } finally {
        this.heap.decref(v);
      }
    }
    // FORMAT_VALUE for each interpolation, then BUILD_STRING of the pieces: a new str (the text,
    // when every piece's is known), even of one character.
    const texts: (string | undefined)[] = [];
    const lone = e.parts.length === 1 && e.pieces?.length === 1;
    for (let i = 0; i < e.parts.length; i++) {
      const piece = e.pieces?.find((p): p is Exclude<FPiece, string> => typeof p !== 'string' && p.i === i);
      const v = yield* this.eval(e.parts[i], frame);
      if (piece?.spec && !piece.dynamic && specRefusedNoting(this.b, v, piece.conv ? 'str' : exactBuiltin(v) ? v.kind : '', piece.spec)) {
        this.heap.decref(v);
        throw this.raiseObj(this.b.cError('ValueError', e), frame, true);
      }
      // (a class's own __format__ gets the spec and its result is the piece's text)
      let formatted: PyObj | undefined;
      let r: PyObj;
      try {
        formatted = piece?.conv ? undefined : yield* formatWithOwnHook(this.b, v, piece?.dynamic ? undefined : piece?.spec ?? '', false, frame, site, e);
        r = formatted ?? (yield* this.b.textOf(v, piece?.conv === 'r' || piece?.conv === 'a' ? 'repr' : 'str', frame, site, piece?.conv ? 0 : 1));
      } catch (err) {
        this.heap.decref(v);
        throw err;
      }
      if (piece?.conv === 'a' && r.kind === 'str') {
        // PyObject_ASCII: the repr itself when it is all ASCII, else a new str of it escaped.
        const text = knownText(r);
        if (text === undefined || /[^\x00-\x7f]/.test(text)) {
          if (text === undefined) r = this.b.maybeSameReplacing(r, e);
          else { const n = this.b.newStr(undefined, e); this.heap.decref(r); r = n; }
        }
      }
      // (`!a` of a known all-ASCII repr is that repr: its text is known, as for `!r`)
      let t = r.kind !== 'str' || typeof r.value !== 'string' ? undefined : r.value;
      if (piece?.spec && !formatted) {
        const f = piece.dynamic || t === undefined ? undefined : piece.conv ? { t: 'str' as const, v: t } : this.b.formattable(v);
        t = f ? formatText(f, piece.spec, floatRepr) : undefined;
      }
      this.heap.decref(v);
      // f"{x!r}": the conversion's own result, no BUILD_STRING.
      if (lone && !piece?.spec) return r;
      // f"{x!s:spec}": FORMAT_VALUE formats the conversion's str with the spec (str.__format__:
      // the str itself when the spec changes nothing).
      if (lone && piece?.conv && piece.spec && !piece.dynamic && r.kind === 'str' && r.type === 'str') {
        try {
          return yield* formatWithSpec(this.b, r, piece.spec, frame, site, e);
        } finally {
          this.heap.decref(r);
        }
      }
      this.heap.decref(r);
      texts.push(t);
    }
    if (!e.pieces || texts.includes(undefined)) return this.b.newStr(undefined, e);
    const text = e.pieces.map((p) => (typeof p === 'string' ? p : texts[p.i]!)).join('');
    return e.parts.length ? this.b.newStrFresh(text, e) : this.b.newStr(undefined, e);
  }

  private *evalUnknownExpr(e: Expr & { k: 'unknown' }, frame: Frame): G<PyObj> {
    for (const c of e.children) {
      const v = yield* this.eval(c, frame);
      this.heap.escape(v);
      this.heap.decref(v);
    }
    return this.b.unknown(e.line, e.col);
  }

  loadName(pos: Expr & { k: 'name' }, frame: Frame): PyObj {
    const { id: name, scope } = pos;
    let v: PyObj | undefined;
    // (a name a run of unknown direction bound or deleted holds one of several objects: isAmbiguous)
    const amb = this.ambiguousAny;
    if (scope === 'comp' || frame.compScopes.length) {
      for (let i = frame.compScopes.length - 1; i >= 0 && !v; i--) {
        v = frame.compScopes[i].get(name);
        if (v && amb && this.isAmbiguous(frame.compScopes[i], name)) return this.b.unknown(pos.line, pos.col);
      }
    }
    if (!v && (scope === 'cell' || scope === 'free')) {
      const cell = frame.cells.get(name);
      if (cell && amb && this.isAmbiguous(cell, name)) return this.b.unknown(pos.line, pos.col);
      v = cell?.cellValue;
      if (!v && cell) throw this.raiseObj(this.b.cError('NameError', pos), frame, true);
    }
    if (!v && (scope === 'local' || scope === 'cell') && frame.kind === 'function') {
      if (amb && this.isAmbiguous(frame.locals, name)) return this.b.unknown(pos.line, pos.col);
      v = frame.locals.get(name);
      if (!v) throw this.raiseObj(this.b.cError('UnboundLocalError', pos), frame, true);
    }
    // (a comprehension in a class body does not see the class's names, inlined or not: lower.ts hidesClass)
    if (!v && frame.kind === 'class' && !pos.hidesClass) {
      if (amb && this.isAmbiguous(frame.locals, name)) return this.b.unknown(pos.line, pos.col);
      v = frame.locals.get(name);
    }
    if (!v && frame.kind === 'class' && frame.cells.has(name)) v = frame.cells.get(name)!.cellValue;
    if (!v) {
      if (amb && this.isAmbiguous(frame.globals, name)) return this.b.unknown(pos.line, pos.col);
      v = frame.globals.get(name);
    }
    if (!v) {
      // (exec'd / eval'd text over a dict with its own `__builtins__`: execText.ts)
      const own = ownBuiltin(this, frame.globals, name, pos);
      if (own === null) throw this.raiseObj(this.b.cError('NameError', pos), frame, true);
      if (own && own.kind === 'unknown') return own;
      v = own ?? this.b.builtin(name);
    }
    // Once the module namespace went to code the analysis does not follow (globals()), a missing name may exist.
    if (!v && (this.globalsEscaped || namespaceOpen(frame.globals))) return this.b.unknown(pos.line, pos.col);
    if (!v) throw this.raiseObj(this.b.cError('NameError', pos), frame, true);
    // (a name that holds one of a set's members, which one not known: setOrder.ts)
    if (this.oneOfLive) loadOneOf(this, name, v, frame);
    // (a round of a walk in an unknown order reading what an earlier round stored: walkCoupling.ts)
    if (this.walkDepth) noteCoupledLoad(activeWalks(this), frame, name);
    return this.heap.incref(v)!;
  }

  private *evalComp(e: Expr & { k: 'comp' }, frame: Frame): G<PyObj> {
    if (e.kind === 'gen') {
      // A generator expression is a generator function called with iter(first iterable).
      const src = yield* this.eval(e.generators[0].iter, frame);
      let it: PyObj;
      try {
        // (over a gc.get_referrers list, whether its items are shown as themselves is decided at
        // the generator's first step: genexprKnownPart)
        it = knownPartIter(this.b, src, frame) ?? (yield* this.b.getIter(src, frame));
      } finally {
        this.heap.decref(src);
      }
      const fnObj = yield* this.makeFunction(e.fn!, frame);
      const g = yield* this.callObject(fnObj, [it], [], frame, { line: e.line, col: e.col, key: `${e.line}:${e.col}:genexpr`, directCallee: fnObj });
      this.heap.decref(fnObj);
      return g;
    }
    const result = e.kind === 'dict' ? this.b.newDict(e) : e.kind === 'set' ? this.b.newSet([], e, 'set') : this.b.newSeq('list', [], e);
    const scope = new Map<string, PyObj>();
    frame.compScopes.push(scope);
    const comp: CompFrame = { code: e.code!, scope };
    frame.compFrames.push(comp);
    const shadowed = this.openCompCells(e, frame);
    try {
      yield* this.compLoop(e, 0, frame, undefined, function* (this: Interpreter) {
        if (e.kind === 'dict') {
          const k = yield* this.eval(e.elt, frame);
          let v: PyObj | undefined;
          try {
            v = yield* this.eval(e.value!, frame);
            yield* lookupKey(this.b, k, frame, result);
          } catch (err) {
            // (the key, and the value, waiting on the stack for MAP_ADD go with the error)
            this.heap.decref(k);
            this.heap.decref(v);
            throw err;
          }
          this.b.dictSet(result, k, v);
        } else {
          const v = yield* this.eval(e.elt, frame);
          if (e.kind === 'set') {
            // SET_ADD is PySet_Add: set_add_entry compares the item with the members of equal hash
            // stored so far, holding it once more meanwhile (as set.add does); the value on the stack
            // goes with an error. Measured 3.11-3.13 (`{x for x in [a, c]}`, a == c): self 6, other 7
            // in __eq__, one each above the settling against peers outside the set this replaces.
            try {
              yield* lookupKey(this.b, v, frame, result, true);
            } catch (err) {
              this.heap.decref(v);
              throw err;
            }
            this.b.setAdd(result, v);
          }
          else { result.items!.push(v); this.b.noteStore(result, v); }
        }
      });
      // (over a set, whose order the model does not know: the list's order is not known either, setOrder.ts)
      if (e.kind === 'list' && comp.unordered && result.items!.length > 1) result.orderUnknown = true;
      if (e.kind === 'dict' && comp.unordered) noteUnorderedDict(result);
    } catch (err) {
      // (the result built so far is dropped when the comprehension raises)
      this.heap.decref(result);
      throw err;
    } finally {
      frame.compScopes.pop();
      frame.compFrames.pop();
      releaseCompFrame(this, comp);
      for (const v of scope.values()) this.heap.decref(v);
      this.closeCompCells(shadowed, frame);
    }
    return result;
  }

  /**
   * A loop name an inner lambda or generator expression captures lives in one
   * fresh cell per run of the comprehension (every closure made in it shares
   * that cell, so they all see the last item). Returns the frame's cells it hides.
   */
  private openCompCells(e: Expr & { k: 'comp' }, frame: Frame): Map<string, PyObj | undefined> {
    const shadowed = new Map<string, PyObj | undefined>();
    for (const name of e.code?.cellVars ?? []) {
      shadowed.set(name, frame.cells.get(name));
      frame.cells.set(name, this.b.newCell(e.line));
    }
    return shadowed;
  }

  /** The comprehension's end: its cells are released (closures keep theirs) and the hidden ones come back. */
  private closeCompCells(shadowed: Map<string, PyObj | undefined>, frame: Frame): void {
    for (const [name, old] of shadowed) {
      this.heap.decref(frame.cells.get(name));
      if (old) frame.cells.set(name, old);
      else frame.cells.delete(name);
    }
  }

  /**
   * ≤3.11 (no PEP 709): an exception leaving a list / set / dict comprehension leaves its own
   * function frame, so the traceback gets an entry for that frame, whose frame object keeps `.0`
   * (the first iterator, and so the iterable), the loop variables and cells, and links the
   * enclosing frame's as f_back, and the comprehension's function object (f_func, made for this run:
   * a stand-in here, as it refers only to the code and globals). A nested comprehension (its f_back
   * is the outer one's frame) or a traceback not ending here is not followed: what the frame would
   * keep escapes.
   */
  private keepCompFrame(exc: PyObj, frame: Frame, comp: CompFrame, e: Expr & { k: 'comp' }): void {
    const head = exc.kind === 'exception' ? exc.traceback : undefined;
    const kept = [comp.iter!, ...comp.scope.values(), ...[...(e.code?.cellVars ?? [])].map((n) => frame.cells.get(n)).filter((c): c is PyObj => !!c)];
    if (!head || head.tbFrame?.frame !== frame || frame.compFrames.length !== 1) {
      this.unmodelledGarbage = true;
      for (const o of kept) this.heap.escape(o);
      return;
    }
    const fn = this.heap.alloc('builtin', 'function', this.heap.site(e.line, e.col, 'function', `<${e.kind}comp>`));
    fn.tracked = true;
    const cf = new Frame(comp.code as FunctionIR, comp.code.qualname, frame.globals, 'function', frame);
    cf.locals.set('.0', this.heap.incref(comp.iter)!);
    for (const [k, v] of comp.scope) cf.locals.set(k, this.heap.incref(v)!);
    for (const n of e.code?.cellVars ?? []) { const c = frame.cells.get(n); if (c) cf.cells.set(n, this.heap.incref(c)!); }
    cf.temps.push({ obj: fn, label: 'function (f_func)' });
    cf.ownedByObject = true;
    const fo = this.frameObject(cf);
    cf.frameObj = undefined;
    fo.frameBack = this.heap.incref(this.frameObject(frame));
    this.recorder.noteEdge(fo, fo.frameBack!);
    for (const r of cf.refs()) this.recorder.noteEdge(fo, r.target);
    // The comprehension's entry comes after the enclosing frame's (it is the inner one).
    const tb = this.heap.alloc('traceback', 'traceback', this.heap.site(frame.line, 0, 'traceback', 'traceback'));
    tb.tracked = true;
    tb.tbFrame = fo;
    tb.tbNext = head.tbNext;
    head.tbNext = tb;
  }

  /** The nested loops of a comprehension; `firstIter` is given for generator expressions. */
  *compLoop(e: Expr & { k: 'comp' }, level: number, frame: Frame, firstIter: PyObj | undefined, body: (this: Interpreter) => G<void>): G<void> {
    if (level >= e.generators.length) {
      yield* body.call(this);
      return;
    }
    const gen = e.generators[level];
    if (gen.assignOnly && (gen.iter.k === 'list' || gen.iter.k === 'tuple')) {
      const v = yield* this.eval(gen.iter.elts[0], frame);
      yield* this.assign(gen.target, v, frame);
      yield* this.compBody(e, level, gen.ifs, frame, body);
      return;
    }
    let it: PyObj;
    let known: PyObj | undefined;
    if (level === 0 && firstIter) {
      it = this.heap.incref(firstIter)!;
      if (genexprKnownPart(this.b, firstIter, frame.ownerObj)) known = it;
    } else {
      const src = yield* this.eval(gen.iter, frame);
      // (a gc.get_referrers list: the items the model shows are themselves, iteration.ts)
      known = knownPartIter(this.b, src, frame);
      try {
        it = known ?? (yield* this.b.getIter(src, frame));
      } finally {
        this.heap.decref(src);
      }
    }
    const temp = { obj: it, label: 'comprehension iterator' };
    frame.temps.push(temp);
    // (≤3.11 the first iterator is the comprehension function's argument `.0`)
    const comp = level === 0 ? frame.compFrames[frame.compFrames.length - 1] : undefined;
    if (comp && comp.code === e.code) comp.iter = it;
    // (a clause over a set, whose order the model does not know: the result's order is not known, setOrder.ts)
    if (unorderedWalk(it)) { const own = frame.compFrames[frame.compFrames.length - 1]; if (own && own.code === e.code) own.unordered = true; }
    let n = 0;
    let unseenAfter = !!known;
    try {
      // The unseen items' rounds, before those shown and after them (none or several). The target
      // dies with the comprehension, so binding it for them is exact; their bodies are not.
      if (known) yield* this.unseenCompRound(e, level, gen, frame, body);
      for (;;) {
        if (unseenAfter && knownPartDone(it)) {
          unseenAfter = false;
          if (n > 0) yield* this.unseenCompRound(e, level, gen, frame, body);
        }
        const item = yield* this.b.iterNext(it, frame);
        if (item === undefined) break;
        if (++n > LIMITS.MAX_LOOP_ITERATIONS || it.kind === 'unknown' || it.fuzzyIter) {
          this.unmodelledGarbage = true;
          // (how many rounds follow is unknown: a consumer draining a generator expression sees an
          // end after this one that the real run may not have, statisticsMedian.ts / iterateAll;
          // next() on it after that end may still give an item)
          this.fuzzyEvents++;
          if (frame.ownerObj?.kind === 'generator') frame.ownerObj.fuzzyIter = true;
          yield* this.assign(gen.target, item, frame);
          // (a dict / set / deque those rounds change makes a step there raise: iterMutation.ts)
          beginUnseenSteps(this.b, it);
          this.enterFuzzy();
          try { yield* this.compBody(e, level, gen.ifs, frame, body); } finally { this.exitFuzzy(); }
          unseenStepsMayRaise(this.b, it);
          break;
        }
        yield* this.assign(gen.target, item, frame);
        yield* this.compBody(e, level, gen.ifs, frame, body);
      }
    } catch (err) {
      if (err instanceof PyException && comp?.iter === it && !this.vm.inlinedComprehensions) this.keepCompFrame(err.exc, frame, comp, e);
      throw err;
    } finally {
      frame.temps.splice(frame.temps.lastIndexOf(temp), 1);
      if (comp?.iter === it) comp.iter = undefined;
      this.heap.decref(it);
    }
  }

  /** Rounds of a comprehension over items the model does not see (the unseen rest of a gc.get_referrers list). */
  private *unseenCompRound(e: Expr & { k: 'comp' }, level: number, gen: Comprehension, frame: Frame, body: (this: Interpreter) => G<void>): G<void> {
    this.unmodelledGarbage = true;
    yield* this.assign(gen.target, unseenItem(this.b, frame.line), frame);
    this.fuzzyEvents++;
    this.enterFuzzy();
    try { yield* this.compBody(e, level, gen.ifs, frame, body); } finally { this.exitFuzzy(); }
  }

  private *compBody(e: Expr & { k: 'comp' }, level: number, ifs: Expr[], frame: Frame, body: (this: Interpreter) => G<void>): G<void> {
    let unsure = false;
    for (const cond of ifs) {
      const truth = yield* this.truthOf(yield* this.eval(cond, frame), frame);
      if (truth === false) return;
      // A filter of unknown truth: the item may or may not be taken, as an `if` of unknown direction.
      if (truth === undefined) unsure = true;
    }
    if (!unsure) {
      yield* this.compLoop(e, level + 1, frame, undefined, body);
      return;
    }
    this.fuzzyEvents++;
    this.enterFuzzy();
    try {
      yield* this.compLoop(e, level + 1, frame, undefined, body);
    } finally {
      this.exitFuzzy();
    }
  }

  private *evalCall(e: Expr & { k: 'call' }, frame: Frame): G<PyObj> {
    const site: CallSite = { line: e.line, col: e.col, key: e.siteKey ?? `${e.line}:${e.col}`, args: e.args };
    // Method calls (LOAD_ATTR with the method flag): no bound-method object is made.
    let func: PyObj;
    let self: PyObj | undefined;
    if (e.func.k === 'attr') {
      const obj = yield* this.eval(e.func.obj, frame);
      let m: { func: PyObj; self?: PyObj };
      try {
        m = yield* this.b.loadMethod(obj, e.func.name, frame, site);
      } catch (err) {
        if (err instanceof PyException) this.b.noteAttributeErrorObject(err.exc, obj);
        throw err;
      } finally {
        this.heap.decref(obj);
      }
      func = m.func;
      self = m.self;
    } else func = yield* this.eval(e.func, frame);
    const args: PyObj[] = [];
    const kwargs: [string, PyObj][] = [];
    let starred = false;
    let dstarred = false;
    if (self) args.push(self);
    // An exception while the arguments are evaluated or inside the call unwinds the
    // value stack: the callable (and arguments not yet handed over) are released.
    let handedOver = false;
    let passedTuple = false;
    let keptTuple: PyObj | undefined;
    // (with a `**`, the keywords are merged into one dict as they come: a repeated key raises)
    const merge = e.args.some((a) => a.k === 'dstar') ? new KeywordMerge() : undefined;
    try {
      for (const a of e.args) {
        if (a.k === 'pos') args.push(yield* this.eval(a.value, frame));
        else if (a.k === 'kw') {
          kwargs.push([a.name, yield* this.eval(a.value, frame)]);
          merge?.plain(a.name);
        } else if (a.k === 'star') {
          starred = true;
          const src = yield* this.eval(a.value, frame);
          passedTuple = src.kind === 'tuple' && !src.cls;
          args.push(...(yield* this.b.iterateAll(src, frame, true)));
          // A C callee holds t during the call, and so does CALL_FUNCTION_EX's stack for a Python
          // callee in 3.11 or through a bound method (PyObject_Call): a tuple display written in
          // the call (`f(*(a, a))`) holds its items until the call returns (measured 3.11: a two
          // higher in f; 3.12+ moves a plain function's items into its frame and frees the tuple first).
          if (passedTuple && !keptTuple && (func.kind !== 'function' || !!self || this.vm.starCallExtra > 0)) keptTuple = src;
          else this.heap.decref(src);
        } else {
          dstarred = true;
          this.keywordMerged(merge!.closeRun(), frame, site);
          const src = yield* this.mappingForKeywords(yield* this.eval(a.value, frame), frame, a.value);
          const merged = merge!.mapping(this.b, src);
          for (const [k, v] of this.b.dictItems(src)) kwargs.push([k, this.heap.incref(v)!]);
          // (the mapping's own key objects: a Python callee's **kwargs keeps them; a C callee that
          // keeps its keyword dict — dict(**m), partial, Counter … — keeps them too, not followed:
          // a str key of its own then has an open count)
          const python = func.kind === 'function' || (func.kind === 'method' && func.methodFunc?.kind === 'function');
          if (src.kind === 'dict' && src.entries) {
            for (const e of src.entries.values()) {
              if (e.key.kind !== 'str') continue;
              if (python) (site.kwKeys ??= new Map()).set(String(e.key.value ?? `?${e.key.id}`), e.key);
              else if (!e.key.immortal) this.heap.escape(e.key);
            }
          }
          this.heap.decref(src);
          this.keywordMerged(merged, frame, site);
        }
      }
      if (merge) this.keywordMerged(merge.closeRun(), frame, site);
      handedOver = true;
      // (the usual call, no * or **: a direct call with the arguments as written, nothing held extra)
      if (!starred && !dstarred) {
        // CALL (3.11's PRECALL) unpacks a bound method object on the stack: new references to
        // its function and self take its place and the stack's reference to it goes before the
        // call, so a temporary one (`getattr(a, "f")(x)`, a descriptor's MethodType) is freed
        // and holds nothing while the callee runs (measured 3.11-3.13: self one lower in there).
        if (!self && func.kind === 'method' && func.type === 'method' && func.methodFunc && func.methodSelf) {
          const bound = func;
          func = this.heap.incref(bound.methodFunc)!;
          args.unshift(this.heap.incref(bound.methodSelf)!);
          this.heap.decref(bound);
        }
        site.directCallee = func;
        site.argsAsWritten = true;
        return yield* this.callObject(func, args, kwargs, frame, site);
      }
      return yield* this.exCall(e, func, self, args, kwargs, starred, dstarred, passedTuple, keptTuple, frame, site);
    } finally {
      if (!handedOver) {
        for (const a of args) this.heap.decref(a);
        for (const [, v] of kwargs) this.heap.decref(v);
      }
      this.heap.decref(keptTuple);
      this.heap.decref(func);
    }
  }

  /**
   * A call with * or ** (CALL_FUNCTION_EX), its arguments evaluated and handed over (owned by the
   * callee now): kept out of evalCall so the usual call's generator stays small.
   */
  private *exCall(e: Expr & { k: 'call' }, func: PyObj, self: PyObj | undefined, args: PyObj[], kwargs: [string, PyObj][], starred: boolean, dstarred: boolean, passedTuple: boolean, keptTuple: PyObj | undefined, frame: Frame, site: CallSite): G<PyObj> {
    // CALL_FUNCTION_EX into a Python function: in 3.11, and through a bound method in
    // every version (PyObject_Call; 3.12+ moves the tuple into the frame only for a
    // plain function), the argument tuple stays alive while the callee runs, and with
    // a kwargs dict (from ** or from plain keywords beside a *) so do the dict and an
    // unpacked copy: dstarCallExtra more per argument, with * alone starCallExtra.
    // `f(*t)` alone with an exact tuple passes t itself: no new tuple, nothing extra.
    // The method's self is not among them (the bound method holds it).
    const passesTuple = starred && !dstarred && !kwargs.length && e.args.length === 1 && !self && passedTuple;
    // (CALL_FUNCTION_EX calls a bound method object, and in 3.11 calls through PyObject_Call with
    // the callable staying on the stack: the frame takes a reference of its own)
    if (!self && !this.vm.exCallKeepsCallable) site.directCallee = func;
    // (through PyObject_Call an empty kwargs dict is not unpacked: the tuple's items are used as they are)
    const extra = passesTuple ? 0 : this.exCallExtra(func, !!self, kwargs.length > 0);
    // The positional tuple CALL_FUNCTION_EX gets is already counted when it is a tuple
    // constant or the caller's own exact tuple (`f(*t, **kw)`): no new tuple holds the items.
    const ownTuple = !!e.constPos || (passedTuple && e.args.filter((a) => a.k !== 'kw' && a.k !== 'dstar').length === 1);
    site.exCallee = func;
    site.constPos = ownTuple;
    // A C callee that keeps its argument tuple (lru_cache's key) keeps t itself.
    if (passesTuple) site.argsTuple = keptTuple;
    if (!extra) return yield* this.callObject(func, args, kwargs, frame, site);
    // Positional arguments from a tuple constant or the caller's tuple: that tuple is the argument tuple, already counted.
    const positional = self ? args.slice(1) : args;
    const held: [PyObj, number][] = [
      ...positional.map((a): [PyObj, number] => [a, ownTuple ? extra - 1 : extra]),
      ...kwargs.map(([, v]): [PyObj, number] => [v, extra]),
    ];
    for (const [a, n] of held) for (let k = 0; k < n; k++) this.heap.incref(a);
    try {
      return yield* this.callObject(func, args, kwargs, frame, site);
    } finally {
      for (const [a, n] of held) for (let k = 0; k < n; k++) this.heap.decref(a);
    }
  }

  /**
   * How many more references CALL_FUNCTION_EX keeps to each argument while a Python callee runs
   * (see exCall): through a bound method (`viaMethod`: also a method call's self) 1, or 2 with
   * keywords, in every version; into a plain function the version's starCallExtra / dstarCallExtra.
   * Nothing for a callee that is not Python.
   */
  exCallExtra(func: PyObj, viaMethod: boolean, withKw: boolean): number {
    const method = viaMethod || func.kind === 'method';
    const python = func.kind === 'function' || (func.kind === 'method' && func.methodFunc?.kind === 'function');
    if (!python) return 0;
    if (method) return withKw ? 2 : 1;
    return withKw ? this.vm.dstarCallExtra : this.vm.starCallExtra;
  }

  /** A keyword merged into a call's dict (argErrors.ts KeywordMerge): a repeated key raises, in the caller. */
  private keywordMerged(verdict: 'raises' | 'may' | undefined, frame: Frame, site: CallSite): void {
    if (verdict === 'may') this.noteMayRaise();
    // (the arguments gathered so far are let go as the value stack unwinds: evalCall's finally)
    else if (verdict === 'raises') throw this.raiseObj(this.b.cError('TypeError', site), frame, true);
  }

  /**
   * Calls `func` with owned argument references. Python callees take them
   * over (CPython moves stack references into the new frame); builtins
   * borrow them and they are released after the call.
   */
  *callObject(func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    this.tick();
    if (func.kind === 'function') return yield* this.callWithFrameRef(func, args, kwargs, frame, site);
    if (func.kind === 'method' && func.methodFunc) {
      const f = func.methodFunc;
      const self = this.heap.incref(func.methodSelf)!;
      if (f.kind === 'function') return yield* this.callWithFrameRef(f, [self, ...args], kwargs, frame, site);
      return yield* this.callObject(f, [self, ...args], kwargs, frame, site);
    }
    if (func.kind === 'class') {
      // A metaclass's own __call__ (not run: see foreignMeta) decides what the call holds and
      // returns (a cached instance, for a singleton): the arguments and the result are open.
      const metaCall = func.foreignMeta?.kind === 'class' ? this.b.lookupClassAttr(func.foreignMeta, '__call__') : undefined;
      if (metaCall?.kind === 'function') {
        // type's tp_call is slot_tp_call: the metaclass's Python __call__ runs with the class as
        // its first argument (an unbound call, no bound method made) while the argument tuple
        // _PyObject_MakeTpCall built is held; its super().__call__ reaches type.__call__ (a new
        // instance, __init__ run). (the caller's references are borrowed for the call)
        try {
          return yield* this.b.callThroughTpCall(func, metaCall, func, args, kwargs, frame, site);
        } finally {
          for (const a of args) this.heap.decref(a);
          for (const [, v] of kwargs) this.heap.decref(v);
        }
      }
      if (metaCall) {
        for (const a of args) this.heap.escape(a);
        for (const [, v] of kwargs) this.heap.escape(v);
        const r = yield* this.b.instantiate(func, args, kwargs, frame, site);
        this.heap.escape(r);
        return r;
      }
      return yield* this.b.instantiate(func, args, kwargs, frame, site);
    }
    // Builtins and everything else borrow the arguments.
    try {
      return yield* this.b.callBuiltin(func, args, kwargs, frame, site);
    } finally {
      for (const a of args) this.heap.decref(a);
      for (const [, v] of kwargs) this.heap.decref(v);
    }
  }

  /**
   * A Python function's frame holds the function (f_funcobj) while it runs: the caller's
   * reference when a call expression called it (see CallSite.directCallee), else a new one.
   */
  private *callWithFrameRef(func: PyObj, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj> {
    if (site.directCallee === func) return yield* this.callFunction(func, args, kwargs, frame, site);
    this.heap.incref(func);
    try {
      return yield* this.callFunction(func, args, kwargs, frame, site);
    } finally {
      this.heap.decref(func);
    }
  }

  /** A call from C code (type.__call__, sorted's key, __del__): the callee gets its own references. */
  *callFromC(func: PyObj, args: PyObj[], frame: Frame, site: CallSite, kwargs: [string, PyObj][] = []): G<PyObj> {
    for (const a of args) this.heap.incref(a);
    for (const [, v] of kwargs) this.heap.incref(v);
    if ((func.kind === 'instance' || func.kind === 'class' || func.builtinName === METHODCALLER) && !site.fromC) site = { ...site, fromC: true };
    // (the callee's frame takes its own reference to a Python function: callWithFrameRef)
    return yield* this.callObject(func, args, kwargs.map(([k, v]) => [k, v]), frame, site);
  }

  private *callFunction(func: PyObj, args: PyObj[], kwargs: [string, PyObj][], caller: Frame, site: CallSite): G<PyObj> {
    const fn = func.fn!;
    // Arguments that do not fit the parameters: TypeError before the frame runs (argErrors.ts).
    const unfit = bindFails(this.b, func, args.length, kwargs.map(([k]) => k));
    if (unfit !== false) {
      if (unfit && argsAsWrittenFor(this.b, site, func)) {
        for (const a of args) this.heap.decref(a);
        for (const [, v] of kwargs) this.heap.decref(v);
        throw this.raiseObj(this.b.cError('TypeError', site), caller, true);
      }
      this.noteMayRaise();
    }
    // Recursion on unknown values has no known depth: summarise it as an unknown call
    // instead of unrolling it (exact recursion on known values runs as it would).
    const recursive = this.stack.some((f) => f.code === fn);
    // A caller past a branch of unknown direction that returned is itself on an uncertain path.
    const vague = this.fuzzyDepth > 0 || caller.mixedReturn || args.some((a) => a.kind === 'unknown') || kwargs.some(([, v]) => v.kind === 'unknown');
    // A chain of plain calls meets CPython's recursion limit where CPython does (recursionLimit.ts).
    const nearLimit = !(recursive && vague) && (this.frameDepth >= this.maxCallDepth || this.frameDepth + 1 >= (this.recursionLimit ?? Infinity));
    const verdict = nearLimit ? recursionVerdict(this, func, site) : undefined;
    if (verdict === 'raise') {
      for (const a of args) this.heap.decref(a);
      for (const [, v] of kwargs) this.heap.decref(v);
      throw this.raiseObj(this.b.cError('RecursionError', site), caller, true);
    }
    if (verdict !== 'follow' && (this.frameDepth >= this.maxCallDepth || (recursive && vague) || (vague && this.inUncalledRun && this.frameDepth >= LIMITS.MAX_UNCALLED_CALL_DEPTH))) {
      if (this.frameDepth >= this.maxCallDepth) this.depthCut = true;
      // Too deep (recursion): the call's effects are unknown, and it may raise (RecursionError
      // past CPython's limit, or whatever the unfollowed body raises).
      this.noteMayRaise();
      for (const a of args) { this.heap.escape(a); this.heap.decref(a); }
      for (const [, v] of kwargs) { this.heap.escape(v); this.heap.decref(v); }
      return this.b.unknown(site.line, site.col);
    }
    // (a function runs in the globals it was made in: the module's, or a dict exec() was given)
    const frame = new Frame(fn, fn.qualname, func.fnGlobals ? dictNamespace(this.b, func.fnGlobals) : this.globals, 'function', caller);
    frameTakesCode(this, frame, fn);
    this.bindArgs(func, frame, args, kwargs, site);
    this.ranCode.add(fn.id);
    if (fn.isGenerator) return this.b.newGenerator(func, frame, site);
    if (fn.isAsync) {
      // A coroutine: a generator-like object whose body runs when it is awaited or driven
      // (send / throw / close, or code the model does not follow, such as asyncio.run).
      const co = this.b.newGenerator(func, frame, site);
      co.type = 'coroutine';
      co.builtinName = COROUTINE;
      return co;
    }
    this.frameDepth++;
    frame.plainCall = plainEntry(func, site);
    this.stack.push(frame);
    frame.funcObj = func;
    let result: PyObj;
    try {
      if (fn.expr) result = runSync(this.eval(fn.expr, frame));
      else {
        const c = runSync(this.execBlock(fn.body, frame));
        result = c.k === 'return' ? c.value : this.b.none;
        if (frame.mixedReturn) {
          // Several returns of unknown direction: the one the run took is one of them.
          this.heap.escape(result);
          this.heap.decref(result);
          result = this.b.unknown(site.line, site.col);
        }
      }
    } catch (err) {
      if (err instanceof PyException && frame.mixedReturn && !this.inUncalledRun) {
        // A branch of unknown direction returned before the raise: the real call may have
        // returned there. As with a branch that raises while another goes on (fuzzyRuns), the
        // program is followed on the path that does not raise, with an unknown result; a try
        // around the call may have caught it (possibleRaises.ts).
        notePossibleTraceback(this, err.exc);
        this.mayRaiseEvents++;
        this.heap.decref(err.exc);
        this.unmodelledGarbage = true;
        result = this.b.unknown(site.line, site.col);
      } else {
        if (err instanceof PyException) this.addTraceback(err.exc, caller);
        this.teardownCounted(frame);
        throw err;
      }
    } finally {
      this.stack.pop();
    }
    this.teardownCounted(frame);
    return result;
  }

  /**
   * Ends a call's frame while it still counts toward the call depth: finalizers and weakref
   * callbacks its variables' release runs nest inside it (a callback that makes the next such
   * object recurses without bound, which MAX_CALL_DEPTH then cuts, the same on every run).
   */
  private teardownCounted(frame: Frame): void {
    try {
      this.teardown(frame);
    } finally {
      this.frameDepth--;
    }
  }

  /**
   * Runs a coroutine to its end (an `await` inside is not a suspension in the model: only a
   * `yield` would be) and gives its return value; a coroutine that yields gives an unknown value.
   */
  *driveCoroutine(co: PyObj, frame: Frame): G<PyObj> {
    // (each drive nests the coroutine's run in its caller's: iteration.runStep counts the step
    // toward the call depth, as a call is, so a coroutine that hands a new one of itself to code
    // the model does not follow is cut at MAX_CALL_DEPTH on every run)
    const r = yield* this.b.resume(co, undefined, frame);
    if (r.done) return r.value;
    this.heap.escape(r.value);
    this.heap.decref(r.value);
    this.heap.escape(co);
    return this.b.unknown(frame.line, 0);
  }

  /**
   * Generators handed (directly or inside other objects: a @contextmanager's) to code the model
   * does not follow: that code may run them now, later, in part or to the end (statistics.fmean
   * consumes one, ExitStack resumes one at exit). Each runs here to its end under an unknown
   * condition, so its lines get counts and what it touches is open; whatever it yields escapes.
   * (Everything they reach was escaped by the caller: what their frames release stays open.)
   */
  runEscapedGenerators(gens: PyObj[], frame: Frame): void {
    for (const g of gens) {
      if (g.builtinName === COROUTINE || !g.genRunner) continue;
      runForUnfollowedCaller(this, g, frame, LIMITS.MAX_ESCAPED_GENERATOR_STEPS, ITERATOR_CONSUMER);
    }
  }

  /**
   * Functions handed to code the model does not follow (re.sub's replacement function on a text it
   * does not know, a callback a library keeps) may be called there, any number of times,
   * on arguments the model cannot know. Each runs here once under an unknown condition on
   * unknown arguments (its required ones), so what it stores or changes is open afterwards
   * and what it returns escapes. (A call made later, from code the model does not see, is not
   * followed.) An exception it raises stays there: the real call may not have happened.
   */
  runEscapedCallables(fns: PyObj[], frame: Frame, site: CallSite): void {
    for (const f of fns) {
      const fn = f.kind === 'function' ? f.fn : f.methodFunc?.kind === 'function' ? f.methodFunc.fn : undefined;
      const bound = f.kind === 'method' ? 1 : 0;
      const positional = fn ? Math.max(0, fn.params.filter((p) => p.kind === 'pos' && !p.default).length - bound) : 1;
      const keywords = fn ? fn.params.filter((p) => p.kind === 'kwonly' && !p.default).map((p) => p.name) : [];
      this.enterFuzzy();
      // Its lines are recorded as an uncalled function's are (runUncalled): what it makes is its
      // own and exact, what it changes is opened as it goes and when it ends.
      const base = this.recordBaseDepth;
      const objBase = this.runObjBase;
      const stackBase = this.runStackBase;
      this.recordBaseDepth = this.fuzzyDepth;
      this.runObjBase = this.heap.nextObjectId;
      this.runStackBase = this.stack.length;
      try {
        const args = Array.from({ length: positional }, () => this.b.unknown(site.line, site.col));
        const kwargs = keywords.map((k): [string, PyObj] => [k, this.b.unknown(site.line, site.col)]);
        const r = runSync(this.callObject(this.heap.incref(f)!, args, kwargs, frame, site));
        this.heap.decref(f);
        this.heap.escape(r);
        this.heap.decref(r);
      } catch (err) {
        if (!(err instanceof PyException)) throw err;
        this.heap.decref(err.exc);
      } finally {
        this.recordBaseDepth = base;
        this.runObjBase = objBase;
        this.runStackBase = stackBase;
        this.exitFuzzy();
      }
    }
  }

  /** Binds parameters: positional, defaults (new references), *args tuple, **kwargs dict, cells. */
  bindArgs(func: PyObj, frame: Frame, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): void {
    const fn = func.fn!;
    const pos = fn.params.filter((p) => p.kind === 'pos');
    let ai = 0;
    const defaults = func.defaults?.items ?? [];
    const firstDefault = pos.length - defaults.length;
    const kw = new Map(kwargs);
    for (let i = 0; i < pos.length; i++) {
      const p = pos[i];
      let v: PyObj | undefined;
      if (ai < args.length) v = args[ai++];
      // (a positional-only parameter is never bound by keyword: that keyword stays for **kwargs)
      else if (!p.posOnly && kw.has(p.name)) { v = kw.get(p.name); kw.delete(p.name); }
      else if (i >= firstDefault) v = this.heap.incref(defaults[i - firstDefault]);
      else v = this.b.unknown(site.line, site.col);
      frame.locals.set(p.name, v!);
    }
    for (const p of fn.params) {
      if (p.kind === 'vararg') {
        const rest = args.slice(ai);
        ai = args.length;
        frame.locals.set(p.name, rest.length ? this.b.newSeq('tuple', rest, { line: site.line, col: site.col }) : this.heap.incref(this.b.emptyTuple)!);
      } else if (p.kind === 'kwonly') {
        let v: PyObj | undefined;
        if (kw.has(p.name)) { v = kw.get(p.name); kw.delete(p.name); }
        else {
          const d = func.kwdefaults ? this.b.dictGetStr(func.kwdefaults, p.name) : undefined;
          v = d ? this.heap.incref(d) : this.b.unknown(site.line, site.col);
        }
        frame.locals.set(p.name, v!);
      }
    }
    const kwParam = fn.params.find((p) => p.kind === 'kwarg');
    if (kwParam) {
      const d = this.b.newDict({ line: site.line, col: site.col });
      // (a keyword from a `**` mapping is its own key object: the callee's dict holds it)
      for (const [k, v] of kw) {
        const key = site.kwKeys?.get(k);
        this.b.dictSet(d, key ? this.heap.incref(key)! : this.b.newStr(k, site), v);
      }
      kw.clear();
      frame.locals.set(kwParam.name, d);
    }
    // Surplus arguments (a call the analysis cannot match): released.
    for (; ai < args.length; ai++) this.heap.decref(args[ai]);
    for (const v of kw.values()) this.heap.decref(v);
    // Cells for captured locals; free variables come from the closure tuple.
    for (const name of fn.cellVars) {
      const cell = this.b.newCell(fn.line);
      const v = frame.locals.get(name);
      if (v) { frame.locals.delete(name); cell.cellValue = v; }
      frame.cells.set(name, cell);
    }
    const closure = func.closure?.items ?? [];
    let ci = 0;
    for (const name of fn.freeVars) {
      const cell = closure[ci++];
      if (cell) frame.cells.set(name, this.heap.incref(cell)!);
    }
  }

  /** A frame ends: its variables are released unless a live frame object took them over. */
  teardown(frame: Frame): void {
    // (its variables go, or its frame object takes them over where the model may lose them)
    if (this.oneOfLive) dissolveFrameOneOf(this, frame, !!frame.frameObj);
    // (a profile / trace hook got this frame's frame object at its call and return events)
    if (this.traceHookSet) this.heap.escape(this.frameObject(frame));
    const fo = frame.frameObj;
    // (a frame object code the model does not follow got may still be held there: its count is
    // open, so it may take the variables over or not)
    const maybeHeld = !!fo && !!fo.reachedByUnknown && countUnknown(fo);
    if (fo && fo.alive && (fo.rc > 1 || maybeHeld)) {
      frame.ownedByObject = true;
      // take_ownership: a function's frame object links its caller's (made now if needed) as f_back,
      // so a kept traceback keeps the callers' frames, and their variables once they finish.
      // (a generator's or coroutine's frame links the frame that resumed it last, from 3.12)
      const code = frame.code as FunctionIR;
      const linksBack = !(code.isGenerator || code.isAsync) || this.vm.genFrameLinksBack;
      if (frame.kind === 'function' && linksBack && frame.back?.live && frame.back.kind !== 'class') {
        fo.frameBack = this.heap.incref(this.frameObject(frame.back));
        this.recorder.noteEdge(fo, fo.frameBack!);
        // 3.11: a caller running a comprehension was in a function and frame of its own, which the
        // kept chain keeps too (with its function, closure and iterator): not built here, so a
        // collection may find more than the model does while this frame object lives.
        if (!this.vm.inlinedComprehensions && frame.back.compFrames.length) this.unbuiltCompBacks.add(fo);
        if (frame.maybeKeptByTraceback) frame.back.maybeKeptByTraceback = true;
      }
      // The interpreter frame the frame object now owns keeps its function (f_funcobj): a
      // generator's frame holds that reference already (newGenerator), which stays as it is.
      const funcRef = frame.temps.find((t) => t.label === 'function (f_funcobj)');
      frame.temps.length = 0;
      frame.handling.length = 0;
      if (funcRef) frame.temps.push(funcRef);
      else if (frame.funcObj?.alive) frame.temps.push({ obj: this.heap.incref(frame.funcObj)!, label: 'function (f_funcobj)' });
      // (kept by an exception the model does not know, which the real run may not have raised:
      // the variables keep this reference or lose it)
      if (frame.maybeKeptByTraceback || maybeHeld) for (const r of frame.refs()) this.heap.fuzz(r.target);
      for (const r of frame.refs()) this.recorder.noteEdge(fo, r.target);
      frame.frameObj = undefined;
      this.heap.decref(fo);
      return;
    }
    for (const r of frame.release()) this.heap.decref(r);
    if (fo) { frame.frameObj = undefined; this.heap.decref(fo); }
  }

  // ---- functions and classes ----

  *makeFunction(fn: FunctionIR, frame: Frame): G<PyObj> {
    const f = this.heap.alloc('function', 'function', this.heap.site(fn.line, 0, 'function', fn.isLambda ? 'lambda' : `def ${fn.name}`));
    f.fn = fn;
    f.tracked = true;
    f.codeObj = heldCode(this, fn);
    // func_globals: made in code exec() runs over a dict, the function holds that dict.
    const g = globalsDictOf(frame.globals);
    if (g) f.fnGlobals = this.heap.incref(g);
    // (func_new also keeps the globals' `__name__` as __module__; the file's own is the interned '__main__')
    const modName = g?.entries?.get('s:__name__')?.value;
    if (modName) { f.fnModule = this.heap.incref(modName); this.recorder.noteEdge(f, modName); }
    // func_new takes co_consts[0] as __doc__ when the body starts with a string.
    if (fn.doc) f.doc = docObject(this, fn.doc) ?? (yield* this.eval(fn.doc, frame));
    // Defaults, keyword-only defaults and annotations are evaluated before MAKE_FUNCTION: when one
    // raises, no function exists and what was evaluated so far leaves the stack (`held`).
    const held: PyObj[] = [];
    try {
      const pos = fn.params.filter((p) => p.kind === 'pos' && p.default);
      if (fn.defaultsConst) f.defaults = yield* this.eval(fn.defaultsConst, frame);
      else if (pos.length) {
        for (const p of pos) held.push(yield* this.eval(p.default!, frame));
        f.defaults = this.b.newSeq('tuple', held.splice(0), { line: fn.line, col: 0 });
      }
      const kwo = fn.params.filter((p) => p.kind === 'kwonly' && p.default);
      if (kwo.length) {
        const d = this.b.newDict({ line: fn.line, col: 0 });
        held.push(d);
        for (const p of kwo) {
          const v = yield* this.eval(p.default!, frame);
          this.b.dictSet(d, this.b.newStr(p.name, { line: fn.line, col: 0 }), v);
        }
        f.kwdefaults = held.pop();
      }
      if (fn.annotations) {
        // MAKE_FUNCTION keeps them as a tuple (name, value, name, value, ...); __annotations__ makes the dict later.
        for (const a of fn.annotations) held.push(this.b.newStrImmortal(a.name), yield* this.eval(a.value, frame));
        f.annotations = this.b.newSeq('tuple', held.splice(0), { line: fn.line, col: 0 });
      }
    } catch (err) {
      for (const x of held) this.heap.decref(x);
      this.heap.decref(f);
      throw err;
    }
    if (fn.freeVars.size) {
      const cells: PyObj[] = [];
      for (const name of fn.freeVars) {
        let cell = frame.cells.get(name);
        if (!cell) { cell = this.b.newCell(fn.line); frame.cells.set(name, cell); }
        cells.push(this.heap.incref(cell)!);
      }
      f.closure = this.b.newSeq('tuple', cells, { line: fn.line, col: 0 });
    }
    return f;
  }

  private *makeClass(cls: ClassIR, frame: Frame, s: Stmt): G<PyObj> {
    const bases: PyObj[] = [];
    for (const b of cls.bases) bases.push(yield* this.eval(b, frame));
    // Class keywords (metaclass aside) go to the parent's __init_subclass__.
    const classKw: [string, PyObj][] = [];
    let metaArg: PyObj | undefined;
    for (const k of cls.keywords) {
      const v = yield* this.eval(k.value, frame);
      // (the metaclass is only looked at: a class made by it does not count it)
      if (k.name === 'metaclass') { metaArg = v; this.heap.decref(v); } else classKw.push([k.name, v]);
    }
    // (a base whose __mro_entries__ gives the bases in its place: mroEntries.ts)
    let origBases: PyObj | undefined;
    try {
      origBases = yield* updateBases(this, bases, frame, s);
    } catch (err) {
      this.releaseClassArgs(bases, classKw);
      throw err;
    }
    const abcMeta = !!metaArg?.external && metaArg.moduleName === 'abc.ABCMeta';
    // A metaclass other than type / ABCMeta, given or a base's, is not run (its
    // __new__ / __init__ may keep the class): the counts of both are open.
    const givenMeta = metaArg && !abcMeta && !(metaArg.external && metaArg.kind === 'class' && metaArg.builtinName === 'type') ? metaArg : undefined;
    const foreignMeta = givenMeta ?? bases.find((b) => b.foreignMeta)?.foreignMeta;
    if (foreignMeta && !abcMeta) {
      try {
        yield* this.runPrepare(foreignMeta, cls, bases, classKw, frame, s);
      } catch (err) {
        this.heap.decref(origBases);
        this.releaseClassArgs(bases, classKw);
        throw err;
      }
    }
    // (LOAD_NAME in a class body looks in its namespace, then the globals: never exec()'s locals)
    const body = new Frame(cls, cls.qualname, globalsOnly(frame.globals), 'class', frame);
    if (!foreignMeta && enumKindOf(bases)) body.enumBody = enumBodyState(this, bases);
    // The class body can see enclosing function cells it uses.
    for (const name of cls.freeVars) {
      const cell = frame.cells.get(name);
      if (cell) body.cells.set(name, this.heap.incref(cell)!);
    }
    let classCell: PyObj | undefined;
    if (cls.hasClassCell) {
      classCell = this.b.newCell(cls.line);
      body.cells.set('__class__', classCell);
    }
    this.stack.push(body);
    try {
      // `__module__ = __name__` opens every class body; the file's own __name__ is the interned
      // '__main__' (not followed), a dict exec() runs in keeps its own `__name__` value, shared.
      const modName = globalsDictOf(frame.globals)?.entries?.get('s:__name__')?.value;
      if (modName) yield* this.storeName('__module__', this.heap.incref(modName)!, body);
      // The compiler stores the docstring as `__doc__` right after __module__ / __qualname__.
      if (cls.doc) yield* this.storeName('__doc__', docObject(this, cls.doc) ?? (yield* this.eval(cls.doc, body)), body);
      const c = yield* this.execBlock(cls.body, body);
      if (c.k === 'return') this.heap.decref(c.value);
    } catch (err) {
      // A body that raises: __build_class__ lets go of the namespace, the bases and the keywords
      // (what the body bound lives on only through its frame object, if a traceback keeps one),
      // and the exception goes on into the frame that ran the class statement.
      if (err instanceof PyException) this.addTraceback(err.exc, frame);
      this.releaseClassBody(body);
      this.heap.decref(origBases);
      this.releaseClassArgs(bases, classKw);
      throw err;
    } finally {
      this.stack.pop();
    }
    // (after the body: the bases as written, when a hook replaced one)
    if (origBases) yield* this.storeName('__orig_bases__', origBases, body);
    // A metaclass of the program with a __new__ / __init__ of its own is called as __build_class__
    // calls it: M(name, bases, ns, **kw) on the namespace as a dict (metaclasses.ts).
    // (not when the body asked for its namespace, locals(): a dict shared with the frame)
    const runMeta = foreignMeta && !abcMeta && !body.nsDict && followedMetaclass(foreignMeta) && metaclassRuns(foreignMeta)
      && winningMetaclass(givenMeta, bases) === foreignMeta ? foreignMeta : undefined;
    if (runMeta) return yield* this.callMetaclass(runMeta, cls, bases, body, classKw, classCell, frame, s);
    // (the namespace, or a copy of it when the body made it a dict object: locals())
    const ns = classNamespaceCopy(this, body);
    // __build_class__: when a base's __mro_entries__ replaced it (`Generic[T]`, `Box[int]`,
    // `Iterable[int]`), the namespace gets `__orig_bases__`, the bases as written: it keeps the aliases.
    if (!origBases && bases.some((b) => aliasOrigin(b) || isSubscriptedInertBase(b))) ns.set('__orig_bases__', this.b.newSeq('tuple', bases.map((b) => this.heap.incref(b)!), s));
    const klass = yield* this.finishClass(cls, bases, ns, classKw, { abcMeta, foreignMeta, classCell }, frame, s);
    // __build_class__ lets go of the namespace once the class exists (after the frame did).
    this.releaseClassBody(body);
    return klass;
  }

  /** __build_class__ giving up on a class statement that raised: it lets go of the bases and the class keywords it evaluated. */
  private releaseClassArgs(bases: PyObj[], classKw: [string, PyObj][]): void {
    for (const x of bases) this.heap.decref(x);
    for (const [, v] of classKw) this.heap.decref(v);
  }

  /** The class body's frame goes, then __build_class__'s reference to the namespace dict, if the body made one (locals()). */
  private releaseClassBody(body: Frame): void {
    const nsDict = body.nsDict;
    this.teardown(body);
    this.heap.decref(nsDict);
  }

  /**
   * __build_class__ first calls the metaclass's __prepare__(name, bases, **kw): a program's own
   * runs (what it does to the program's objects is followed). The mapping it returns becomes the
   * body's namespace in CPython; the model builds the class from its own namespace instead (such a
   * metaclass is not followed: finishClass escapes the class), so that mapping's count is open.
   */
  private *runPrepare(meta: PyObj, cls: ClassIR, bases: PyObj[], classKw: [string, PyObj][], frame: Frame, s: Stmt): G<void> {
    const own = this.b.lookupClassAttr(meta, '__prepare__');
    if (!own || own.external) return;
    const site: CallSite = { line: s.line, col: s.col, key: `${s.line}:${s.col}:prepare` };
    const prepare = yield* this.b.getAttr(meta, '__prepare__', frame, site);
    const basesTuple = bases.length ? this.b.newSeq('tuple', bases.map((x) => this.heap.incref(x)!), s) : this.heap.incref(this.b.emptyTuple)!;
    const kw: [string, PyObj][] = classKw.map(([k, v]) => [k, this.heap.incref(v)!]);
    const ns = yield* this.callObject(prepare, [this.b.newStrImmortal(cls.name), basesTuple], kw, frame, site);
    this.heap.escape(ns);
    this.heap.decref(ns);
  }

  /**
   * __build_class__'s call of a metaclass the model follows: `meta(name, bases, ns, **kw)` with the
   * body's namespace as a dict (holding `__classcell__`), through type.__call__ (meta.__new__, whose
   * super().__new__ is type.__new__, then meta.__init__). The namespace is dropped afterwards: the
   * class keeps only what type.__new__ copied. Takes the base and keyword references.
   */
  private *callMetaclass(meta: PyObj, cls: ClassIR, bases: PyObj[], body: Frame, classKw: [string, PyObj][], classCell: PyObj | undefined,
    frame: Frame, s: Stmt): G<PyObj> {
    // The namespace as the dict it is in CPython: the body's variables move into it (keys the
    // interned names), with `__classcell__` the cell the compiler stored last.
    const ns = this.b.newDict(s);
    for (const [k, v] of body.locals) this.b.dictSet(ns, this.b.newStrImmortal(k), v);
    body.locals.clear();
    if (classCell) this.b.dictSet(ns, this.b.newStrImmortal('__classcell__'), this.heap.incref(classCell)!);
    noteClassBody(ns, cls);
    // The body's frame is gone before the call; __build_class__'s reference is the one the call
    // is given (and lets go of after it).
    this.teardown(body);
    const site: CallSite = { line: s.line, col: s.col, key: `${s.line}:${s.col}:metaclass`, fromC: true };
    const basesTuple = bases.length ? this.b.newSeq('tuple', bases, s) : this.heap.incref(this.b.emptyTuple)!;
    return yield* this.callObject(meta, [this.b.newStr(cls.name, s), basesTuple, ns], classKw, frame, site);
  }

  /**
   * The slot names of a `__slots__` other than a str, tuple or list (newClass reads those itself):
   * type_new takes PySequence_Tuple(__slots__), so a dict gives its keys (its values are only docs
   * inspect reads, 3.8+) and an iterator is drained (a list iterator then lets go of its list); the
   * namespace keeps the object itself. Null when the names are not all known strs.
   */
  private *slotNamesOf(slots: PyObj | undefined, frame: Frame): G<string[] | null | undefined> {
    if (!slots || slots.kind === 'str' || ((slots.kind === 'tuple' || slots.kind === 'list') && !slots.cls)) return undefined;
    const items = yield* this.b.iterateAll(slots, frame);
    const known = !slots.fuzzy && items.every((x) => x.kind === 'str' && typeof x.value === 'string');
    const names = known ? items.map((x) => String(x.value)) : null;
    for (const x of items) this.heap.decref(x);
    return names;
  }

  /**
   * type.__new__ from the namespace on: the class object (enum members, ABCMeta, a foreign
   * metaclass), the __class__ cell, __set_name__ and the parent's __init_subclass__. The
   * namespace's references move to the class (a class statement's body, `type(name, bases, dict)`'s
   * copy of the dict). Takes the base references.
   */
  *finishClass(cls: ClassIR, bases: PyObj[], ns: Map<string, PyObj>, classKw: [string, PyObj][],
    meta: { abcMeta: boolean; foreignMeta?: PyObj; classCell?: PyObj; metaRan?: boolean }, frame: Frame, s: Pos): G<PyObj> {
    const { abcMeta, foreignMeta, classCell } = meta;
    // A `Cls[T]` base: its __mro_entries__ gives the class; the class's __orig_bases__ keeps the alias
    // (a class statement's; elsewhere the alias is open).
    const origBases = ns.get('__orig_bases__');
    for (let i = 0; i < bases.length; i++) {
      const origin = aliasOrigin(bases[i]);
      if (!origin) continue;
      if (origBases?.items?.includes(bases[i])) this.heap.decref(bases[i]);
      else this.heap.escape(bases[i]);
      bases[i] = this.heap.incref(origin)!;
    }
    const enumKind = enumKindOf(bases);
    const enumMembers = enumKind ? makeMembers(this, ns, enumKind, s, bases) : undefined;
    const slotNames = yield* this.slotNamesOf(ns.get('__slots__'), frame);
    const klass = namedTupleBase(bases) ? this.namedTupleClass(cls, bases[0], ns, s) : this.b.newClass(cls, bases, ns, s, slotNames);
    // (the dict's body part as type_new copied it, for iterating vars(Cls): classNamespaceIter.ts)
    if (!namedTupleBase(bases)) noteClassNamespace(klass, globalsDictOf(frame.globals) ? undefined : (frame.globals.get('__name__') ?? this.b.builtin('__name__')));
    if (abcMeta || (klass.mroTuple?.items ?? []).some((c) => c.isAbc)) {
      // ABCMeta adds _abc_impl and __abstractmethods__, which do not refer to the class (its caches
      // hold weak references): the class's count is a plain class's, but what a collection freeing
      // it finds is open (collector.ts).
      klass.isAbc = true;
      klass.abstractNames = this.b.abstractNames(klass);
      // (_abc_impl is a GC object in the class's dict: the dict is tracked, as with a method in it;
      // measured 3.11-3.13: `class Sub(SomeAbc): pass` freed by a collection is 3 more than a plain one)
      if (klass.dictObj) klass.dictObj.tracked = true;
    }
    if (enumKind) {
      klass.enumKind = enumKind;
      // Each member is an instance of the class (its methods run on it) and holds it a second time
      // as `__objclass__`. Flag classes iterate their canonical members only (a flag value's
      // iteration: enums.ts flagIterMembers).
      const flag = bases.some((b) => /^enum\.(Int)?Flag$/.test(b.moduleName ?? '') || !!b.enumFlag);
      klass.enumFlag = flag;
      klass.enumIntType = enumIntType(bases, flag);
      if (flag) klass.flagBoundaryGiven = classKw.some(([k]) => k === 'boundary') || bases.some((b) => b.flagBoundaryGiven);
      for (const v of klass.attrs?.values() ?? []) {
        if (v.kind !== 'unknown' || !v.attrs?.has('_name_') || v.cls) continue;
        v.cls = this.heap.incref(klass);
        v.attrs.set('__objclass__', this.heap.incref(klass)!);
      }
      if (!flag) klass.enumMembers = enumMembers;
      // What the enum base brings is not known (the class stays fuzzy); its count is, when its
      // members and descriptors are (enums.ts).
      klass.fuzzy = true;
      klass.countKnown = !foreignMeta && enumClassCountKnown(bases, ns, enumMembers);
      const unsorted = flag && enumMembers ? flagValuesUnsorted(enumMembers) : false;
      if (unsorted === undefined) klass.countKnown = false;
      else if (unsorted) {
        // `_iter_member_ = enum_class._iter_member_by_def_`: a bound method in the class dict.
        const bm = this.heap.alloc('method', 'method', this.heap.site(s.line, s.col, 'method', 'bound _iter_member_by_def_'));
        bm.methodFunc = this.b.boundBuiltin('enum.Flag._iter_member_by_def_');
        bm.methodSelf = this.heap.incref(klass);
        bm.tracked = true;
        klass.attrs!.set('_iter_member_', bm);
      }
    }
    if (foreignMeta) {
      // (the class holds its metaclass: a heap type's ob_type)
      klass.foreignMeta = this.heap.incref(foreignMeta);
      // (a metaclass with a __new__ / __init__ is followed only where it ran: typeNew)
      klass.plainMeta = followedMetaclass(foreignMeta) && (!!meta.metaRan || !metaclassRuns(foreignMeta));
      if (!klass.plainMeta) {
        this.adviser.metaclassNotRun(s.line, s.col);
        this.heap.escape(foreignMeta);
        this.heap.escape(klass);
        // (its __new__ / __init__ see the namespace: they may keep any of its values anywhere)
        for (const v of klass.attrs?.values() ?? []) this.heap.escape(v);
        // (and whatever its code may change: the class dicts it reaches, the globals it names)
        escapeUnrunMetaclassReach(this, foreignMeta, klass, frame.globals);
      }
    }
    ns.clear(); // (its references are the class's now)
    // type.__new__ fills the __class__ cell first (type_new_set_classcell), then runs __set_name__ and __init_subclass__.
    if (classCell) classCell.cellValue = this.heap.incref(klass);
    // (each member's __init__ runs from its placeholder's __set_name__, in definition order)
    if (enumKind && enumMembers && !foreignMeta) yield* initMembers(this, klass, enumMembers, frame, s);
    // The class body's namespace lives on while type.__new__ runs __set_name__ and __init_subclass__
    // (__build_class__ holds it until the metaclass call returns; the class's dict is PyDict_Copy of
    // it), so each value counts once more meanwhile. Measured 3.11-3.13: a descriptor's `self` in
    // __set_name__ at 6 (namespace, class dict, type_new_set_names' copy of the dict, the bound
    // method _PyObject_LookupSpecial made, frame, a local). Under a metaclass of its own the
    // namespace's life is the metaclass code's: left as it was.
    const nsHeld = foreignMeta || enumKind ? [] : [...(klass.attrs?.values() ?? [])];
    const kwHeld = foreignMeta || enumKind ? 0 : klass.isAbc ? 5 : 4;
    yield* heldWhile(this.heap, nsHeld, 1, this.classMadeHooks(klass, classKw, frame, s, kwHeld));
    return klass;
  }

  /**
   * What type.__new__ runs once the class exists: __set_name__ on its attributes, then the parent's
   * __init_subclass__, each class keyword's value held `kwHeld` more times meanwhile. Made by type
   * itself, four: __build_class__'s kwargs dict, the array PyObject_VectorcallDict unpacks it into
   * for type's vectorcall, the dict _PyObject_MakeTpCall packs again for type_call, and the array
   * the bound __init_subclass__ unpacks kwds into (measured 3.11-3.13: a list keyword 7 inside the
   * hook, a str literal 10); by ABCMeta, whose Python __new__ passes `**kwargs` on, five (measured 9).
   */
  private *classMadeHooks(klass: PyObj, classKw: [string, PyObj][], frame: Frame, s: Pos, kwHeld: number): G<void> {
    yield* this.setNames(klass, frame, s);
    yield* heldWhile(this.heap, classKw.map(([, v]) => v), kwHeld, this.initSubclass(klass, classKw, frame, s));
  }

  /** type.__new__ calls __set_name__(owner, name) on every attribute whose class defines it. */
  private *setNames(klass: PyObj, frame: Frame, s: Pos): G<void> {
    for (const [name, v] of [...(klass.attrs ?? [])]) {
      const setName = this.b.descriptorMethod(v, '__set_name__');
      if (!setName) continue;
      // (the namespace's key: the interned name the class body stored, or a type() dict's literal key)
      const key = this.b.attrKeyStr(name, s);
      // (type_new_set_names walks a copy of the class's dict and calls a bound method: two more on v)
      try {
        this.heap.decref(yield* heldWhile(this.heap, [v], 2, this.callFromC(setName, [v, klass, key], frame, { line: s.line, col: s.col, key: `${s.line}:${s.col}:set_name` })));
      } finally {
        this.heap.decref(key);
      }
    }
  }

  /** type.__new__ then calls the nearest parent's __init_subclass__ (an implicit classmethod). */
  private *initSubclass(klass: PyObj, classKw: [string, PyObj][], frame: Frame, s: Pos): G<void> {
    try {
      for (const parent of (klass.mroTuple?.items ?? []).slice(1)) {
        const hook = parent.attrs?.get('__init_subclass__');
        if (!hook) continue;
        const fn = hook.kind === 'classmethod' ? hook.wrapped?.[0] : hook;
        if (fn?.kind === 'function') {
          // type_new_init_subclass calls super(type, type).__init_subclass__: a bound method holding the class.
          this.heap.incref(klass);
          try {
            this.heap.decref(yield* this.callFromC(fn, [klass], frame, { line: s.line, col: s.col, key: `${s.line}:${s.col}:init_subclass` }, classKw));
          } finally {
            this.heap.decref(klass);
          }
        }
        break;
      }
    } finally {
      for (const [, v] of classKw) this.heap.decref(v);
    }
  }

  /**
   * `class P(typing.NamedTuple)`: NamedTupleMeta makes a collections.namedtuple
   * class of the annotated fields (their values become __new__'s defaults) and
   * copies the other attributes of the body onto it.
   */
  private namedTupleClass(cls: ClassIR, base: PyObj, ns: Map<string, PyObj>, s: Pos): PyObj {
    const fields = cls.annotated.map((f) => f.name);
    const klass = this.b.newNamedTupleClass(cls.name, fields, s);
    klass.namedParts = typedNamedTupleParts(fields.length, ns);
    for (const [k, v] of ns) {
      if (fields.includes(k)) { (klass.namedDefaults ??= new Map()).set(k, v); this.heap.incref(v); }
      else klass.attrs!.set(k, v);
      this.b.noteStore(klass, v);
    }
    this.heap.decref(base);
    return klass;
  }

  /** Starts running code that may run zero, one or many times (a branch or loop of unknown direction). */
  enterFuzzy(): void {
    this.fuzzyDepth++;
    this.heap.allocLog ??= [];
    const level: FuzzyLevel = { rebound: [], madeFrom: this.heap.allocLog.length, touched: new Map(), shapes: new Map(), temps: this.stackTempList() };
    this.fuzzyLevels.push(level);
    this.heap.touched = level.touched;
    this.heap.touchedShapes = level.shapes;
  }

  /** A name bound under an unknown condition (assignment.ts). */
  noteRebound(r: FuzzyLevel['rebound'][number]): void {
    if (this.oneOfLive) dissolveOneOf(this, r.cell ?? r.map!, r.name, true);
    const level = this.fuzzyLevels[this.fuzzyLevels.length - 1];
    if (level && level.rebound.length < 10000) level.rebound.push(r);
  }

  /**
   * After a run under an unknown condition, a name it bound holds either what it held before or
   * what the run stored: a number, string or bool it holds is of unknown value from here on (a
   * counter a loop of unknown rounds increments, a flag a branch of unknown direction sets), or
   * a later test on it would take one way for sure. (The object stored keeps its reference;
   * the name gets a new one of the same type whose value is open.)
   */
  private forgetReboundValues(level: FuzzyLevel): void {
    for (const r of level.rebound) {
      const v = r.cell ? r.cell.cellValue : r.map!.get(r.name);
      if (!v || v.value === undefined || v.fuzzyValue) continue;
      let open: PyObj;
      if (v.kind === 'int' && v.type === 'int') open = this.b.newInt(undefined, { line: this.currentLine, col: 0 });
      else if (v.kind === 'float' && v.type === 'float') open = this.b.newFloat(undefined, { line: this.currentLine, col: 0 });
      else if (v.kind === 'str' && v.type === 'str') open = this.b.newStr(undefined, { line: this.currentLine, col: 0 });
      else if (v.kind === 'bool') open = this.b.unknown(this.currentLine, 0);
      else continue;
      open.fuzzyValue = true;
      this.heap.fuzz(open);
      if (r.cell) r.cell.cellValue = open;
      else r.map!.set(r.name, open);
      this.heap.decref(v);
      this.heap.fuzzChanges++; // (a loop's next widened pass tests the open value: widenedRounds)
    }
  }

  /**
   * A name such a run bound to another object (None for a Node, one instance for another, a
   * number for None) holds either one afterwards: a test `x is None`, `if x:` or `isinstance`
   * on it would go one way for sure, and the probes of the branch not taken would be missing.
   * Loads of it give an unknown value until a certain store or `del` (loadName). The objects
   * keep their references; only what code does with the name's value is open.
   */
  private noteAmbiguousNames(level: FuzzyLevel): void {
    const seen = new Map<object, Set<string>>();
    for (const r of level.rebound) {
      const where: object = r.cell ?? r.map!;
      let names = seen.get(where);
      if (!names) seen.set(where, (names = new Set()));
      if (names.has(r.name)) continue; // (the first record has what the name held before the run)
      names.add(r.name);
      const v = r.cell ? r.cell.cellValue : r.map!.get(r.name);
      const before = r.before;
      if (v === before || v?.kind === 'unknown') continue;
      // (a number, string or bool of open value stands for both when the name held one of its kind)
      if (v?.fuzzyValue && before && before.kind === v.kind && before.type === v.type) continue;
      this.markAmbiguous(where, r.name);
    }
  }

  /** Namespaces (locals, globals, comprehension scopes) and cells whose names hold one of several objects. */
  private readonly ambiguousNames = new WeakMap<object, Set<string>>();
  /** Set once any name became ambiguous (loadName's fast path skips the lookup before). */
  private ambiguousAny = false;

  /** A store not under an unknown condition (or a del) decides the name again (assignment.ts). */
  settleName(where: object, name: string): void {
    if (this.ambiguousAny) this.ambiguousNames.get(where)?.delete(name);
    if (this.oneOfLive) dissolveOneOf(this, where, name, false);
  }

  private isAmbiguous(where: object, name: string): boolean {
    return this.ambiguousNames.get(where)?.has(name) === true;
  }

  /** A name deleted under an unknown condition may still hold its object (unbindName). */
  markAmbiguous(where: object, name: string): void {
    if (this.oneOfLive) dissolveOneOf(this, where, name, true);
    let set = this.ambiguousNames.get(where);
    if (!set) this.ambiguousNames.set(where, (set = new Set()));
    set.add(name);
    this.ambiguousAny = true;
  }

  /** What each run under an unknown condition (nested ones inside) made and changed so far. */
  private readonly fuzzyLevels: FuzzyLevel[] = [];

  /** The objects the frames' value stacks hold (a match subject, a loop iterator), once per reference. */
  private stackTempList(): PyObj[] {
    const out: PyObj[] = [];
    for (const f of this.stack) for (const t of f.temps) out.push(t.obj);
    return out;
  }

  /**
   * Ends such a run. The real program ran it zero, one or several times, so every object whose
   * count it changed for good has a count the model cannot know: a bound method appended once
   * per round of a loop over an unknown iterable holds its self once per round, an item popped
   * once per round loses a reference each time. (Stores under an unknown condition also open
   * the stored value at once: Builtins.noteStore.) What it made and keeps may exist zero or
   * several times. Counts it only borrowed (read, passed, returned to where they were) are as
   * before and stay exact.
   */
  exitFuzzy(): void {
    this.fuzzyDepth--;
    const level = this.fuzzyLevels.pop()!;
    const outer = this.fuzzyLevels[this.fuzzyLevels.length - 1];
    const log = this.heap.allocLog ?? [];
    const made = log.slice(level.madeFrom);
    // (an enclosing run need not see again what this one made or changed: it is open now, and
    // what this one only borrowed is as it was, for the enclosing run to note when it touches it)
    log.length = level.madeFrom;
    if (!outer) this.heap.allocLog = undefined;
    this.heap.touched = outer?.touched;
    this.heap.touchedShapes = outer?.shapes;
    this.forgetReboundValues(level);
    this.noteAmbiguousNames(level);
    // A container it changed (an item popped, a key deleted, a list sorted) holds what zero,
    // one or several such changes leave: its content is open.
    // (forEach over the maps: no [object, value] pair made per entry; the same live order as for-of)
    level.shapes.forEach((shape, o) => { if (o.alive && !o.fuzzy && !sameShape(shape, shapeOf(o))) this.b.fuzzContent(o); });
    for (const o of made) if (o.alive) this.heap.fuzz(o);
    // (a value-stack reference taken before and dropped inside, as a match subject's once the
    // last case is tried, is dropped on every path: not a change of unknown count)
    let tempsAfter: PyObj[] | undefined;
    const count = (list: PyObj[], o: PyObj): number => { let n = 0; for (const x of list) if (x === o) n++; return n; };
    level.touched.forEach((before, o) => {
      if (!o.alive || o.rc === before || (o.fuzzy && !o.countKnown)) return;
      tempsAfter ??= this.stackTempList();
      if (o.rc - before !== count(tempsAfter, o) - count(level.temps, o)) this.heap.fuzz(o);
    });
  }

  // ---- HeapHost ----

  inUncertainBranch(): boolean {
    return this.fuzzyDepth > 0;
  }

  hasFinalizer(o: PyObj): boolean {
    // (3.11's close() of a generator never started throws GeneratorExit into it, which clears its
    // frame: as a finalizer in a collection that frees what it held before the count is taken)
    // (a singledispatch wrapper is freed as cyclic garbage with its registry: singleDispatch.ts)
    if (isSingleDispatch(o)) return true;
    if (o.kind === 'generator') return o.genState === 'suspended' || (o.genState === 'created' && !this.vm.closeUnstartedKeepsFrame && o.builtinName !== COROUTINE);
    // (heapq.merge's generator, not started: the same on 3.11, its frame's `iterables` tuple goes)
    if (o.builtinName === HEAPQ_MERGE && !o.fuzzy && !!o.items?.length) return !this.vm.closeUnstartedKeepsFrame;
    if (o.kind !== 'instance' && o.kind !== 'exception') return false;
    return !!this.b.lookupClassAttr(o.cls, '__del__');
  }

  runFinalizer(o: PyObj): void {
    const frame = this.top();
    if (isSingleDispatch(o)) { singleDispatchDies(this, o); return; }
    try {
      if (o.kind === 'generator') {
        // A suspended async generator that goes while an event loop's asyncgen hooks are installed
        // is handed to the loop's finalizer hook (asyncio schedules aclose() as a task, which keeps
        // it alive until the loop runs it): what its frame holds then goes at a time the model does
        // not know. Without hooks (driven by hand) it is closed now, like a generator.
        if (mayHaveAsyncGenHooks(this.b) && o.genState === 'suspended' && isAsyncGen(o)) for (const t of targetsOf(o)) this.heap.escape(t);
        this.heap.decref(this.b.closeGenerator(o, frame));
        return;
      }
      if (o.builtinName === HEAPQ_MERGE) {
        // (closed before it started: it yields nothing any more)
        for (const x of o.items!.splice(0)) this.heap.decref(x);
        return;
      }
      const del = this.b.lookupClassAttr(o.cls, '__del__');
      if (del && del.kind === 'function') {
        const r = runSync(this.callFromC(del, [o], frame, { line: frame.line, col: 0, key: 'del' }));
        this.heap.decref(r);
      }
    } catch (err) {
      if (err instanceof PyException) this.heap.decref(err.exc);
      else throw err;
    }
  }

  runWeakrefCallback(callback: PyObj, wr: PyObj): void {
    const frame = this.top();
    try {
      const r = runSync(this.callFromC(callback, [wr], frame, { line: frame.line, col: 0, key: 'weakref-callback' }));
      this.heap.decref(r);
    } catch (err) {
      if (err instanceof PyException) this.heap.decref(err.exc);
      else throw err;
    }
  }

  /**
   * A call that runs as another thread's whole work (threadingModel.ts): an exception ends only that
   * thread (threading.excepthook prints it and lets it go), so it does not reach the caller.
   */
  *callAsThread(func: PyObj, args: PyObj[], frame: Frame, site: CallSite, kwargs: [string, PyObj][]): G<void> {
    try {
      this.heap.decref(yield* this.callFromC(func, args, frame, site, kwargs));
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      // (what the traceback's frames held may be kept by the hook's printing: not followed)
      this.heap.escape(err.exc);
      this.heap.decref(err.exc);
    }
  }

  weakrefCallbackExtraRef(): number {
    return this.vm.weakrefCallbackAlwaysExtra ? 1 : 0;
  }

}


function isSimpleStmt(s: Stmt): boolean {
  return !['if', 'while', 'for', 'try', 'with', 'match', 'def', 'class'].includes(s.k);
}

export { refsOf };
