// The facade: one entry point used the same way by the CLI, the extension and
// the tests. Parse (tree-sitter) → lower (CST → IR) → interpret → results.
// It never throws on user code: broken input gives diagnostics and unknown
// intervals; only a broken invariant of our own throws.
import { nowMs } from './clock';
import { lowerModule } from './ir/lower';
import type { LoweringCache } from './ir/loweringCache';
import { LiteNode, liteTree } from './parse/liteTree';
import { sourceNameTest } from './ir/programNames';
import { AnalysisStopped, Interpreter, PyException, runSync } from './interp/interpreter';
import { Recorder } from './interp/recorder';
import { LIMITS } from './interp/limits';
import { versionModel } from './interp/versions';
import { PythonParser, Tree, WasmSources } from './parse/treeSitter';
import { AnalysisResult, AnalyzeOptions, DEFAULT_PYTHON_VERSION, Diagnostic } from './results/resultTypes';
import { buildResult } from './results/buildResult';

/** A text's lite tree (the WASM tree deleted at once), null when the parser stopped at its time limit. */
function parseLite(parser: PythonParser, text: string): LiteNode | null {
  const tree = parser.parse(text);
  if (!tree) return null;
  try {
    return liteTree(tree, text);
  } finally {
    tree.delete();
  }
}

/** Default time budget of one analysis (the editor passes its own). */
export const DEFAULT_BUDGET_MS = 5000;

export class Analyzer {
  private constructor(readonly parser: PythonParser) {}

  static async create(wasm: WasmSources): Promise<Analyzer> {
    return new Analyzer(await PythonParser.create(wasm));
  }

  /** Parses and analyses; the tree is deleted before returning. */
  analyze(source: string, options: AnalyzeOptions = {}): AnalysisResult {
    const t0 = Date.now();
    const tree = this.parser.parse(source);
    const parseMs = Date.now() - t0;
    try {
      const result = analyzeTree(source, tree, options, undefined, undefined, this.parser);
      result.timing = { ...result.timing, parseMs, analyzeMs: result.timing?.analyzeMs ?? 0 };
      return result;
    } finally {
      tree?.delete();
    }
  }

  dispose(): void {
    this.parser.delete();
  }
}

/**
 * Analyses an existing tree (the extension keeps trees for incremental reparse).
 * `copied` is the tree's lite copy when the caller made it already (EngineHost
 * makes it incrementally), with the time that took; `lowering` is the
 * document's cache of lowered top-level statements (loweringCache.ts).
 */
