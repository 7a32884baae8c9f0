// Counts as end-of-line decorations (`refcountLens.inline.style: decorations`):
// three decoration types created once; per analysis one option per line.
// Cycle lines get their own contributed theme colours.
import * as vscode from 'vscode';
import type { Config } from '../config';
import type { DocumentSessions } from '../documentSessions';
import { cycleLines, inlineText } from './lineText';

export class InlineDecorations implements vscode.Disposable {
  private readonly plain = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('refcountLens.inlineForeground'), margin: '0 0 0 2em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly cycle = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('refcountLens.cycleForeground'), margin: '0 0 0 2em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly garbage = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('refcountLens.garbageForeground'), margin: '0 0 0 2em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  constructor(private readonly sessions: DocumentSessions, private readonly config: Config) {}

  /** Redraws the counts in `editor` (cleared when the style is not decorations or the result is stale). */
  render(editor: vscode.TextEditor): void {
    const r = this.sessions.resultFor(editor.document.uri);
    if (this.config.inlineStyle !== 'decorations' || !r || editor.document.languageId !== 'python') {
      for (const t of [this.plain, this.cycle, this.garbage]) editor.setDecorations(t, []);
      return;
    }
    if (this.sessions.isStale(editor.document.uri)) return; // keep the old numbers until the pause ends
    const { closes, garbage } = cycleLines(r);
    const buckets: Record<'plain' | 'cycle' | 'garbage', vscode.DecorationOptions[]> = { plain: [], cycle: [], garbage: [] };
    for (const l of r.lines) {
      const line = l.line - 1;
      if (line >= editor.document.lineCount) continue;
      const text = editor.document.lineAt(line).text;
      let label = inlineText(r, l, text);
      const kind = garbage.has(l.line) ? 'garbage' : closes.has(l.line) ? 'cycle' : 'plain';
      if (kind === 'cycle') label = `⟲ ${label}`;
      if (kind === 'garbage') label = `${label ? label + ' · ' : ''}cycle is garbage now`;
      if (!label) continue;
      const end = new vscode.Position(line, text.length);
      buckets[kind].push({ range: new vscode.Range(end, end), renderOptions: { after: { contentText: label } } });
    }
    editor.setDecorations(this.plain, buckets.plain);
    editor.setDecorations(this.cycle, buckets.cycle);
    editor.setDecorations(this.garbage, buckets.garbage);
  }

  dispose(): void {
    this.plain.dispose();
    this.cycle.dispose();
    this.garbage.dispose();
  }
}
