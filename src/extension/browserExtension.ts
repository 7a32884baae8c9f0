// Activation in a web extension host (vscode.dev, virtual workspaces): the
// same composition root, with the engine in-process (no worker threads there).
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { InProcessClient } from './inProcessClient';

export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  const ctx = new Ctx(context, new InProcessClient(context.extensionUri));
  await ctx.start();
  return ctx;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
