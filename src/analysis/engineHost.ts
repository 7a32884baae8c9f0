// Keeps parse trees per document for incremental reparsing (tree.edit) and
// runs analyses on them: the piece the extension's worker (and the in-process
// fallback for the web) share. Pure: no vscode, no I/O.
import { Analyzer, analyzeTree } from './analyze';
import { nowMs } from './clock';
import { LoweringCache } from './ir/loweringCache';
import { spliceTopLevel } from './parse/liteSplice';
import { LiteCache, LiteNode, liteTreeIncremental } from './parse/liteTree';
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

/**
 * What one document keeps between analyses. `tree` has had every edit since
 * its parse applied (`tree.edit`), but edits taken by the splice fast path
 * were not re-parsed into it: the next reparse does them all at once.
 */
interface DocumentTrees {
  tree: Tree;
  text: string;
  /** The lite copy of `text` and its reuse cache. */
  root?: LiteNode;
  lite?: LiteCache;
  /** Top-level statements lowered for `text`, for the next lowering to reuse. */
  lowering: LoweringCache;
  /** While the text has a syntax error: statements lowered for it, keyed by text and tree shape. */
  errorLowering?: LoweringCache;
}

export class EngineHost {
  private readonly trees = new Map<string, DocumentTrees>();
  /** Edits taken by the splice fast path and by tree-sitter's reparse (for the benchmark and tests). */
  readonly stats = { spliced: 0, reparsed: 0, lastLowering: { reused: 0, lowered: 0 } };

  /** `splice: false` turns the fast path off (the benchmark compares both). */
  constructor(private readonly analyzer: Analyzer, private readonly opts: { splice?: boolean } = {}) {}

  static async create(wasm: { treeSitter: string; python: string | Uint8Array }, opts: { splice?: boolean } = {}): Promise<EngineHost> {
    return new EngineHost(await Analyzer.create(wasm), opts);
  }

  analyze(key: string, text: string, changes: TextChange[] | undefined, options: AnalyzeOptions): AnalysisResult {
    const t0 = Date.now();
    let entry = this.trees.get(key);
    let old: Tree | null = null;
    if (entry && changes && changes.length) {
      const fast = this.splice(key, entry, text, changes, options);
      if (fast) return fast;
      for (const c of changes) {
        const newEnd = advance(c.startLine, c.startCol, c.text);
        entry.tree.edit({
          startIndex: c.start, oldEndIndex: c.end, newEndIndex: c.start + c.text.length,
          startPosition: { row: c.startLine, column: c.startCol }, oldEndPosition: { row: c.endLine, column: c.endCol }, newEndPosition: newEnd,
        });
      }
      old = entry.tree;
    } else if (entry && entry.text === text) old = entry.tree;
    // Error recovery depends on the parse's history: where the old or the new text has a syntax
    // error, an incremental reparse can build a tree a fresh parse would not, and the counts shown
    // while typing must be those of the file as it is. Such texts are parsed afresh.
    let tree = this.analyzer.parser.parse(text, old && !old.rootNode.hasError ? old : null);
    if (old && tree?.rootNode.hasError && !old.rootNode.hasError) {
      tree.delete();
      tree = this.analyzer.parser.parse(text);
    }
    const parseMs = Date.now() - t0;
    // Copy the new tree while the old one is alive: its node ids are what the copy reuses.
    const c0 = nowMs();
    const lite = tree ? liteTreeIncremental(tree, text, entry?.lite ?? null) : undefined;
    const copied = lite && { root: lite.root, ms: nowMs() - c0 };
    const lowering = entry?.lowering ?? new LoweringCache();
    // With a syntax error in the file, a statement's unchanged text may still parse to another
    // tree (error recovery joins it to its neighbours): IR is then reused only for the same
    // text parsed to the same shape, from a cache of its own that lives while the error does.
    const errorLowering = tree?.rootNode.hasError ? entry?.errorLowering ?? new LoweringCache(true) : undefined;
    const lowerWith = errorLowering ?? lowering;
    if (entry) entry.tree.delete();
    this.trees.delete(key);
    if (tree) {
      this.trees.set(key, { tree, text, root: lite?.root, lite: lite?.cache, lowering, errorLowering });
      while (this.trees.size > MAX_TREES) {
        const [k, v] = this.trees.entries().next().value as [string, { tree: Tree }];
        v.tree.delete();
        this.trees.delete(k);
      }
    }
    entry = undefined;
    this.stats.reparsed++;
    const result = analyzeTree(text, tree, options, copied, lowerWith, this.analyzer.parser);
    this.stats.lastLowering = { reused: lowerWith.reused, lowered: lowerWith.lowered };
    result.timing = { ...result.timing, parseMs, analyzeMs: result.timing?.analyzeMs ?? 0 };
    return result;
  }