export function analyzeTree(source: string, tree: Tree | null, options: AnalyzeOptions = {}, copied?: { root: LiteNode; ms: number }, lowering?: LoweringCache, parser?: PythonParser, plainChains = true): AnalysisResult {
  const t0 = Date.now();
  const python = options.python ?? DEFAULT_PYTHON_VERSION;
  const diagnostics: Diagnostic[] = [];
  if (!tree) {
    return {
      schema: 'refcount-lens/1', file: options.fileName ?? '<memory>', python, objects: {}, lines: [], calls: [], cycles: [],
      diagnostics: [{ line: 1, column: 0, severity: 'warning', code: 'parse-timeout', message: 'The parser stopped at its time limit; nothing was analysed.' }],
      incomplete: true, timing: { parseMs: 0, analyzeMs: 0 },
    };
  }
  let c0 = nowMs();
  const lite = copied?.root ?? liteTree(tree, source);
  const c1 = nowMs();
  if (copied) c0 = c1 - copied.ms;
  const module = lowerModule(lite, source, lowering);
  const c2 = nowMs();
  for (const p of module.problems) {
    diagnostics.push({ line: p.line, column: p.col, endLine: p.endLine, endColumn: p.endCol, severity: p.code === 'syntax-error' ? 'error' : 'information', code: p.code, message: p.message });
  }
  const recorder = new Recorder({ snapshots: !!options.snapshots, holders: options.holders ?? false, gcFilmLine: options.simulateGcAtLine });
  const interp = new Interpreter(source, module, versionModel(python), recorder, options.budgetMs ?? DEFAULT_BUDGET_MS, options.cancel);
  if (options.maxCallDepth !== undefined) interp.maxCallDepth = Math.max(1, Math.min(options.maxCallDepth, LIMITS.MAX_CALL_DEPTH_LARGE_STACK));
  // (a host with the large stack follows plain call chains as deep as CPython's recursion limit: recursionLimit.ts)
  interp.plainCallDepth = plainChains && interp.maxCallDepth >= LIMITS.MAX_CALL_DEPTH_LARGE_STACK ? LIMITS.MAX_PLAIN_CALL_DEPTH : interp.maxCallDepth;
  recorder.it = interp;
  // exec() / eval() / compile() of a text the model knows parse it with the same parser (execText.ts).
  if (parser) interp.parseText = (text) => parseLite(parser, text);
  interp.sourceName = sourceNameTest(lite);
  interp.heap.onSurvive = (o) => recorder.survivedDecref(o);
  let incomplete = false;
  let stackRanOut = false;
  try {
    runSync(interp.runModule());
  } catch (err) {
    if (err instanceof PyException) {
      const name = err.exc.type;
      diagnostics.push({ line: interp.currentLine, column: 0, severity: 'information', code: 'uncaught-exception', message: `The program would stop here with an uncaught ${name}; nothing after it runs.` });
    } else if (err instanceof AnalysisStopped) {
      incomplete = true;
      diagnostics.push({ line: interp.currentLine || 1, column: 0, severity: 'information', code: 'analysis-incomplete', message: err.reason === 'cancelled' ? 'Analysis cancelled.' : 'The analysis reached its time or step budget here; later lines are not analysed.' });
    } else if (err instanceof RangeError) {
      incomplete = true;
      stackRanOut = true;
      diagnostics.push({ line: interp.currentLine || 1, column: 0, severity: 'information', code: 'analysis-incomplete', message: 'The program nests too deeply for the analysis; later lines are not analysed.' });
    } else {
      // A bug of ours: keep what was found so far and say so, rather than lose the whole result.
      incomplete = true;
      diagnostics.push({ line: interp.currentLine || 1, column: 0, severity: 'information', code: 'internal-error', message: `Refcount Lens stopped here on an internal error (a bug; please report it): ${String((err as Error)?.message ?? err)}` });
    }
  }
  const cModule = nowMs();
  const moduleSteps = interp.stepCount;
  if (!incomplete) {
    try {
      runSync(interp.runUncalled());
    } catch (err) {
      if (err instanceof AnalysisStopped) {
        incomplete = true;
        diagnostics.push({ line: interp.currentLine || 1, column: 0, severity: 'information', code: 'analysis-incomplete', message: err.reason === 'cancelled' ? 'Analysis cancelled.' : 'The analysis reached its time or step budget in the functions the program never calls; some of their lines are not analysed.' });
      }
      else if (err instanceof RangeError) stackRanOut = true;
      else if (!(err instanceof PyException)) {
        diagnostics.push({ line: interp.currentLine || 1, column: 0, severity: 'information', code: 'internal-error', message: `Refcount Lens stopped on an internal error (a bug; please report it): ${String((err as Error)?.message ?? err)}` });
      }
    }
  }
  // (plain call chains followed past maxCallDepth whose frames were too heavy for the stack: the
  // analysis runs again cutting them at maxCallDepth, as every other call)
  if (stackRanOut && interp.plainCallDepth > interp.maxCallDepth) return analyzeTree(source, tree, options, copied, lowering, parser, false);
  // (a JS stack overflow anywhere, caught or not, also reaches the depth-cut hook: a larger stack may do better)
  if (interp.depthCut || stackRanOut) options.onDepthCut?.();
  const c3 = nowMs();
  const result = buildResult(interp, recorder, python, options, diagnostics);
  if (incomplete) result.incomplete = true;
  const c4 = nowMs();
  result.timing = { parseMs: 0, analyzeMs: Date.now() - t0, phases: { treeMs: c1 - c0, lowerMs: c2 - c1, runMs: c3 - c2, resultMs: c4 - c3 },
    run: { moduleMs: cModule - c2, uncalledMs: c3 - cModule, moduleSteps, uncalledSteps: interp.stepCount - moduleSteps } };
  return result;
}
