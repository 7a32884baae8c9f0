// Keeps parse trees per document for incremental reparsing (tree.edit) and
// runs analyses on them: the piece the extension's worker (and the in-process
// fallback for the web) share. Pure: no vscode, no I/O.
import { Analyzer, analyzeTree } from './analyze';
import { nowMs } from './clock';
import { LiteCache, liteTreeIncremental } from './parse/liteTree';
import type { Tree } from './parse/treeSitter';

import type { AnalysisResult, AnalyzeOptions } from './results/resultTypes';

/** Trees kept at most (least recently used ones are deleted: WASM memory is not collected). */
export const MAX_TREES = 8;

export interface TextChange {
  /** Offsets in the old text. */
  start: number;
  end: number;
  text: string;
  /** Zero-based positions in the old text. */
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
}

export class EngineHost {
  /** Per document: its last tree, that tree's text and the lite copy's reuse cache. */
  private readonly trees = new Map<string, { tree: Tree; text: string; lite?: LiteCache }>();

  constructor(private readonly analyzer: Analyzer) {}

  static async create(wasm: { treeSitter: string; python: string | Uint8Array }): Promise<EngineHost> {
    return new EngineHost(await Analyzer.create(wasm));
  }

  analyze(key: string, text: string, changes: TextChange[] | undefined, options: AnalyzeOptions): AnalysisResult {
    const t0 = Date.now();
    let entry = this.trees.get(key);
    let old: Tree | null = null;
    if (entry && changes && changes.length) {
      for (const c of changes) {
        const newEnd = advance(c.startLine, c.startCol, c.text);
        entry.tree.edit({
          startIndex: c.start, oldEndIndex: c.end, newEndIndex: c.start + c.text.length,
          startPosition: { row: c.startLine, column: c.startCol }, oldEndPosition: { row: c.endLine, column: c.endCol }, newEndPosition: newEnd,
        });
      }
      old = entry.tree;
    } else if (entry && entry.text === text) old = entry.tree;
    const tree = this.analyzer.parser.parse(text, old);
    const parseMs = Date.now() - t0;
    // Copy the new tree while the old one is alive: its node ids are what the copy reuses.
    const c0 = nowMs();
    const lite = tree ? liteTreeIncremental(tree, text, entry?.lite ?? null) : undefined;
    const copied = lite && { root: lite.root, ms: nowMs() - c0 };
    if (entry) entry.tree.delete();
    this.trees.delete(key);
    if (tree) {
      this.trees.set(key, { tree, text, lite: lite?.cache });
      while (this.trees.size > MAX_TREES) {
        const [k, v] = this.trees.entries().next().value as [string, { tree: Tree }];
        v.tree.delete();
        this.trees.delete(k);
      }
    }
    entry = undefined;
    const result = analyzeTree(text, tree, options, copied);
    result.timing = { ...result.timing, parseMs, analyzeMs: result.timing?.analyzeMs ?? 0 };
    return result;
  }

  close(key: string): void {
    const e = this.trees.get(key);
    if (e) { e.tree.delete(); this.trees.delete(key); }
  }

  dispose(): void {
    for (const e of this.trees.values()) e.tree.delete();
    this.trees.clear();
    this.analyzer.dispose();
  }
}

function advance(line: number, col: number, text: string): { row: number; column: number } {
  const parts = text.split('\n');
  if (parts.length === 1) return { row: line, column: col + text.length };
  return { row: line + parts.length - 1, column: parts[parts.length - 1].length };
}