  /**
   * The fast path (liteSplice.ts): one edit inside one top-level region is
   * re-parsed alone and spliced into the kept lite tree; the tree-sitter
   * tree only records the edit. Null when the edit is not one it can take.
   */
  private splice(key: string, entry: DocumentTrees, text: string, changes: TextChange[], options: AnalyzeOptions): AnalysisResult | null {
    if (!changes.length || !entry.root || this.opts.splice === false) return null;
    // The editor's changes (several when typed within the debounce) as one: the span
    // between the texts' common prefix and suffix. Computed from the texts, it cannot
    // disagree with them.
    const oldText = entry.text;
    const c = spanOfChange(oldText, text);
    if (!c) return null;
    const t0 = nowMs();
    let parseMs = 0;
    const parseAlone = (region: string): Tree | null => {
      const p0 = nowMs();
      const t = this.analyzer.parser.parse(region);
      parseMs += nowMs() - p0;
      return t;
    };
    const root = spliceTopLevel(entry.root, oldText, text, c, parseAlone, entry.lite);
    if (!root) return null;
    const copyMs = nowMs() - t0 - parseMs;
    entry.tree.edit({
      startIndex: c.start, oldEndIndex: c.end, newEndIndex: c.start + c.text.length,
      startPosition: { row: c.startLine, column: c.startCol }, oldEndPosition: { row: c.endLine, column: c.endCol }, newEndPosition: advance(c.startLine, c.startCol, c.text),
    });
    entry.text = text;
    this.trees.delete(key); // most recently used last
    this.trees.set(key, entry);
    this.stats.spliced++;
    const result = analyzeTree(text, entry.tree, options, { root, ms: copyMs }, entry.lowering, this.analyzer.parser);
    this.stats.lastLowering = { reused: entry.lowering.reused, lowered: entry.lowering.lowered };
    result.timing = { ...result.timing, parseMs: Math.round(parseMs), analyzeMs: result.timing?.analyzeMs ?? 0 };
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

/** The one change that turns `a` into `b` (between their common prefix and suffix), null when they are equal. */
export function spanOfChange(a: string, b: string): TextChange | null {
  if (a === b) return null;
  const max = Math.min(a.length, b.length);
  // Blocks first (a slice comparison is a native memory compare), then characters: a
  // character loop over a 60 KB file cost a quarter of a millisecond per edit.
  const BLOCK = 512;
  let p = 0;
  while (p + BLOCK <= max && a.slice(p, p + BLOCK) === b.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= max - p && a.slice(a.length - s - BLOCK, a.length - s) === b.slice(b.length - s - BLOCK, b.length - s)) s += BLOCK;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  const start = pointAt(a, p);
  const end = pointAt(a, a.length - s);
  return { start: p, end: a.length - s, text: b.slice(p, b.length - s), startLine: start.row, startCol: start.column, endLine: end.row, endCol: end.column };
}

/** Row and column (tree-sitter's: rows split at '\n') of an offset. */
function pointAt(text: string, index: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

function advance(line: number, col: number, text: string): { row: number; column: number } {
  const parts = text.split('\n');
  if (parts.length === 1) return { row: line, column: col + text.length };
  return { row: line + parts.length - 1, column: parts[parts.length - 1].length };
}
