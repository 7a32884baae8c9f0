// The CLI's human-readable output: the source with each statement's counts at
// the end of its line (as the editor shows them), then cycles and diagnostics.
import type { AnalysisResult, GcSimulation, Interval } from '../analysis/results/resultTypes';
import { formatCounts, namesOnLine } from '../analysis/results/formatCounts';

export function formatText(source: string, r: AnalysisResult): string {
  const src = source.split(/\r?\n/);
  const byLine = new Map(r.lines.map((l) => [l.line, l]));
  const width = Math.min(60, Math.max(...src.map((s) => s.length), 10));
  const out: string[] = [`# ${r.file} (Python ${r.python})`];
  src.forEach((text, i) => {
    const l = byLine.get(i + 1);
    const counts = l ? formatCounts(l, r, namesOnLine(text, l)) : '';
    out.push(counts ? `${String(i + 1).padStart(4)}  ${text.padEnd(width)}  # ${counts}` : `${String(i + 1).padStart(4)}  ${text}`);
  });
  if (r.cycles.length) {
    out.push('', 'Cycles:');
    for (const c of r.cycles) out.push(`  ⟲ ${c.chain ?? c.objects.join(', ')}: closes at line ${c.createdAt}${c.unreachableAt ? `, unreachable from line ${c.unreachableAt}` : ''}${c.collectedAt ? `, collected at line ${c.collectedAt}` : ''}`);
  }
  if (r.calls.length) {
    out.push('', 'Calls:');
    for (const c of r.calls) out.push(`  line ${c.line}: ${c.callee}() → ${c.immortal ? 'immortal' : fmt(c.returns)}`);
  }
  if (r.diagnostics.length) {
    out.push('', 'Diagnostics:');
    for (const d of r.diagnostics) out.push(`  ${d.line}:${d.column + 1} ${d.severity} [${d.code}] ${d.message}`);
  }
  return out.join('\n') + '\n';
}

function fmt(iv: Interval): string {
  return iv[1] === null ? `≥${iv[0]}` : iv[0] === iv[1] ? String(iv[0]) : `${iv[0]}–${iv[1]}`;
}

export function formatGcText(run: GcSimulation | undefined, line: number): string {
  if (!run) return `No gc.collect() runs at or before line ${line}.\n`;
  const out = [`gc.collect() at line ${run.line}:`];
  run.steps.forEach((s, i) => out.push(`  ${i + 1}. [${s.phase}] ${s.narration}`));
  return out.join('\n') + '\n';
}
