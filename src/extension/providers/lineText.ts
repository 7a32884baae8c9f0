// What a line's counts read like in the editor, shared by the inlay hints, the
// decorations and the tests: `lst: refcnt 2 · d: refcnt 1`.
import type { AnalysisResult, LineState } from '../../analysis/results/resultTypes';
import { formatCounts, namesOnLine } from '../../analysis/results/formatCounts';

/** Lines whose statement closes a cycle, and lines where a cycle becomes garbage. */
export function cycleLines(r: AnalysisResult): { closes: Map<number, string>; garbage: Map<number, string> } {
  const closes = new Map<number, string>();
  const garbage = new Map<number, string>();
  for (const c of r.cycles) {
    closes.set(c.createdAt, c.chain ?? c.objects.join(', '));
    if (c.unreachableAt) garbage.set(c.unreachableAt, c.chain ?? c.objects.join(', '));
  }
  return { closes, garbage };
}

/** The inline text for one recorded line (empty when the line names nothing). */
export function inlineText(r: AnalysisResult, l: LineState, sourceLine: string): string {
  return formatCounts(l, r, namesOnLine(sourceLine, l));
}
