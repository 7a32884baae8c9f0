// How the extension gets analyses: from a worker thread on the desktop (the
// extension host is never blocked), in-process on the web, same interface.
import * as vscode from 'vscode';
import type { TextChange } from '../analysis/engineHost';
import type { AnalysisResult, AnalyzeOptions } from '../analysis/results/resultTypes';

export interface AnalysisClient extends vscode.Disposable {
  analyze(key: string, text: string, changes: TextChange[] | undefined, options: Omit<AnalyzeOptions, 'cancel'>, token: vscode.CancellationToken): Promise<AnalysisResult | undefined>;
  close(key: string): void;
}

/** Converts VS Code's content changes (positions in the old text, applied in order) to engine edits. */
export function toTextChanges(doc: vscode.TextDocument, e: vscode.TextDocumentChangeEvent): TextChange[] {
  void doc;
  return e.contentChanges.map((c) => ({
    start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text,
    startLine: c.range.start.line, startCol: c.range.start.character, endLine: c.range.end.line, endCol: c.range.end.character,
  }));
}
