// Hover on a name: its object, type and allocation site, its count with the
// list of holders, cycle membership, where it becomes garbage, the Python
// version the numbers are for, and how the number was derived.
import * as vscode from 'vscode';
import type { AnalysisResult, Interval } from '../../analysis/results/resultTypes';
import { formatInterval } from '../../analysis/results/formatCounts';
import type { DocumentSessions } from '../documentSessions';

export class RefcountHover implements vscode.HoverProvider {
  constructor(private readonly sessions: DocumentSessions) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const r = this.sessions.resultFor(doc.uri);
    const range = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    if (!r || !range) return undefined;
    const name = doc.getText(range);
    // Large files carry no holders: ask for this line's (one more analysis, in the worker).
    if (r.lines.some((l) => l.line === pos.line + 1 && !l.holders && l.bindings[name])) await this.sessions.holdersAt(doc.uri, pos.line + 1, token);
    const md = hoverMarkdown(r, pos.line + 1, name);
    return md ? new vscode.Hover(md, range) : undefined;
  }
}

export function hoverMarkdown(r: AnalysisResult, line: number, name: string): vscode.MarkdownString | undefined {
  // The state after this line, or the nearest earlier analysed line of the same scope.
  const here = r.lines.find((l) => l.line === line) ?? [...r.lines].reverse().find((l) => l.line < line && l.bindings[name]);
  const ids = here?.bindings[name];
  if (!here || !ids?.length) return undefined;
  const md = new vscode.MarkdownString(undefined, true);
  md.supportThemeIcons = true;
  for (const id of ids.slice(0, 4)) {
    const o = r.objects[id];
    if (!o) continue;
    const iv: Interval | undefined = here.refcounts[id];
    md.appendMarkdown(`**\`${name}\`** → \`${o.label}\` (${o.type}${o.summary ? ', one of many from this site' : ''}), allocated at line ${o.site.line}\n\n`);
    md.appendMarkdown(`refcnt **${formatInterval(iv, o.immortal)}** after line ${here.line}${here.runs && here.runs > 1 ? ` (joined over ${here.runs} runs)` : ''}\n\n`);
    const holders = here.holders?.[id.split('~')[0]] ?? here.holders?.[id];
    if (holders?.length) md.appendMarkdown('held by: ' + holders.map((h) => `${h.text}${h.count > 1 ? ` ×${h.count}` : ''}`).join(', ') + '\n\n');
    const base = id.split('~')[0];
    for (const c of r.cycles.filter((c) => c.objects.includes(base))) {
      md.appendMarkdown(`$(sync) in a cycle \`${c.chain ?? ''}\` (closes at line ${c.createdAt}${c.unreachableAt ? `, garbage from line ${c.unreachableAt}` : ''}${c.collectedAt ? `, collected at line ${c.collectedAt}` : ''})\n\n`);
    }
    if (o.immortal) md.appendMarkdown('Immortal: CPython no longer counts its references.\n\n');
    else if (iv && iv[1] === null) md.appendMarkdown('No upper bound: the object reached code the analysis does not model.\n\n');
    else if (iv && iv[0] !== iv[1]) md.appendMarkdown('An interval: the line ran with different counts.\n\n');
  }
  md.appendMarkdown(`*CPython ${r.python} · counted from the program's references (names, containers, attributes, frames, constants), without running it.*`);
  return md;
}
