// `refcountLens.scanWorkspace`: every Python file of the workspace analysed
// in parallel workers (one per core, at most MAX_SCAN_WORKERS), findings in
// Problems under their own collection; files open in an editor keep their
// live diagnostics instead.
import * as vscode from 'vscode';
import type { AnalysisClient } from './analysisClient';
import { toDiagnostics } from './providers/diagnostics';

/** Workers for a scan: parallel, but leaving the machine usable. */
export const MAX_SCAN_WORKERS = 4;
/** Files scanned at most (a monorepo should narrow the folder instead). */
export const MAX_SCAN_FILES = 20000;

export async function scanWorkspace(makeClient: () => AnalysisClient, workers: number, collection: vscode.DiagnosticCollection, python: string, budgetMs: number): Promise<{ files: number; findings: number } | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Refcount Lens: scanning Python files', cancellable: true }, async (progress, token) => {
    const files = await vscode.workspace.findFiles('**/*.py', '**/{node_modules,.git,__pycache__,.venv,venv,.tox,site-packages}/**', MAX_SCAN_FILES, token);
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const todo = files.filter((f) => !open.has(f.toString()));
    collection.clear();
    const clients = Array.from({ length: Math.max(1, Math.min(workers, MAX_SCAN_WORKERS, todo.length)) }, makeClient);
    let next = 0;
    let done = 0;
    let findings = 0;
    const cts = new vscode.CancellationTokenSource();
    token.onCancellationRequested(() => cts.cancel());
    try {
      await Promise.all(clients.map(async (client) => {
        while (next < todo.length && !token.isCancellationRequested) {
          const uri = todo[next++];
          try {
            const bytes = await vscode.workspace.fs.readFile(uri);
            const text = new TextDecoder('utf-8').decode(bytes);
            const r = await client.analyze(`scan:${uri.toString()}`, text, undefined, { python: python as never, fileName: uri.fsPath, budgetMs }, cts.token);
            client.close(`scan:${uri.toString()}`);
            if (r) {
              const doc = await vscode.workspace.openTextDocument(uri);
              const diags = toDiagnostics(doc, r).filter((d) => d.severity !== vscode.DiagnosticSeverity.Information || d.code !== 'uncaught-exception');
              collection.set(uri, diags);
              findings += diags.length;
            }
          } catch {
            // A file that cannot be read or analysed is skipped; the scan goes on.
          }
          done++;
          progress.report({ message: `${done} / ${todo.length}`, increment: 100 / Math.max(1, todo.length) });
        }
      }));
    } finally {
      cts.dispose();
      for (const c of clients) c.dispose();
    }
    return { files: done, findings };
  });
}
