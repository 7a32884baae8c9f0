// Shared steps of the extension-host suites: open a program, wait for the
// analysis to publish, poll for provider output.
import * as vscode from 'vscode';

export const EXT_ID = 'refcount-lens.refcount-lens';

export async function openProgram(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'python', content: text });
  return vscode.window.showTextDocument(doc);
}

/** Polls `probe` until it returns something truthy (providers publish asynchronously). */
export async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 15000, everyMs = 100): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function hintsOf(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
  return hints ?? [];
}

export function hintText(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

/** The hint text on a 0-based line, once one is there. */
export async function hintOn(doc: vscode.TextDocument, line: number, contains?: string): Promise<string> {
  return until(async () => {
    const h = (await hintsOf(doc)).find((x) => x.position.line === line);
    const t = h ? hintText(h) : undefined;
    return t && (!contains || t.includes(contains)) ? t : undefined;
  }, `an inlay hint on line ${line + 1}${contains ? ` containing "${contains}"` : ''}`);
}

export async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('refcountLens').update(key, value, vscode.ConfigurationTarget.Global);
}
