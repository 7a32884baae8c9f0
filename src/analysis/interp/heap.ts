// The heap: allocation, reference counting and deallocation the way CPython
// does it (Py_INCREF / Py_DECREF, tp_dealloc, PEP 442 finalizers, weak
// references cleared with their callbacks). Finalizers and callbacks are
// Python code, so the interpreter is reached through `HeapHost`.
import { PyObj, Kind, targetsOf, pushTargets } from './objects';

/**
 * Objects of one site reported apart: a function called a few times or a short
 * loop keeps exact per-object counts; beyond this the rest share one summary id.
 */
export const MAX_DISTINCT_PER_SITE = 16;

export interface SiteInfo {
  id: string;
  line: number;
  col: number;
  type: string;
  label: string;
  count: number;
  immortal: boolean;
}

/** A SiteInfo whose label is made when first read: results read the labels of the objects they show, a few of many. */
class Site implements SiteInfo {
  count = 0;
  constructor(readonly id: string, readonly line: number, readonly col: number, readonly type: string, private lab: string | (() => string), readonly immortal: boolean) {}
  get label(): string {
    if (typeof this.lab !== 'string') this.lab = this.lab();
    return this.lab;
  }
}

export interface HeapHost {
  /** Runs `__del__` (or a generator's close) on `o`; errors are swallowed as CPython prints and ignores them. */
  runFinalizer(o: PyObj): void;
  /** Calls a weakref callback with the weakref object. */
  runWeakrefCallback(callback: PyObj, wr: PyObj): void;
  /** True when `o`'s class defines `__del__`. */
  hasFinalizer(o: PyObj): boolean;
  /** How many extra references a weakref callback's argument gets (a version difference). */
  weakrefCallbackExtraRef(): number;
  /** Inside a branch of unknown direction (the model runs each branch in turn). */
  inUncertainBranch(): boolean;
}

export class Heap {
  private nextId = 1;
  /** The next place at a generation list's tail (PyObj.gcSeq): after every place given out before. */
  private gcTail = 1;
  readonly live = new Set<PyObj>();
  readonly sites = new Map<string, SiteInfo>();
  /** Sites of interned (identifier-like) strings: immortal only where the version says so. */
  readonly internedSites = new Map<string, string>();
  /** Site ids by position (a number: no key string built per allocation), then by type (and label for immortal values). */
  private readonly siteByPos = new Map<number, Map<string, string>>();
  /** Objects waiting to be freed: dealloc is iterative (CPython's trashcan) to survive deep structures. */
  private freeing: PyObj[] = [];
  private inFree = false;
  host!: HeapHost;
  /** Told when an object loses a reference and lives on (the recorder watches cycles). */
  onSurvive?: (o: PyObj) => void;
  /** A tracked object of unknown count was freed since the last collection (see collector.ts). */
  uncertainFree = false;

  /** `label` may be given as a function: called only when a result reads it (a constant's repr, for the few constants shown). */
  site(line: number, col: number, type: string, label: string | (() => string), immortal = false): string {
    // Interpreter-wide objects (None, small ints, interned strings) have no source
    // position: each value is its own site, or they would all share one id and label.
    // 2^26 lines × 2^26 columns stays within a double's exact integers. The usual position
    // (line < 2^20, column < 2^10) gets a small-integer key instead: a double key is a
    // number object made per allocation. The two ranges cannot meet (the other is negative).
    const pos = line >= 0 && line < 0x100000 && col >= 0 && col < 0x400 && (line | 0) === line && (col | 0) === col
      ? line * 0x400 + col
      : -1 - (line * 0x4000000 + col);
    let byType = this.siteByPos.get(pos);
    if (!byType) this.siteByPos.set(pos, (byType = new Map()));
    if (immortal && typeof label !== 'string') label = label();
    const key = immortal ? `${type}:${label as string}` : type;
    let id = byType.get(key);
    if (!id) {
      id = `o${this.sites.size + 1}`;
      byType.set(key, id);
      this.sites.set(id, new Site(id, line, col, type, label, immortal));
    }
    return id;
  }

  /** Objects made under a condition of unknown direction (Interpreter.enterFuzzy), while it lasts. */
  allocLog: PyObj[] | undefined = undefined;
  /** Meanwhile, each object whose count changed, with its count before the first change. */
  touched: Map<PyObj, number> | undefined = undefined;
  /** And the content of the containers among them, as it was then (shapeOf). */
  touchedShapes: Map<PyObj, unknown[]> | undefined = undefined;

