// The AnalysisClient for the web (no worker threads there): the engine runs
// in-process; its time budget bounds how long one analysis can take.
import * as vscode from 'vscode';
import { EngineHost, TextChange } from '../analysis/engineHost';
import type { AnalysisResult, AnalyzeOptions } from '../analysis/results/resultTypes';
import type { AnalysisClient } from './analysisClient';

export class InProcessClient implements AnalysisClient {
  private host: Promise<EngineHost> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  private engine(): Promise<EngineHost> {
    if (!this.host) {
      const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
      this.host = (async () => {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dist, 'tree-sitter-python.wasm'));
        return EngineHost.create({ treeSitter: vscode.Uri.joinPath(dist, 'tree-sitter.wasm').toString(true), python: bytes });
      })();
      this.host.catch(() => (this.host = undefined));
    }
    return this.host;
  }

  async analyze(key: string, text: string, changes: TextChange[] | undefined, options: Omit<AnalyzeOptions, 'cancel'>, token: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
    const h = await this.engine();
    if (token.isCancellationRequested) return undefined;
    return h.analyze(key, text, changes, { ...options, cancel: token });
  }

  close(key: string): void {
    void this.host?.then((h) => h.close(key));
  }

  dispose(): void {
    void this.host?.then((h) => h.dispose());
  }
}
