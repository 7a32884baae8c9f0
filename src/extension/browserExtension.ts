// Activation in a web extension host (vscode.dev, virtual workspaces): the
// same composition root, with the engine in-process (no worker threads there).
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { InProcessClient } from './inProcessClient';

export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  const client = new InProcessClient(context.extensionUri);
  // No worker threads on the web: a scan shares the one in-process engine (never disposed by the scan).
  const ctx = new Ctx(context, client, () => ({ analyze: client.analyze.bind(client), close: client.close.bind(client), dispose: () => undefined }), 1);
  await ctx.start();
  return ctx;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
