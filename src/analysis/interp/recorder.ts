// Watches the interpreter run and writes down what the result reports: after
// each recorded statement the names in scope with their objects' counts
// (joined over every run of the line), gc.collect / sys.getrefcount results,
// cycles (when they close and when no root reaches them), holders for
// hovers, and heap snapshots for the panel.
import type { Stmt } from '../ir/irTypes';
import type { CallResult, CycleInfo, GcSimulation, GcStep, HeapFrame, HeapSnapshot, Holder, Interval, LineState } from '../results/resultTypes';
import type { Frame } from './frame';
import type { CallSite, Interpreter } from './interpreter';
import { LIMITS } from './limits';
import { framesKept, snapshotItems, snapshotRun } from './snapshotPolicy';
import { countUnknown, PyObj, refsOf, targetsOf } from './objects';
import { addIdentifiers } from './identifierWords';
import { activeWalks } from './setOrder';
import { widenWalkProbe } from './walkCoupling';
import { dryCollect, gcCandidates, unreachableSet } from './collector';

interface LineAcc {
  line: number;
  scope: string;
  /** Object ids per name: one id (the usual case) held bare, an array once a second one appears. */
  bindings: Map<string, string | string[]>;
  refcounts: Map<string, Interval>;
  holders?: Record<string, Holder[]>;
  runs: number;
  /** What each name was last recorded with on this line: a run that finds the same adds nothing to the joins. */
  last: Map<string, LastRecord>;
}

interface LastRecord {
  obj: PyObj;
  oid: string;
  rc: number;
  open: boolean;
  slack: number;
  extra: number;
  immortal: boolean;
}

interface CycleAcc {
  key: string;
  objects: string[];
  createdAt: number;
  unreachableAt?: number;
  chain: string;
  collectedAt?: number;
  live: PyObj[];
}

export class Recorder {
  it!: Interpreter;
  readonly lines = new Map<number, LineAcc>();
  readonly calls: CallResult[] = [];
  private readonly callIndex = new Map<string, CallResult>();
  readonly cycles = new Map<string, CycleAcc>();
  readonly snapshots: HeapSnapshot[] = [];
  /** True once the snapshot count or size budget ran out: later program points have no heap. */
  snapshotsCut = false;
  private snapshotItems = 0;
  readonly gcRuns: GcSimulation[] = [];
  /** Site ids whose objects were reported immortal / shared. */
  readonly sharedSites = new Set<string>();
  /** Objects of libraries a name was seen bound to, by id: described with no site in the file (buildResult.ts). */
  readonly libraryObjects = new Map<string, PyObj>();
  private holderScans = 0;
  /** References added since the last statement ended: the only places a new cycle can close. */
  private newEdges: [PyObj, PyObj][] = [];
  private fullCheck = false;

  constructor(private readonly opts: { snapshots: boolean; holders: boolean | number[]; gcFilmLine?: number }) {}

  /** Whether each statement costs a heap walk (snapshots, holders on every line): the budget is checked more often then. */
  get heavy(): boolean {
    return this.opts.snapshots || this.opts.holders === true;
  }

  /** A reference from → to was added (a cycle may have closed). */
  noteEdge(from: PyObj, to: PyObj): void {
    if (this.newEdges.length <= LIMITS.MAX_EDGES_PER_CHECK) this.newEdges.push([from, to]);
    if (this.opts.snapshots) {
      let m = this.edgeLines.get(from);
      if (!m) this.edgeLines.set(from, (m = new Map()));
      m.set(to, this.it.currentLine);
    }
  }

  /** The line whose statement made each reference (the panel reveals it on click). */
  private readonly edgeLines = new WeakMap<PyObj, Map<PyObj, number>>();

  /** References were removed (a cycle may have lost its last outside holder). */
  noteStore(): void {
    this.rootsChanged = true;
  }

  /** Something changed that the edge log cannot describe: scan the heap after this statement. */
  noteFullCheck(): void {
    this.fullCheck = true;
  }

