// mdtest: Markdown files as test suites (after ruff's ty_test). Each `##`
// section is one case: a line saying why, then a ```py block whose comments
// state what the analysis must report on that line:
//   # refs: a=2 b=[1,null] c=∞ d=2-3      counts after the statement
//   # cycle: lst[0] → lst                  a cycle closes here (chain text)
//   # warning: [garbage-cycle]             a diagnostic with that code here (also error:, info:)
//   # gc: 3                                gc.collect() on this line returns 3
//   # getrefcount: 2                       sys.getrefcount() on this line returns 2
// A section may start with `<!-- python: 3.11 3.13 -->` (default: 3.12).
// Unexpected output fails too: every cycle and every warning or error must be
// asserted where it is reported.
import type { AnalysisResult, PythonVersion } from '../../src/analysis/results/resultTypes';
import { analyze, countOf } from './engine';

export interface MdCase {
  file: string;
  title: string;
  source: string;
  versions: PythonVersion[];
}

export function parseMarkdown(file: string, text: string): MdCase[] {
  const out: MdCase[] = [];
  const sections = text.split(/^## /m).slice(1);
  for (const sec of sections) {
    const title = sec.split('\n')[0].trim();
    const code = /```py\n([\s\S]*?)```/.exec(sec);
    if (!code) continue;
    const ver = /<!--\s*python:\s*([\d. ]+)-->/.exec(sec);
    const versions = (ver ? ver[1].trim().split(/\s+/) : ['3.12']) as PythonVersion[];
    out.push({ file, title, source: code[1], versions });
  }
  return out;
}

type Want = { line: number; text: string };

export async function checkCase(c: MdCase, version: PythonVersion): Promise<string[]> {
  const r = await analyze(c.source, { python: version });
  return compareToComments(c.source, r);
}

export function compareToComments(source: string, r: AnalysisResult): string[] {
  const errors: string[] = [];
  const cycleWants: Want[] = [];
  const diagWants: Want[] = [];
  source.split('\n').forEach((text, i) => {
    const line = i + 1;
    const hash = text.indexOf('#');
    if (hash < 0) return;
    const comment = text.slice(hash + 1);
    for (const part of comment.split(/\s+(?=(?:refs|cycle|warning|error|info|gc|getrefcount):)/)) {
      const m = /^\s*(refs|cycle|warning|error|info|gc|getrefcount):\s*(.*)$/.exec(part);
      if (!m) continue;
      const [, kind, body] = m;
      if (kind === 'refs') {
        for (const item of body.trim().split(/\s+/)) {
          const [name, want] = item.split('=');
          const got = countOf(r, line, name);
          if (!sameCount(got, want)) errors.push(`line ${line}: ${name} expected ${want}, got ${fmt(got)}`);
        }
      } else if (kind === 'cycle') cycleWants.push({ line, text: body.trim() });
      else if (kind === 'warning' || kind === 'error' || kind === 'info') diagWants.push({ line, text: body.trim().replace(/^\[|\]$/g, '') });
      else {
        const callee = kind === 'gc' ? 'gc.collect' : 'sys.getrefcount';
        const calls = r.calls.filter((c) => c.line === line && c.callee === callee);
        const want = body.trim();
        const got = calls.map((c) => (c.immortal ? '∞' : c.returns[0] === c.returns[1] ? String(c.returns[0]) : `[${c.returns[0]},${c.returns[1]}]`));
        if (got.join(',') !== want) errors.push(`line ${line}: ${callee}() expected ${want}, got ${got.join(',') || 'nothing'}`);
      }
    }
  });
  for (const c of r.cycles) {
    const w = cycleWants.find((x) => x.line === c.createdAt);
    if (!w) errors.push(`line ${c.createdAt}: unexpected cycle ${c.chain}`);
    else if (w.text && c.chain !== w.text) errors.push(`line ${c.createdAt}: cycle expected "${w.text}", got "${c.chain}"`);
  }
  for (const w of cycleWants) if (!r.cycles.some((c) => c.createdAt === w.line)) errors.push(`line ${w.line}: expected a cycle ${w.text}, none reported`);
  for (const d of r.diagnostics) {
    if (d.severity !== 'warning' && d.severity !== 'error') continue;
    if (!diagWants.some((w) => w.line === d.line && w.text === d.code)) errors.push(`line ${d.line}: unexpected ${d.severity} [${d.code}] ${d.message}`);
  }
  for (const w of diagWants) if (!r.diagnostics.some((d) => d.line === w.line && d.code === w.text)) errors.push(`line ${w.line}: expected [${w.text}], none reported`);
  return errors;
}

function fmt(x: ReturnType<typeof countOf>): string {
  if (x === undefined) return 'nothing';
  if (x === 'immortal') return '∞';
  return x[0] === x[1] ? String(x[0]) : `[${x[0]},${x[1] ?? 'null'}]`;
}

function sameCount(got: ReturnType<typeof countOf>, want: string): boolean {
  if (got === undefined) return false;
  if (want === '∞') return got === 'immortal';
  if (got === 'immortal') return false;
  const range = /^\[(\d+),(\d+|null)\]$/.exec(want) ?? /^(\d+)-(\d+)$/.exec(want);
  if (range) return got[0] === Number(range[1]) && got[1] === (range[2] === 'null' ? null : Number(range[2]));
  const atLeast = /^≥(\d+)$/.exec(want);
  if (atLeast) return got[0] === Number(atLeast[1]) && got[1] === null;
  return got[0] === Number(want) && got[1] === Number(want);
}
