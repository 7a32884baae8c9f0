// The desktop AnalysisClient: one worker thread running the engine.
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import type { TextChange } from '../analysis/engineHost';
import type { AnalysisResult, AnalyzeOptions } from '../analysis/results/resultTypes';
import type { AnalysisClient } from './analysisClient';
import { LIMITS } from '../analysis/interp/limits';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

export class WorkerClient implements AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: AnalysisResult | undefined) => void; reject: (e: Error) => void }>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const w = new Worker(vscode.Uri.joinPath(dist, 'analysisWorker.js').fsPath, {
      workerData: { treeSitter: vscode.Uri.joinPath(dist, 'tree-sitter.wasm').fsPath, python: vscode.Uri.joinPath(dist, 'tree-sitter-python.wasm').fsPath },
      // (a stack that lets the model follow recursion to CPython's own limit: analysisWorker.ts)
      resourceLimits: { stackSizeMb: LIMITS.LARGE_STACK_MB },
    });
    w.on('message', (m: WorkerResponse) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.result);
      else p.reject(new Error(m.message));
    });
    w.on('error', (e) => {
      this.log.error(`analysis worker failed: ${e.message}`);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined;
    });
    w.on('exit', () => { this.worker = undefined; });
    this.worker = w;
    return w;
  }

  analyze(key: string, text: string, changes: TextChange[] | undefined, options: Omit<AnalyzeOptions, 'cancel'>, token: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
    const w = this.ensure();
    const id = this.nextId++;
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const sub = token.onCancellationRequested(() => Atomics.store(flag, 0, 1));
    const req: WorkerRequest = { type: 'analyze', id, key, text, changes, options, cancel };
    return new Promise<AnalysisResult | undefined>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage(req);
    }).finally(() => sub.dispose());
  }

  close(key: string): void {
    this.worker?.postMessage({ type: 'close', key } satisfies WorkerRequest);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