  afterStatement(s: Stmt, frame: Frame): void {
    const it = this.it;
    const vis = this.statementNames(frame, s);
    let acc = this.lines.get(s.line);
    if (!acc) {
      acc = { line: s.line, scope: frame.qualname, bindings: new Map(), refcounts: new Map(), runs: 0, last: new Map() };
      this.lines.set(s.line, acc);
    }
    acc.runs++;
    const fuzzyAll = it.fuzzyDepth > it.recordBaseDepth;
    // Scopes with very many names (large modules): a line records the names its
    // statement mentions and those whose object or count changed since the
    // scope's previous statement, not all of them again (see README, Limits).
    const many = vis.size > LIMITS.MAX_NAMES_PER_LINE;
    const mentioned = many ? this.mentionedNames(s) : undefined;
    let seen = this.lastSeen.get(frame);
    if (many && !seen) this.lastSeen.set(frame, (seen = new Map()));
    // forEach, not for-of over entries: no [name, obj] pair allocated per name and statement.
    const types = it.b.types;
    vis.forEach((obj, name) => {
      // (of the objects outside the program, a static builtin type is reported as itself (immortal
      // from 3.12); a module not at all; any other, a library's object, with an open count)
      const library = obj.external && !(obj.kind === 'class' && obj.builtinName && types.get(obj.builtinName) === obj);
      if (library && obj.kind === 'module') return;
      if (library) this.libraryObjects.set(obj.oid, obj);
      if (many) {
        const prev = seen!.get(name);
        if (prev && prev.obj === obj && prev.rc === obj.rc && prev.fuzzy === obj.fuzzy) {
          if (!mentioned!.has(name)) return;
        } else if (prev) {
          prev.obj = obj;
          prev.rc = obj.rc;
          prev.fuzzy = obj.fuzzy;
        } else seen!.set(name, { obj, rc: obj.rc, fuzzy: obj.fuzzy });
      }
      this.recordName(acc!, name, obj, library || fuzzyAll || (it.racyCounts.size > 0 && it.racyCounts.has(obj)), it.countSlack.size ? it.countSlack.get(obj) ?? 0 : 0,
        it.countExtra.size ? it.countExtra.get(obj) ?? 0 : 0);
    });
    // Every line (small programs, bounded by heap size and count), or the lines asked for (always: one scan each).
    const asked = Array.isArray(this.opts.holders) && this.opts.holders.includes(s.line);
    const everyLine = this.opts.holders === true && !many && this.holderScans < LIMITS.MAX_HOLDER_SCANS && it.heap.live.size < LIMITS.MAX_HOLDER_HEAP;
    if (asked || everyLine) {
      this.holderScans++;
      acc.holders = this.holdersFor(vis, frame);
    }
    if (this.newEdges.length || this.fullCheck) this.checkNewCycles(s, frame);
    this.checkUnreachable(s.line);
    if (this.opts.snapshots && snapshotRun(acc.runs) && !this.snapshotsCut) this.takeSnapshot(s.line, acc.runs);
    if (this.opts.gcFilmLine === s.line && !this.gcRuns.some((g) => g.line === s.line)) {
      const heap = this.heapSnapshot(s.line, gcCandidates(it, it.b));
      const { steps, found } = dryCollect(it, it.b);
      this.gcRuns.push({ line: s.line, steps, collected: found.length, uncollectable: 0, freed: found.map((o) => `h${o.id}`), heap, dryRun: true });
    }
  }

  private readonly lastSeen = new WeakMap<Frame, Map<string, { obj: PyObj; rc: number; fuzzy: boolean }>>();

  /** One name's object and count into a line's record. */
  private recordName(acc: LineAcc, name: string, obj: PyObj, fuzzyAll: boolean, slack: number, extra: number): void {
    // (a line run again in a loop mostly finds each name as it was: the same id and interval
    // joined again change nothing, and the joins below were most of the recording's time)
    const open = countUnknown(obj) || fuzzyAll;
    const last = acc.last.get(name);
    if (last && last.obj === obj && last.rc === obj.rc && last.open === open && last.slack === slack && last.extra === extra && last.oid === obj.oid && last.immortal === obj.immortal) return;
    if (last) {
      last.obj = obj;
      last.rc = obj.rc;
      last.open = open;
      last.slack = slack;
      last.extra = extra;
      last.oid = obj.oid;
      last.immortal = obj.immortal;
    } else acc.last.set(name, { obj, rc: obj.rc, open, slack, extra, oid: obj.oid, immortal: obj.immortal });
    // One object seen through several names gets an alias id per extra name, so
    // a line's count for a name joins only the runs where that name held it.
    obj.primaryName ??= name;
    const id = obj.primaryName === name ? obj.oid : `${obj.oid}~${name}`;
    const ids = acc.bindings.get(name);
    if (ids === undefined) acc.bindings.set(name, id);
    else if (typeof ids === 'string') { if (ids !== id) acc.bindings.set(name, [ids, id]); }
    else if (!ids.includes(id)) ids.push(id);
    if (obj.immortal) { this.sharedSites.add(id); return; }
    const old = acc.refcounts.get(id);
    if (open) {
      const iv: Interval = [Math.min(obj.rc, 1), null];
      acc.refcounts.set(id, old ? join(old, iv) : iv);
    } else if (slack || extra) {
      const iv: Interval = [obj.rc - slack, obj.rc + extra];
      acc.refcounts.set(id, old ? join(old, iv) : iv);
    } else if (!old) {
      acc.refcounts.set(id, [obj.rc, obj.rc]);
    } else if (old[0] > obj.rc || (old[1] !== null && old[1] < obj.rc)) {
      acc.refcounts.set(id, join(old, [obj.rc, obj.rc]));
    }
    // (inside a walk in an unknown order a member may be before, in or after its round: walkCoupling.ts)
    if (this.it.walkDepth) widenWalkProbe(activeWalks(this.it), acc.refcounts, id, obj);
  }

