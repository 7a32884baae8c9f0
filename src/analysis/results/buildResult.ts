// Turns what the recorder saw into the AnalysisResult (plain data): objects
// by allocation site, lines, calls, cycles and their diagnostics.
import type { Interpreter } from '../interp/interpreter';
import type { Recorder } from '../interp/recorder';
import { AnalysisResult, AnalyzeOptions, Diagnostic, ObjectInfo, PythonVersion } from './resultTypes';
import { cycleDiagnostics } from './cycleDiagnostics';

export function buildResult(it: Interpreter, rec: Recorder, python: PythonVersion, options: AnalyzeOptions, diagnostics: Diagnostic[]): AnalysisResult {
  const { lines, calls, cycles } = rec.build();
  const used = new Set<string>();
  for (const l of lines) for (const ids of Object.values(l.bindings)) for (const id of ids) used.add(id);
  for (const c of cycles) for (const id of c.objects) used.add(id);
  for (const c of calls) for (const id of c.objects ?? []) used.add(id);
  const objects: Record<string, ObjectInfo> = {};
  for (const id of used) {
    const s = it.heap.sites.get(id.split(/[.~]/)[0]);
    if (!s) continue;
    // Shared objects are immortal from 3.12; before that their counts depend on the whole interpreter.
    const shared = s.immortal || rec.sharedSites.has(id);
    const interned = it.heap.internedSites.has(id.split('~')[0]);
    const immortal = shared && it.vm.immortalSingletons && (!interned || it.vm.immortalInterned);
    objects[id] = { type: s.type, site: { line: s.line, column: s.col }, label: s.label, immortal, ...(id.includes('~') ? { aliasOf: id.split('~')[0] } : {}), ...(id.split('~')[0].endsWith('.n') ? { summary: true } : {}) };
  }
  // Before 3.12, shared objects get an honest open interval instead of no count.
  if (!it.vm.immortalSingletons) {
    for (const l of lines) for (const ids of Object.values(l.bindings)) for (const id of ids) {
      if (rec.sharedSites.has(id) && !l.refcounts[id]) l.refcounts[id] = [1, null];
    }
  } else {
    for (const l of lines) for (const ids of Object.values(l.bindings)) for (const id of ids) {
      if (rec.sharedSites.has(id) && !objects[id]?.immortal && !l.refcounts[id]) l.refcounts[id] = [1, null];
    }
  }
  diagnostics.push(...cycleDiagnostics(cycles), ...it.adviser.diagnostics);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  void options;
  return {
    schema: 'refcount-lens/1',
    file: options.fileName ?? '<memory>',
    python,
    objects,
    lines,
    calls,
    cycles,
    diagnostics,
    ...(options.snapshots ? { snapshots: rec.snapshots } : {}),
    gcRuns: rec.gcRuns,
  };
}