  /**
   * Containers a loop's rounds of unknown items iterate (iterMutation.ts): set to true when such a
   * round takes or drops a reference to one (the only way its code reaches it to change it).
   */
  touchWatch: Map<PyObj, boolean> | undefined = undefined;

  private noteTouch(o: PyObj): void {
    this.touched!.set(o, o.rc);
    if (this.touchWatch?.has(o)) this.touchWatch.set(o, true);
    // (mutable containers only: tuples and frozensets never change, and attributes are only
    // stored through Builtins.noteStore, which opens them at once)
    if ((o.items && o.kind !== 'tuple') || (o.entries && o.kind !== 'frozenset')) this.touchedShapes!.set(o, shapeOf(o));
  }

  /**
   * A new object with one reference that is not among the live objects: no holder of anything
   * in the heap's scans, never a collector candidate (the module's namespace dict, whose items
   * are the globals themselves: namespaces.moduleNamespace).
   */
  allocOutsideLive(kind: Kind, type: string, site: string): PyObj {
    const o = this.alloc(kind, type, site);
    this.live.delete(o);
    return o;
  }

  /** A new object with one reference, owned by the caller. */
  alloc(kind: Kind, type: string, site: string): PyObj {
    const o = new PyObj(this.nextId++, kind, type, site);
    o.rc = 1;
    o.gcSeq = this.gcTail++;
    this.live.add(o);
    this.allocLog?.push(o);
    const s = this.sites.get(site);
    if (s) {
      s.count++;
      if (s.count > 1) o.oid = s.count <= MAX_DISTINCT_PER_SITE ? `${site}.${s.count}` : `${site}.n`;
    }
    return o;
  }

  /** An object the interpreter owns for good (builtins, modules, singletons): never counted or freed. */
  external(kind: Kind, type: string, site = 'builtin'): PyObj {
    const o = new PyObj(this.nextId++, kind, type, site);
    o.rc = 1;
    o.external = true;
    o.immortal = true;
    return o;
  }

  incref(o: PyObj | undefined): PyObj | undefined {
    if (o && !o.immortal) {
      if (this.touched !== undefined && !this.touched.has(o)) this.noteTouch(o);
      o.rc++;
    }
    return o;
  }

  /** Takes one reference back; at zero the object is freed (its finalizer may resurrect it). */
  decref(o: PyObj | undefined): void {
    if (!o || o.immortal) return;
    if (!o.alive) return;
    if (this.touched !== undefined && !this.touched.has(o)) this.noteTouch(o);
    o.rc--;
    if (o.rc > 0) { this.onSurvive?.(o); return; }
    if (o.rc < 0) { o.rc = 0; this.fuzz(o); return; }
    this.freeing.push(o);
    if (this.inFree) return;
    this.inFree = true;
    try {
      while (this.freeing.length) {
        const x = this.freeing.pop()!;
        if (x.alive && x.rc === 0) this.dealloc(x);
      }
    } finally {
      this.inFree = false;
    }
  }

  private dealloc(o: PyObj): void {
    // PEP 442: the finalizer runs once, with the object temporarily alive again.
    if (!o.finalized && this.host.hasFinalizer(o)) {
      o.finalized = true;
      o.rc = 1;
      this.inFree = false;
      try {
        this.host.runFinalizer(o);
      } finally {
        this.inFree = true;
      }
      o.rc--;
      if (o.rc > 0) return; // resurrected
    }
    this.clearWeakrefs(o, /* callbacks */ true);
    // A container of unknown count freed here may in truth live on, as cyclic garbage the model cannot see.
    if (o.fuzzy && o.tracked && !o.acyclic) this.uncertainFree = true;
    o.alive = false;
    this.live.delete(o);
    const refs = targetsOf(o);
    this.release(o);
    // An object of unknown count freed inside a branch of unknown direction (a value one branch
    // stored, which the next branch replaces) may live on in the run that took the first branch:
    // what it refers to may keep that reference.
    if (o.fuzzy && !o.countKnown && this.host.inUncertainBranch()) {
      for (const t of refs) this.fuzz(t);
    }
    for (const t of refs) this.decref(t);
  }