  private readonly mentioned = new WeakMap<Stmt, Set<string>>();

  /** Identifiers written in the statement's source lines (comments included: a `# ?rc x` probe names x). */
  private mentionedNames(s: Stmt): Set<string> {
    let out = this.mentioned.get(s);
    if (out) return out;
    out = new Set<string>();
    for (let l = s.line; l <= Math.min(s.endLine, s.line + 20); l++) {
      addIdentifiers(this.it.lineText(l), out);
    }
    this.mentioned.set(s, out);
    return out;
  }

  /**
   * The names recorded after statement `s`: in a module, the globals; in a
   * function or class body, its own variables, cells and comprehension names,
   * and of the globals those the code uses or the statement's lines mention.
   * (Copying every global per statement made long modules quadratic.)
   */
  private statementNames(frame: Frame, s: Stmt): ReadonlyMap<string, PyObj> {
    if (frame.kind === 'module') return frame.globals;
    const out = new Map<string, PyObj>();
    const globals = frame.globals;
    if (globals.size) {
      for (const k of this.globalNamesOf(frame, s)) {
        const v = globals.get(k);
        if (v) out.set(k, v);
      }
    }
    return addOwnNames(frame, out);
  }

  /**
   * The global names statementNames looks up for `s`: the code's globalsUsed, then the
   * statement's mentioned names, each once, in that order (the order the map's entries get).
   * Cached per statement: both parts are fixed for the run (the code's names by lowering,
   * the source lines by the text analysed); the code is checked in case a statement
   * object is run by another code's frame.
   */
  private globalNamesOf(frame: Frame, s: Stmt): string[] {
    const hit = this.globalNames.get(s);
    if (hit && hit.code === frame.code) return hit.names;
    const names = [...new Set([...frame.code.globalsUsed, ...this.mentionedNames(s)])];
    this.globalNames.set(s, { code: frame.code, names });
    return names;
  }

  private readonly globalNames = new WeakMap<Stmt, { code: Frame['code']; names: string[] }>();

  /** Names the scope can see: every global (a probe may read one the function never uses) and its own. */
  visibleNames(frame: Frame): ReadonlyMap<string, PyObj> {
    // A module sees its globals: the map itself (read-only here), not a copy per statement.
    if (frame.kind === 'module') return frame.globals;
    return addOwnNames(frame, new Map(frame.globals));
  }

  callResult(site: CallSite, callee: 'gc.collect' | 'sys.getrefcount', value: Interval | 'immortal', objects: string[], target?: PyObj): void {
    void target;
    const key = `${site.line}:${site.col}:${callee}`;
    let c = this.callIndex.get(key);
    if (!c) {
      c = { line: site.line, column: site.col, callee, returns: value === 'immortal' ? [0, null] : value };
      if (value === 'immortal') c.immortal = true;
      if (callee === 'gc.collect') c.objects = [];
      this.callIndex.set(key, c);
      this.calls.push(c);
    } else if (value === 'immortal') {
      if (!c.immortal) c.returns = [0, null];
    } else if (c.immortal) {
      c.immortal = false;
      c.returns = [0, null];
    } else c.returns = join(c.returns, value);
    if (c.objects) for (const o of objects) if (!c.objects.includes(o)) c.objects.push(o);
    if (this.it.fuzzyDepth > this.it.recordBaseDepth && !c.immortal) c.returns = [c.returns[0], null];
  }

  wantsGcFilm(line: number): boolean {
    return this.opts.gcFilmLine === undefined || this.opts.gcFilmLine === line || this.gcRuns.length < 20;
  }

