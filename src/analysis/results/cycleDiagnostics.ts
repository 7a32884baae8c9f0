// Diagnostics about reference cycles: where a cycle becomes garbage that only
// the cycle collector frees, with the chain a person can follow.
import type { CycleInfo, Diagnostic } from './resultTypes';

export function cycleDiagnostics(cycles: CycleInfo[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of cycles) {
    if (c.unreachableAt === undefined) continue;
    out.push({
      line: c.unreachableAt,
      column: 0,
      severity: 'warning',
      code: 'garbage-cycle',
      message: `A reference cycle (${c.chain ?? c.objects.join(', ')}) becomes unreachable here: reference counting cannot free it; only the cycle collector (gc.collect()) does.`,
    });
  }
  return out;
}
