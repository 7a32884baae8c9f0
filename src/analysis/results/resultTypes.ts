// What one analysis of one Python file produces: plain, JSON-able data.
// The `refcount-lens/1` document (../shared/spec/analysis-json.md) is a view
// of this; the editor, the heap panel and the CLI all read these types and
// never the interpreter's internal state.

/** `[min, max]`; `max` is null where no upper bound is known. */
export type Interval = [number, number | null];

export type PythonVersion = '3.11' | '3.12' | '3.13' | '3.14';
export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.11', '3.12', '3.13', '3.14'];
export const DEFAULT_PYTHON_VERSION: PythonVersion = '3.12';

export interface SourcePos {
  /** 1-based line. */
  line: number;
  /** 0-based column (UTF-16 code units, as the editor counts). */
  column: number;
}

/** An abstract object: one allocation site (a loop's site stands for all its objects). */
export interface ObjectInfo {
  type: string;
  site: SourcePos;
  /** Short source-like text: `[]`, `{'k': …}`, `Node()`, `"abc"`. */
  label: string;
  immortal: boolean;
  /** True when this id stands for many objects of one site (loops, many calls). */
  summary?: boolean;
  /** The same object as `aliasOf`, seen through another name (its counts are joined per name). */
  aliasOf?: string;
}

/** Who holds one reference to an object, as a person reads it. */
export interface Holder {
  /** `lst` (global), `d['k']`, `node.parent`, `code constants of f`, `the parser (script literals)`. */
  text: string;
  kind: HolderKind;
  /** How many references this holder accounts for. */
  count: number;
}
export type HolderKind =
  | 'name' | 'item' | 'key' | 'attribute' | 'cell' | 'constant' | 'parser'
  | 'class' | 'method' | 'frame' | 'iterator' | 'argument' | 'temporary' | 'other';

export interface LineState {
  line: number;
  scope: string;
  bindings: Record<string, string[]>;
  refcounts: Record<string, Interval>;
  /** Extension: who holds each object after the line (last run), for hovers. */
  holders?: Record<string, Holder[]>;
  /** Extension: how many times the line ran (capped). */
  runs?: number;
}

export interface CallResult {
  line: number;
  column: number;
  callee: 'gc.collect' | 'sys.getrefcount';
  returns: Interval;
  /** gc.collect: ids of the objects it collects. */
  objects?: string[];
  immortal?: boolean;
}

export interface CycleInfo {
  objects: string[];
  createdAt: number;
  unreachableAt?: number;
  /** Extension: the chain that closes the cycle, e.g. `lst[0] → lst`. */
  chain?: string;
  /** Extension: the line where the collector frees it, if it does. */
  collectedAt?: number;
}