  gcRun(line: number, count: number, objs: PyObj[], steps: GcStep[], before?: HeapSnapshot, upper: number | null = count): void {
    const site = { line, col: this.it.b ? this.currentCallCol(line) : 0, key: '' };
    this.callResult(site, 'gc.collect', [count, upper], [...new Set(objs.map((o) => o.oid))]);
    for (const cyc of this.cycles.values()) {
      if (cyc.collectedAt === undefined && cyc.live.some((o) => objs.includes(o))) cyc.collectedAt = line;
    }
    if (before) this.gcRuns.push({ line, steps, collected: count, uncollectable: 0, freed: objs.map((o) => `h${o.id}`), heap: before });
  }

  /** The column of the gc.collect call being run (set by the interpreter through the call site). */
  private currentCallCol(line: number): number {
    return this.pendingCol.get(line) ?? 0;
  }

  readonly pendingCol = new Map<number, number>();

  private holdersFor(vis: ReadonlyMap<string, PyObj>, frame: Frame): Record<string, Holder[]> {
    const targets = new Set([...vis.values()].filter((o) => !o.immortal && !o.external));
    const acc = new Map<PyObj, Map<string, Holder>>();
    const add = (target: PyObj, text: string, kind: Holder['kind']): void => {
      if (!targets.has(target)) return;
      let m = acc.get(target);
      if (!m) acc.set(target, (m = new Map()));
      const h = m.get(text);
      if (h) h.count++;
      else m.set(text, { text, kind, count: 1 });
    };
    const names = this.namesOf(frame);
    for (const f of this.it.stack) {
      const where = f.kind === 'module' ? 'global' : `local of ${f.qualname}`;
      for (const [k, v] of f.kind === 'module' ? f.globals : f.locals) add(v, `\`${k}\` (${where})`, 'name');
      for (const r of f.refs()) if (r.kind !== 'attribute') add(r.target, r.kind === 'cell' ? `${r.label} of ${f.qualname}` : `${r.label} in ${f.qualname}`, r.kind === 'cell' ? 'cell' : 'temporary');
    }
    if (!this.it.stack.includes(frame) && frame.kind === 'module') for (const [k, v] of frame.globals) add(v, `\`${k}\` (global)`, 'name');
    for (const o of this.it.heap.live) {
      for (const r of refsOf(o)) {
        if (!targets.has(r.target)) continue;
        const owner = names.get(o) ?? o.type;
        add(r.target, `${owner}${r.label.startsWith('[') || r.label.startsWith('.') ? r.label : ' ' + r.label}`, r.kind === 'hidden' ? 'other' : r.kind === 'cell' ? 'cell' : r.kind === 'key' ? 'key' : r.kind === 'attribute' ? 'attribute' : 'item');
      }
    }
    const out: Record<string, Holder[]> = {};
    for (const t of targets) {
      const list = [...(acc.get(t)?.values() ?? [])];
      if (t.constHolders) list.push({ text: 'code object constants (co_consts)', kind: 'constant', count: t.constHolders });
      if (t.parserRefs) list.push({ text: 'the parser (a script keeps its literals)', kind: 'parser', count: t.parserRefs });
      if (t.hiddenHolders) list.push({ text: t.hiddenWhy ?? "the enum's member maps (_member_map_, _value2member_map_)", kind: 'other', count: t.hiddenHolders });
      const counted = list.reduce((s, h) => s + h.count, 0);
      if (counted < t.rc) list.push({ text: 'the interpreter (call arguments, stack)', kind: 'temporary', count: t.rc - counted });
      out[t.oid] = list;
    }
    return out;
  }

  /** A readable name for objects: the first variable bound to each. */
  namesOf(frame: Frame): Map<PyObj, string> {
    const out = new Map<PyObj, string>();
    for (const [k, v] of this.visibleNames(frame)) if (!out.has(v)) out.set(v, k);
    for (const f of this.it.stack) for (const [k, v] of f.kind === 'module' ? f.globals : f.locals) if (!out.has(v)) out.set(v, k);
    return out;
  }

