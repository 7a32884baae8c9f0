// Activation: the composition root only. Nothing heavy happens here; the
// parser's WASM is loaded by the analysis worker on the first analysis.
import * as os from 'os';
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { WorkerClient } from './workerClient';

export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  const log = vscode.window.createOutputChannel('Refcount Lens worker', { log: true });
  context.subscriptions.push(log);
  const makeClient = (): WorkerClient => new WorkerClient(context.extensionUri, log);
  const ctx = new Ctx(context, makeClient(), makeClient, os.cpus().length);
  try {
    await ctx.start();
  } catch (err) {
    // VS Code does not surface activation failures: tell the user ourselves.
    void vscode.window.showErrorMessage(`Refcount Lens failed to start: ${String(err)}`);
    throw err;
  }
  return ctx;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