export interface TextEdit {
  /** 1-based line, 0-based column. */
  start: SourcePos;
  end: SourcePos;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Diagnostic {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  code: string;
  message: string;
  fixes?: Fix[];
}

// ---- heap snapshots (heap panel, hovers, GC film) ----

export type EdgeKind = 'name' | 'item' | 'key' | 'attribute' | 'cell' | 'hidden' | 'weak';

export interface HeapNode {
  /** Stable across the snapshots of one analysis (a concrete object). */
  id: string;
  /** The abstract object (allocation site) it belongs to: a key of `objects`. */
  objectId: string;
  type: string;
  label: string;
  refcount: Interval;
  immortal: boolean;
  /** True when the collector tracks it (containers, instances, functions...). */
  gcTracked: boolean;
}

export interface HeapFrame {
  id: string;
  /** `<module>` or the function's qualified name. */
  name: string;
  /** Line the frame is at. */
  line: number;
  vars: { name: string; target: string }[];
  /** On a stand-in for the frames of a deep stack left out here: how many (the entry has no names). */
  elided?: number;
}

export interface HeapEdge {
  from: string;
  to: string;
  /** `[0]`, `['k']`, `.parent`, `x` (a frame variable), `__class__`, `co_consts`. */
  label: string;
  kind: EdgeKind;
  /** Line of the statement that made this reference, when known. */
  madeAt?: number;
}

export interface HeapSnapshot {
  /** Order of the program point (0, 1, 2...). */
  step: number;
  line: number;
  /** Which run of the line this is, when not the first (a line run many times keeps runs 1–3, 4, 8, 16, ...). */
  run?: number;
  scope: string;
  frames: HeapFrame[];
  nodes: HeapNode[];
  edges: HeapEdge[];
  /** Ids of nodes in reference cycles no root reaches any more. */
  garbage: string[];
  /** Node ids grouped by cycle (strongly connected components). */
  cycles: string[][];
  /** True when the heap was cut to a size limit. */
  truncated?: boolean;
}

// ---- the cycle collector, step by step ----

export type GcPhase =
  | 'start' | 'update_refs' | 'subtract_refs' | 'move_unreachable' | 'rescue'
  | 'finalize' | 'resurrection' | 'weakrefs' | 'clear' | 'done';

export interface GcStep {
  phase: GcPhase;
  /** One sentence a learner can read. */
  narration: string;
  /** Ids (HeapNode.id) of the objects the collector looks at. */
  candidates: string[];
  /** gc_refs of each candidate after this step. */
  gcRefs: Record<string, number>;
  /** Tentatively or finally unreachable ids. */
  unreachable: string[];
  /** What this step moved or changed. */
  moved: string[];
  /** Edge (from, to) pairs this step looked at, for drawing. */
  edges?: [string, string][];
}

export interface GcSimulation {
  line: number;
  steps: GcStep[];
  /** What `gc.collect()` returns. */
  collected: number;
  uncollectable: number;
  freed: string[];
  /** The heap before the collection; the film draws the steps on it. */
  heap: HeapSnapshot;
  /** True for "Simulate GC" at a line without gc.collect(): nothing was changed. */
  dryRun?: boolean;
}

export interface AnalysisResult {
  schema: 'refcount-lens/1';
  file: string;
  python: PythonVersion;
  objects: Record<string, ObjectInfo>;
  lines: LineState[];
  calls: CallResult[];
  cycles: CycleInfo[];
  diagnostics: Diagnostic[];
  /** Extension: program-point snapshots, when asked for (`options.snapshots`). */
  snapshots?: HeapSnapshot[];
  /** Extension: true when the snapshots' count or size budget ran out (later program points have none). */
  snapshotsCut?: boolean;
  /** Extension: collector runs, one per reached `gc.collect()` and on request. */
  gcRuns?: GcSimulation[];
  /** Extension: true when the time budget or cancellation cut the analysis. */
  incomplete?: boolean;
  /** Extension: milliseconds spent (parse, analysis). */
  timing?: {
    parseMs: number;
    analyzeMs: number;
    /** Where analyzeMs went (fractional ms): copying the tree, lowering, the run, building this result. */
    phases?: { treeMs: number; lowerMs: number; runMs: number; resultMs: number };
    /** The run phase split: the module's own run, then the functions it never called (on unknown arguments); steps are statements and calls run. */
    run?: { moduleMs: number; uncalledMs: number; moduleSteps: number; uncalledSteps: number };
  };
}

/** Anything with this shape cancels: a vscode.CancellationToken fits structurally. */
export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

export interface AnalyzeOptions {
  python?: PythonVersion;
  /** Name shown in `file`. */
  fileName?: string;
  /** Milliseconds before the analysis stops and marks the result incomplete. */
  budgetMs?: number;
  cancel?: CancelToken;
  /**
   * Record who holds each named object after each line (a heap scan per line):
   * `true` for every line, or only the given lines (a hover asks for its line).
   */
  holders?: boolean | number[];
  /** Record heap snapshots at program points (for the panel). */
  snapshots?: boolean;
  /** Also simulate the collector at this line (for "Simulate GC"). */
  simulateGcAtLine?: number;
  /**
   * Python call depth followed (deeper calls are unknown calls). Default LIMITS.MAX_CALL_DEPTH,
   * which fits Node's default stack; a host on a thread with LIMITS.LARGE_STACK_MB passes
   * LIMITS.MAX_CALL_DEPTH_LARGE_STACK (as deep as CPython surely goes).
   */
  maxCallDepth?: number;
  /**
   * Called when a call (or a generator step) was not followed because it reached maxCallDepth, or
   * the JS stack ran out: a host on a small stack may analyse again on a larger one (the CLI does).
   */
  onDepthCut?: () => void;
}