  /**
   * New cycles can only close through a new reference A → B: then B reaches A.
   * So after a statement only the edges it added are checked (a bounded DFS
   * from B), and the strongly connected component around A is computed from
   * what that DFS visited; the whole heap is scanned only when asked to.
   */
  private checkNewCycles(s: Stmt, frame: Frame): void {
    const edges = this.newEdges;
    this.newEdges = [];
    const full = this.fullCheck || edges.length > LIMITS.MAX_EDGES_PER_CHECK;
    this.fullCheck = false;
    let comps: PyObj[][] = [];
    const closing = new Map<PyObj[], [PyObj, PyObj]>();
    if (full) {
      if (this.it.heap.live.size > LIMITS.MAX_CYCLE_CHECK_OBJECTS) return;
      comps = stronglyConnected([...this.it.heap.live].filter(cycleCandidate));
    } else {
      const done = new Set<PyObj>();
      for (const [a, b] of edges) {
        if (!a.alive || !b.alive || done.has(a) || !cycleCandidate(a) || !cycleCandidate(b)) continue;
        const reach = reachableFrom(b, LIMITS.MAX_CYCLE_CHECK_OBJECTS);
        if (!reach.has(a)) continue;
        for (const comp of stronglyConnected([...reach])) {
          if (comp.includes(a)) { comps.push(comp); closing.set(comp, [a, b]); for (const o of comp) done.add(o); }
        }
      }
    }
    if (!comps.length) return;
    const names = this.namesOf(frame);
    for (const comp of comps) {
      const key = [...new Set(comp.map((o) => o.oid))].sort().join(',');
      let cyc = this.cycles.get(key);
      if (!cyc) {
        cyc = { key, objects: key.split(','), createdAt: s.line, chain: chainOf(comp, names, closing.get(comp)), live: comp };
        this.cycles.set(key, cyc);
        this.it.adviser.cycleClosed(s, comp, cyc.chain);
      }
      cyc.live = comp;
      if (cyc.unreachableAt === undefined) this.watch(cyc);
    }
  }

  /** Cycles still reachable: a member losing a reference may make the cycle garbage. */
  private readonly pending = new Set<CycleAcc>();
  private readonly watched = new Map<PyObj, number>();
  private rootsChanged = false;

  private watch(c: CycleAcc): void {
    if (this.pending.has(c)) return;
    this.pending.add(c);
    for (const o of c.live) this.watched.set(o, (this.watched.get(o) ?? 0) + 1);
    this.rootsChanged = true;
  }

  private unwatch(c: CycleAcc): void {
    this.pending.delete(c);
    for (const o of c.live) {
      const n = (this.watched.get(o) ?? 1) - 1;
      if (n <= 0) this.watched.delete(o);
      else this.watched.set(o, n);
    }
  }

  /** Heap hook: a watched object lost a reference and survived. */
  survivedDecref(o: PyObj): void {
    if (this.watched.has(o)) this.rootsChanged = true;
  }

  /** Objects the full reachability scans of checkUnreachable visited so far (bounded: LIMITS). */
  private unreachableScanWork = 0;

  private checkUnreachable(line: number): void {
    if (!this.rootsChanged || !this.pending.size) return;
    this.rootsChanged = false;
    let garbage: Set<PyObj> | undefined;
    // (the scan's work is counted once per statement, when the first cycle asks for it; the scan
    // itself is made only for a cycle whose answer depends on it)
    let scanCounted = false;
    for (const c of [...this.pending]) {
      if (c.live.some((o) => !o.alive)) { this.unwatch(c); continue; }
      // (the member set is made when a scan is considered: most watched cycles stop before)
      let inside: Set<PyObj> | undefined;
      const scanAllowed = (): boolean => this.it.heap.live.size <= LIMITS.MAX_CYCLE_CHECK_OBJECTS
        && this.unreachableScanWork < LIMITS.MAX_UNREACHABLE_SCAN_WORK && this.anyHeldOnlyByHeap(c.live, (inside ??= new Set(c.live)));
      const countScan = (): void => {
        if (!scanCounted) this.unreachableScanWork += this.it.heap.live.size;
        scanCounted = true;
      };
      // A member of unknown count is never garbage to the model (nor to the scan, which keeps
      // such objects): the cycle stays watched. Most watched cycles in library code are such
      // (a class and its methods, once escaped), and counting their inner references after
      // every statement cost more than the rest of the recording. The scan's work is counted
      // as if it ran, so the budget runs out where it did.
      if (c.live.some((o) => o.fuzzy)) {
        if (!scanCounted && scanAllowed()) countScan();
        continue;
      }
      // References from inside the cycle, counted in one pass over the members' references.
      const internal = new Map<PyObj, number>();
      inside ??= new Set(c.live);
      for (const m of c.live) for (const t of targetsOf(m)) if (inside.has(t)) internal.set(t, (internal.get(t) ?? 0) + 1);
      let external = 0;
      for (const o of c.live) external += o.rc - (internal.get(o) ?? 0);
      let dead = external === 0;
      if (!dead && scanAllowed()) {
        countScan();
        garbage ??= unreachableSet(this.it, this.it.b);
        dead = c.live.every((o) => garbage!.has(o));
      }
      if (dead) {
        c.unreachableAt = line;
        this.unwatch(c);
      }
    }
  }

