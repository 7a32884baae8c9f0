// The engine's diagnostics in the Problems panel, and their fixes as quick fixes.
import * as vscode from 'vscode';
import type { AnalysisResult, Diagnostic, Fix } from '../../analysis/results/resultTypes';

const SEVERITY: Record<Diagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A VS Code diagnostic that remembers the engine's fixes. */
export class RefcountDiagnostic extends vscode.Diagnostic {
  fixes: Fix[] = [];
}

export function toDiagnostics(doc: vscode.TextDocument, r: AnalysisResult): RefcountDiagnostic[] {
  return r.diagnostics.map((d) => {
    const line = Math.min(Math.max(0, d.line - 1), Math.max(0, doc.lineCount - 1));
    const text = doc.lineAt(line).text;
    const start = new vscode.Position(line, Math.min(d.column, text.length));
    const end = d.endLine ? new vscode.Position(Math.min(d.endLine - 1, doc.lineCount - 1), d.endColumn ?? text.length) : new vscode.Position(line, text.length);
    const vd = new RefcountDiagnostic(new vscode.Range(start, end.isBefore(start) ? start : end), d.message, SEVERITY[d.severity]);
    vd.source = 'Refcount Lens';
    vd.code = d.code;
    vd.fixes = d.fixes ?? [];
    return vd;
  });
}

export class QuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of ctx.diagnostics) {
      if (!(d instanceof RefcountDiagnostic)) continue;
      for (const f of d.fixes) {
        const action = new vscode.CodeAction(f.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        const edit = new vscode.WorkspaceEdit();
        for (const e of f.edits) {
          edit.replace(doc.uri, new vscode.Range(e.start.line - 1, e.start.column, e.end.line - 1, e.end.column), e.newText);
        }
        action.edit = edit;
        out.push(action);
      }
    }
    return out;
  }
}