  /** Clears every weak reference to `o`; callbacks run for weakrefs that are themselves alive. */
  clearWeakrefs(o: PyObj, callbacks: boolean): void {
    const wrs = o.weakrefs;
    if (!wrs || wrs.length === 0) return;
    o.weakrefs = [];
    const toCall: PyObj[] = [];
    for (const wr of wrs) {
      wr.referent = undefined;
      if (wr.callback && callbacks && wr.alive) toCall.push(wr);
    }
    const extra = toCall.length > 1 ? 1 : this.host.weakrefCallbackExtraRef();
    // (newest first: a weakref with a callback goes in ahead of every older one, weakref___new__'s
    // insert_after the plain ref; `wrs` is in creation order)
    for (const wr of toCall.reverse()) {
      const cb = wr.callback!;
      wr.callback = undefined;
      this.incref(wr);
      if (!extra) wr.rc--; // the callback gets the weakref itself, without a tuple holding it
      const saved = this.inFree;
      this.inFree = false;
      try {
        this.host.runWeakrefCallback(cb, wr);
      } finally {
        this.inFree = saved;
      }
      this.decref(cb);
      if (!extra) wr.rc++;
      this.decref(wr);
    }
  }

  /** Forgets an object's outgoing references (their counts are dropped by the caller). */
  release(o: PyObj): void {
    o.items = undefined;
    o.entries = undefined;
    // (a class's attributes are its __dict__'s when it has one: they go with that dict, not twice)
    if (o.kind !== 'class' || !o.alive || o.dictObj) o.attrs = undefined;
    o.slots = undefined;
    o.cls = undefined;
    o.dictObj = undefined;
    o.splitKeysOf = undefined;
    o.mroTuple = undefined;
    o.basesTuple = undefined;
    o.solidBase = undefined;
    o.foreignMeta = undefined;
    o.descriptors = undefined;
    o.defaults = undefined;
    o.kwdefaults = undefined;
    o.annotations = undefined;
    o.doc = undefined;
    o.basePayload = undefined;
    o.closure = undefined;
    o.codeObj = undefined;
    o.fnModule = undefined;
    o.methodFunc = undefined;
    o.methodSelf = undefined;
    o.cellValue = undefined;
    o.iterSource = undefined;
    o.iterSources = undefined;
    o.itersTuple = undefined;
    o.weakItems = undefined;
    o.lastResult = undefined;
    o.clearedFrameFunc = undefined;
    o.iterFunc = undefined;
    o.excArgs = undefined;
    o.egExcs = undefined;
    o.traceback = undefined;
    o.context = undefined;
    o.cause = undefined;
    o.tbFrame = undefined;
    o.tbNext = undefined;
    o.frameBack = undefined;
    o.callback = undefined;
    o.finalizeFunc = undefined;
    o.finalizeArgs = undefined;
    o.sliceParts = undefined;
    o.superClass = undefined;
    o.superSelf = undefined;
    o.superType = undefined;
    o.wrapped = undefined;
    o.localsCache = undefined;
    o.defaultFactory = undefined;
    o.weakEntries = undefined;
    // (every other field refsOf lists: a collection's tp_clear took them, and the dealloc that
    // follows must not drop them again — an AttributeError's obj lost a count per collection)
    o.heldValue = undefined;
    o.fnGlobals = undefined;
    o.groupState = undefined;
    o.namedDefaults = undefined;
    o.namedDefaultsTuple = undefined;
    o.namedFieldsTuple = undefined;
    o.codeConsts = undefined;
    const fr = o.kind === 'generator' ? o.genFrame : o.kind === 'frame' ? o.frame : undefined;
    // The object's references were taken from refsOf before: only forget them here.
    if (fr && (o.kind === 'generator') !== fr.ownedByObject) fr.release();
  }

  /**
   * What `o` holds escapes, and `o` itself only when its count is not known
   * apart from its content (Builtins.fuzzContent): reading an unknown part of
   * a container hands out one of its items, not the container.
   */
  escapeContent(o: PyObj): void {
    if (!o.countKnown) { this.escape(o); return; }
    for (const t of targetsOf(o)) this.escape(t);
  }

  /** Marks `o` alone as of unknown count (immortals keep theirs). */
  fuzz(o: PyObj | undefined): void {
    if (o && !o.immortal) {
      if (o.id < this.fuzzWatermark && (!o.fuzzy || o.countKnown)) this.fuzzChanges++;
      o.fuzzy = true;
      o.countKnown = false;
    }
  }