  /** Cheap pre-test for the full check: no frame variable names a member directly. */
  private anyHeldOnlyByHeap(members: PyObj[], inside: Set<PyObj>): boolean {
    for (const f of this.it.stack) for (const t of f.targets()) if (inside.has(t)) return false;
    for (const v of this.it.globals.values()) if (inside.has(v)) return false;
    void members;
    return true;
  }

  /** Keeps the heap after this run of `line`, within the count and size budgets. */
  private takeSnapshot(line: number, run: number): void {
    if (this.snapshots.length >= LIMITS.MAX_SNAPSHOTS) { this.snapshotsCut = true; return; }
    const snap = this.heapSnapshot(line);
    this.snapshotItems += snapshotItems(snap);
    if (this.snapshotItems > LIMITS.MAX_SNAPSHOT_ITEMS) { this.snapshotsCut = true; return; }
    if (run > 1) snap.run = run;
    this.snapshots.push(snap);
  }

  /** The heap as the panel draws it; `include` adds objects beyond the reachable picture (a GC film's candidates). */
  heapSnapshot(line: number, include: PyObj[] = []): HeapSnapshot {
    const it = this.it;
    // (a deep stack keeps its outermost and innermost frames; the objects only the others
    // hold are still drawn when they are containers, like any live container)
    const { kept, elidedAfter, elided } = framesKept(it.stack.length);
    const frames: HeapFrame[] = [];
    const queue: PyObj[] = [];
    for (const i of kept) {
      const f = it.stack[i];
      // (a function's box lists its own names, as Python Tutor's do: the globals it can see are
      // the module's box, and listing them again in each of a recursion's frames drew an arrow
      // per global per frame)
      const names = f.kind === 'module' ? f.globals : addOwnNames(f, new Map());
      frames.push({ id: `f${i}`, name: f.qualname, line: f.line, vars: [...names].filter(([, v]) => !v.external).map(([name, v]) => ({ name, target: `h${v.id}` })) });
      for (const v of names.values()) if (!v.external) queue.push(v);
      if (i === elidedAfter) frames.push({ id: 'f-elided', name: '…', line: 0, vars: [], elided });
    }
    const nodes = new Map<PyObj, true>();
    for (const o of it.heap.live) if (!o.external && (o.kind === 'list' || o.kind === 'dict' || o.kind === 'instance' || o.kind === 'set') && !nodes.has(o)) queue.push(o);
    let truncated = false;
    // (an index, not shift(): the queue starts with every live container, and shifting it is quadratic)
    for (let qi = 0; qi < queue.length; qi++) {
      const o = queue[qi];
      if (nodes.has(o) || o.external) continue;
      if (nodes.size >= LIMITS.MAX_SNAPSHOT_NODES) { truncated = true; break; }
      if (o.kind === 'descriptor') continue;
      nodes.set(o, true);
      for (const r of refsOf(o)) if (r.kind !== 'hidden' || r.label === '__dict__') queue.push(r.target);
    }
    for (const o of include) {
      if (nodes.has(o) || o.external) continue;
      if (nodes.size >= LIMITS.MAX_SNAPSHOT_NODES * 4) { truncated = true; break; }
      nodes.set(o, true);
    }
    const edges = [];
    for (const o of nodes.keys()) {
      for (const r of refsOf(o)) {
        if (!nodes.has(r.target)) continue;
        edges.push({ from: `h${o.id}`, to: `h${r.target.id}`, label: r.label, madeAt: this.edgeLines.get(o)?.get(r.target), kind: r.kind === 'hidden' ? 'hidden' as const : r.kind === 'cell' ? 'cell' as const : r.kind === 'key' ? 'key' as const : r.kind === 'attribute' ? 'attribute' as const : 'item' as const });
      }
    }
    const drawn = new Set([...nodes.keys()].map((o) => `h${o.id}`));
    for (const f of frames) for (const v of f.vars) if (drawn.has(v.target)) edges.push({ from: f.id, to: v.target, label: v.name, kind: 'name' as const });
    const list = [...nodes.keys()];
    const sccs = stronglyConnected(list);
    const gar = unreachableSet(it, it.b);
    return {
      step: this.snapshots.length,
      line,
      scope: it.stack[it.stack.length - 1]?.qualname ?? '<module>',
      frames,
      nodes: list.map((o) => ({
        id: `h${o.id}`, objectId: o.oid, type: o.type, label: labelOf(o), immortal: o.immortal,
        refcount: o.immortal ? [0, null] : countUnknown(o) ? [Math.min(o.rc, 1), null] : [o.rc, o.rc], gcTracked: o.tracked,
      })),
      edges,
      garbage: list.filter((o) => gar.has(o)).map((o) => `h${o.id}`),
      cycles: sccs.map((c) => c.map((o) => `h${o.id}`)),
      truncated: truncated || undefined,
    };
  }

