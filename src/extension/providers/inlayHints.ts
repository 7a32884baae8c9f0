// Counts as inlay hints at the end of each analysed statement, so
// `editor.inlayHints.enabled: offUnlessPressed` works as users expect.
import * as vscode from 'vscode';
import type { Config } from '../config';
import type { DocumentSessions } from '../documentSessions';
import { cycleLines, inlineText } from './lineText';

export class RefcountInlayHints implements vscode.InlayHintsProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.emitter.event;

  constructor(private readonly sessions: DocumentSessions, private readonly config: Config) {}

  refresh(): void {
    this.emitter.fire();
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (this.config.inlineStyle !== 'inlayHints') return [];
    const r = this.sessions.resultFor(doc.uri);
    if (!r || this.sessions.isStale(doc.uri)) return [];
    const { closes, garbage } = cycleLines(r);
    const out: vscode.InlayHint[] = [];
    for (const l of r.lines) {
      const line = l.line - 1;
      if (line < range.start.line || line > range.end.line || line >= doc.lineCount) continue;
      const text = doc.lineAt(line).text;
      let label = inlineText(r, l, text);
      if (closes.has(l.line)) label = `⟲ ${label || 'cycle'}`;
      if (garbage.has(l.line)) label = `${label ? label + ' · ' : ''}cycle is garbage now`;
      if (!label) continue;
      const hint = new vscode.InlayHint(new vscode.Position(line, text.length), label, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hint.tooltip = new vscode.MarkdownString(`Reference counts after this statement (CPython ${r.python}). Hover a name for who holds it.`);
      out.push(hint);
    }
    return out;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