  /**
   * Objects made before this id (the start of a loop's widened pass, controlFlow.ts) count in
   * fuzzChanges when their count or content becomes unknown: a pass that changes none of them
   * is the loop's fixpoint.
   */
  fuzzWatermark = 0;
  fuzzChanges = 0;

  /** Moves `objs`, in this order, to the tail of the collector's lists (gc_list_merge / gc_list_append). */
  appendToGcLists(objs: Iterable<PyObj>): void {
    for (const o of objs) o.gcSeq = this.gcTail++;
  }

  /** The id the next object will get. */
  get nextObjectId(): number {
    return this.nextId;
  }

  /** Marks `o` and everything it reaches as of unknown count (it escaped to code we do not model). */
  escape(o: PyObj | undefined, limit = 10000, generators?: PyObj[]): void {
    if (!o || o.external || limit <= 0) return;
    // The root first, on its own: most escaped objects are atoms (a str, an int, the items of a
    // table read at an unknown index, each escaped alone), and they need no seen-set or stack.
    const stack: PyObj[] = [];
    this.escapeOne(o, stack, generators);
    if (!stack.length) return;
    const seen = new Set<PyObj>([o]);
    while (stack.length && seen.size < limit) {
      const x = stack.pop()!;
      if (seen.has(x) || x.external) continue;
      seen.add(x);
      this.escapeOne(x, stack, generators);
    }
  }

  /** Objects whose model must learn that code it does not follow got them (a Logger: loggingModel.ts). */
  private escapeWatch?: WeakMap<PyObj, () => void>;

  /** Calls `onEscape` whenever the escape walk reaches `o`. */
  watchEscape(o: PyObj, onEscape: () => void): void {
    (this.escapeWatch ??= new WeakMap()).set(o, onEscape);
  }

  /** One object of escape's walk: its count opened, what the walk goes on to pushed on `stack`. */
  private escapeOne(x: PyObj, stack: PyObj[], generators: PyObj[] | undefined): void {
    this.fuzz(x);
    if (this.escapeWatch) this.escapeWatch.get(x)?.();
    // (what unknown code may run from here, for a caller that follows that: the generators it reaches
    // (Interpreter.runEscapedGenerators), and the program's instances whose library base may call
    // their own methods back (libraryHooks.ts runLibraryHooks))
    if (generators && (x.kind === 'generator' || hasLibraryBase(x))) generators.push(x);
    // (code given an enum class can reach its members through the class's member maps)
    if (x.kind === 'class' && x.enumKind) for (const v of x.attrs?.values() ?? []) if (v.kind === 'unknown') stack.push(v);
    if (x.kind === 'class' && x.flagPseudoMembers) stack.push(...x.flagPseudoMembers.values());
    // (a module the interpreter provides is external; a program's ModuleType object hands out its dict)
    // (whatever code gets it may change a class's attributes: typeErrors.ts knownMro; a loop's
    // widening too, havocFrame: the rounds it does not run are code the model does not follow, and
    // a name they compute may differ from the passes' (z_mend_widen_unrun_rounds))
    // (a frame object: the code may keep it, so its frame's variables may outlive the call: Interpreter.teardown)
    if (x.kind === 'class' || x.kind === 'frame') x.reachedByUnknown = true;
    if (x.kind === 'class' || x.kind === 'function') return;
    // A running frame's frame object: its variables are the frame's own until it returns, but the
    // code that got the frame object reaches them (f_locals) and keeps them once it takes them over.
    if (x.kind === 'frame' && x.frame?.live && !x.frame.ownedByObject) for (const r of x.frame.refs()) stack.push(r.target);
    // A weak reference hands out its object (`r()`, a weak container's items): the code reaches it,
    // may keep it, or make weak references of its own to it whose callbacks a collection counts.
    if (x.referent?.alive) stack.push(x.referent);
    pushTargets(x, stack);
  }
}

/** An instance of a program class with a base the model does not follow (a library class whose methods call hooks). */
export function hasLibraryBase(x: PyObj): boolean {
  return x.kind === 'instance' && !!x.cls?.unknownBase && !!x.cls.classIR && !x.cls.external;
}

/** What a container holds, in order, flat (items; dict / set entries): compared by identity. */
export function shapeOf(o: PyObj): unknown[] {
  const out: unknown[] = [];
  if (o.items) { out.push(o.items.length); for (const x of o.items) out.push(x); }
  if (o.entries) { out.push(o.entries.size); for (const [k, e] of o.entries) out.push(k, e.key, e.value); }
  return out;
}

export function sameShape(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