  build(): { lines: LineState[]; calls: CallResult[]; cycles: CycleInfo[] } {
    // One pass per map, no entry arrays in between: large modules record thousands of names per line.
    const lines: LineState[] = [...this.lines.values()].sort((a, b) => a.line - b.line).map((a) => {
      const bindings: Record<string, string[]> = {};
      a.bindings.forEach((ids, name) => put(bindings, name, typeof ids === 'string' ? [ids] : ids));
      const refcounts: Record<string, Interval> = {};
      a.refcounts.forEach((iv, id) => put(refcounts, id, iv));
      return { line: a.line, scope: a.scope, bindings, refcounts, holders: a.holders, runs: a.runs };
    });
    const cycles: CycleInfo[] = [...this.cycles.values()].map((c) => ({
      objects: c.objects, createdAt: c.createdAt, unreachableAt: c.unreachableAt, chain: c.chain, collectedAt: c.collectedAt,
    }));
    return { lines, calls: this.calls, cycles };
  }
}

/** `o[k] = v` as an own property even for the name `__proto__` (a Python name like any other). */
function put<T>(o: Record<string, T>, k: string, v: T): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** Objects that can be reported in a cycle (classes always refer to themselves: not worth it). */
function cycleCandidate(o: PyObj): boolean {
  return !o.external && !o.immortal && o.kind !== 'class' && o.kind !== 'descriptor';
}

/** Everything `start` reaches through candidate objects (bounded). */
function reachableFrom(start: PyObj, limit: number): Set<PyObj> {
  const seen = new Set<PyObj>([start]);
  const stack = [start];
  while (stack.length && seen.size < limit) {
    const o = stack.pop()!;
    // (targets only: the labels refsOf makes are not read here)
    for (const t of targetsOf(o)) {
      if (!seen.has(t) && cycleCandidate(t)) { seen.add(t); stack.push(t); }
    }
  }
  return seen;
}

/** A function or class frame's own names (variables, cells, comprehension names) into `out`, over what it holds. */
function addOwnNames(frame: Frame, out: Map<string, PyObj>): Map<string, PyObj> {
  // (forEach: no [name, value] pair made per name and statement)
  frame.locals.forEach((v, k) => out.set(k, v));
  frame.cells.forEach((c, k) => { if (c.cellValue) out.set(k, c.cellValue); });
  for (const scope of frame.compScopes) scope.forEach((v, k) => out.set(k, v));
  return out;
}

export function join(a: Interval, b: Interval): Interval {
  return [Math.min(a[0], b[0]), a[1] === null || b[1] === null ? null : Math.max(a[1], b[1])];
}

export function labelOf(o: PyObj): string {
  switch (o.kind) {
    case 'list': return o.items && o.items.length <= 4 ? `[${o.items.map(short).join(', ')}]` : `[… ${o.items?.length ?? '?'} items]`;
    case 'tuple': return o.items && o.items.length <= 4 ? `(${o.items.map(short).join(', ')}${o.items.length === 1 ? ',' : ''})` : `(… ${o.items?.length ?? '?'} items)`;
    case 'dict': return o.entries ? (o.entries.size <= 3 ? `{${[...o.entries.values()].map((e) => `${short(e.key)}: …`).join(', ')}}` : `{… ${o.entries.size} keys}`) : '{…}';
    case 'set': case 'frozenset': return `{… ${o.entries?.size ?? 0}}`;
    case 'str': return o.value === undefined ? 'str' : JSON.stringify(String(o.value).slice(0, 24));
    case 'int': case 'float': return o.value === undefined ? o.type : String(o.value);
    case 'instance': return `${o.type}()`;
    case 'function': return o.fn ? `def ${o.fn.name}` : 'function';
    case 'class': return `class ${o.classIR?.name ?? o.builtinName}`;
    default: return o.type;
  }
}

function short(o: PyObj): string {
  if (o.kind === 'str') return o.value === undefined ? 'str' : `'${String(o.value).slice(0, 8)}'`;
  if (o.kind === 'int' || o.kind === 'float') return o.value === undefined ? o.type : String(o.value);
  if (o.kind === 'none') return 'None';
  if (o.kind === 'bool') return o.value ? 'True' : 'False';
  return o.kind === 'instance' ? o.type : o.kind === 'list' ? '[…]' : o.kind === 'dict' ? '{…}' : o.kind === 'tuple' ? '(…)' : o.type;
}

