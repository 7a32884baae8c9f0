// The command table: id → handler. Ids are declared in package.json.
import * as vscode from 'vscode';
import { PYTHON_VERSIONS } from '../analysis/results/resultTypes';
import type { Ctx } from './ctx';

import { COMMANDS } from './manifestIds';

/** The document and 1-based line a command is about: its arguments, else the active editor's cursor. */
function target(uri?: vscode.Uri, line?: number): { uri: vscode.Uri; line: number } | undefined {
  if (uri instanceof vscode.Uri) return { uri, line: line ?? 1 };
  const ed = vscode.window.activeTextEditor;
  if (!ed || ed.document.languageId !== 'python') return undefined;
  return { uri: ed.document.uri, line: ed.selection.active.line + 1 };
}

export function registerCommands(ctx: Ctx): void {
  const table: Record<(typeof COMMANDS)[number], (...args: unknown[]) => unknown> = {
    'refcountLens.showHeap': (uri?: unknown, line?: unknown) => {
      const t = target(uri as vscode.Uri, line as number);
      if (!t) return vscode.window.showInformationMessage('Refcount Lens: open a Python file first.');
      ctx.panel.show(t.uri, t.line);
      return undefined;
    },
    'refcountLens.simulateGc': async (uri?: unknown, line?: unknown) => {
      const t = target(uri as vscode.Uri, line as number);
      if (!t) return vscode.window.showInformationMessage('Refcount Lens: open a Python file first.');
      await ctx.panel.showGc(t.uri, t.line);
      return undefined;
    },
    'refcountLens.toggleInline': async () => {
      const next = ctx.config.inlineStyle === 'off' ? (ctx.lastInlineStyle ?? 'inlayHints') : 'off';
      if (ctx.config.inlineStyle !== 'off') ctx.lastInlineStyle = ctx.config.inlineStyle;
      await vscode.workspace.getConfiguration('refcountLens').update('inline.style', next, vscode.ConfigurationTarget.Global);
    },
    'refcountLens.scanWorkspace': async () => {
      const r = await ctx.scan();
      if (r) void vscode.window.showInformationMessage(`Refcount Lens: scanned ${r.files} file(s), ${r.findings} finding(s) in Problems.`);
      return r;
    },
    'refcountLens.selectPythonVersion': async (version?: unknown) => {
      const items = ['auto', ...PYTHON_VERSIONS].map((v) => ({ label: v === 'auto' ? 'auto' : `CPython ${v}`, v, description: v === ctx.config.pythonVersion ? 'current' : undefined }));
      const pick = typeof version === 'string' ? items.find((i) => i.v === version) : await vscode.window.showQuickPick(items, { placeHolder: 'The CPython version the counts are for' });
      if (!pick) return;
      await vscode.workspace.getConfiguration('refcountLens').update('pythonVersion', pick.v, vscode.ConfigurationTarget.Global);
    },
  };
  for (const id of COMMANDS) ctx.subscriptions.push(vscode.commands.registerCommand(id, table[id]));
}
