// CodeLens, sparingly: above each function and class a summary (objects freed
// on return, cycles inside), and above a line that closes a cycle its chain
// with "Simulate GC". Lenses come from the cached result only.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../analysis/results/resultTypes';
import type { Config } from '../config';
import type { DocumentSessions } from '../documentSessions';

export class RefcountCodeLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly sessions: DocumentSessions, private readonly config: Config) {}

  refresh(): void {
    this.emitter.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.config.codeLens) return [];
    const r = this.sessions.resultFor(doc.uri);
    if (!r) return [];
    const out: vscode.CodeLens[] = [];
    for (const c of r.cycles) {
      const line = c.createdAt - 1;
      if (line >= doc.lineCount) continue;
      const range = doc.lineAt(line).range;
      out.push(new vscode.CodeLens(range, { title: `⟲ cycle: ${c.chain ?? c.objects.join(', ')}`, command: 'refcountLens.showHeap', arguments: [doc.uri, c.createdAt], tooltip: 'Show this cycle in the heap panel' }));
      out.push(new vscode.CodeLens(range, { title: 'Simulate GC', command: 'refcountLens.simulateGc', arguments: [doc.uri, c.unreachableAt ?? c.createdAt], tooltip: 'Play the cycle collector on the heap at this point' }));
    }
    for (let line = 0; line < doc.lineCount; line++) {
      const m = /^\s*(?:async\s+)?(def|class)\s+(\w+)/.exec(doc.lineAt(line).text);
      if (!m) continue;
      const title = summary(r, doc, line, m[1] === 'class');
      if (title) out.push(new vscode.CodeLens(doc.lineAt(line).range, { title, command: 'refcountLens.showHeap', arguments: [doc.uri, line + 1] }));
    }
    return out;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** "frees 2 objects on return · ⟲ 1 cycle" for the block starting at `line` (0-based). */
function summary(r: AnalysisResult, doc: vscode.TextDocument, line: number, isClass: boolean): string | undefined {
  const indent = doc.lineAt(line).firstNonWhitespaceCharacterIndex;
  let end = line + 1;
  while (end < doc.lineCount && (doc.lineAt(end).isEmptyOrWhitespace || doc.lineAt(end).firstNonWhitespaceCharacterIndex > indent)) end++;
  const inside = (n: number): boolean => n > line + 1 && n <= end;
  const cycles = r.cycles.filter((c) => inside(c.createdAt)).length;
  const lines = r.lines.filter((l) => inside(l.line));
  const parts: string[] = [];
  if (!isClass && lines.length) {
    // Objects allocated inside that no name outside keeps: freed when the frame ends.
    const allocated = new Set(Object.entries(r.objects).filter(([, o]) => inside(o.site.line) && !o.immortal && !o.aliasOf).map(([id]) => id.split('.')[0]));
    if (allocated.size) parts.push(`allocates ${allocated.size} object${allocated.size === 1 ? '' : 's'}`);
    const runs = Math.max(0, ...lines.map((l) => l.runs ?? 0));
    parts.push(runs ? `ran ${runs}×` : 'not called');
  }
  if (cycles) parts.push(`⟲ ${cycles} cycle${cycles === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' · ') : undefined;
}