/** Tarjan's strongly connected components that are real cycles (size > 1, or a self-reference). */
export function stronglyConnected(objs: PyObj[]): PyObj[][] {
  const inSet = new Set(objs);
  const index = new Map<PyObj, number>();
  const low = new Map<PyObj, number>();
  const onStack = new Set<PyObj>();
  const stack: PyObj[] = [];
  const out: PyObj[][] = [];
  let i = 0;
  for (const root of objs) {
    if (index.has(root)) continue;
    // Iterative DFS to survive long chains.
    const work: { o: PyObj; edges: PyObj[]; k: number }[] = [];
    const enter = (o: PyObj): void => {
      index.set(o, i); low.set(o, i); i++;
      stack.push(o); onStack.add(o);
      work.push({ o, edges: targetsOf(o).filter((t) => inSet.has(t)), k: 0 });
    };
    enter(root);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.k < top.edges.length) {
        const t = top.edges[top.k++];
        if (!index.has(t)) enter(t);
        else if (onStack.has(t)) low.set(top.o, Math.min(low.get(top.o)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length) { const p = work[work.length - 1].o; low.set(p, Math.min(low.get(p)!, low.get(top.o)!)); }
      if (low.get(top.o) === index.get(top.o)) {
        const comp: PyObj[] = [];
        let x: PyObj;
        do { x = stack.pop()!; onStack.delete(x); comp.push(x); } while (x !== top.o);
        if (comp.length > 1 || targetsOf(comp[0]).includes(comp[0])) out.push(comp.reverse());
      }
    }
  }
  return out;
}

/**
 * `lst[0] → lst`, `object_1['obj2'] → object_2['obj1'] → object_1`: the
 * shortest way round the cycle, through the reference that closed it when known.
 */
function chainOf(comp: PyObj[], names: Map<PyObj, string>, via?: [PyObj, PyObj]): string {
  const inComp = new Set(comp);
  const nameOf = (o: PyObj): string => names.get(o) ?? o.type;
  const hop = (from: PyObj, to: PyObj): string => {
    const r = refsOf(from).find((x) => x.target === to);
    if (!r) return nameOf(from);
    const sep = r.label.startsWith('[') || r.label.startsWith('.') ? '' : '.';
    return `${nameOf(from)}${sep}${r.label}`;
  };
  // The closing store may have gone through an intermediate object (a function's __dict__): use it only when it is a direct reference.
  const useVia = via && inComp.has(via[0]) && inComp.has(via[1]) && targetsOf(via[0]).includes(via[1]);
  const start = useVia ? via![0] : comp.find((o) => names.has(o)) ?? comp[0];
  const first = useVia ? [via![1]] : targetsOf(start).filter((t) => inComp.has(t));
  // Breadth-first from the first hop(s) back to the start.
  const prev = new Map<PyObj, PyObj | null>();
  const queue: PyObj[] = [];
  for (const f of first) if (!prev.has(f)) { prev.set(f, null); queue.push(f); }
  let end: PyObj | undefined = prev.has(start) ? start : undefined;
  while (queue.length && !end) {
    const o = queue.shift()!;
    for (const r of refsOf(o)) {
      if (!inComp.has(r.target) || prev.has(r.target)) continue;
      prev.set(r.target, o);
      if (r.target === start) { end = start; break; }
      queue.push(r.target);
    }
  }
  if (!end) return comp.map(nameOf).join(' → ');
  const path: PyObj[] = [start];
  for (let o: PyObj | null | undefined = end; o; o = prev.get(o)) { if (o !== start || path.length > 1) path.push(o); if (prev.get(o) === null) break; }
  // path is start, …, first hop reversed: rebuild it forwards, then begin at
  // the oldest object that has a name (the one a reader met first).
  const ring = [start, ...path.slice(1).reverse()];
  const named = ring.filter((o) => names.has(o));
  const pick = (named.length ? named : ring).reduce((a, o) => (o.id < a.id ? o : a));
  const k = ring.indexOf(pick);
  const rotated = [...ring.slice(k), ...ring.slice(0, k)];
  const fwd = [...rotated, rotated[0]];
  const parts: string[] = [];
  for (let i = 0; i + 1 < fwd.length; i++) parts.push(hop(fwd[i], fwd[i + 1]));
  parts.push(nameOf(fwd[0]));
  return parts.join(' → ');
}
