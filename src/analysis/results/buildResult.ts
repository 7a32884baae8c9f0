// Turns what the recorder saw into the AnalysisResult (plain data): objects
// by allocation site, lines, calls, cycles and their diagnostics.
import type { Interpreter } from '../interp/interpreter';
import type { Recorder } from '../interp/recorder';
import { AnalysisResult, AnalyzeOptions, Diagnostic, LineState, ObjectInfo, PythonVersion } from './resultTypes';
import { cycleDiagnostics } from './cycleDiagnostics';
import { startupImmortal313 } from '../interp/startupStrings313';

export function buildResult(it: Interpreter, rec: Recorder, python: PythonVersion, options: AnalyzeOptions, diagnostics: Diagnostic[]): AnalysisResult {
  const { lines, calls, cycles } = rec.build();
  // One pass over every line's bindings: the ids in use, and the bindings of
  // shared objects (interned, cached, immortal) the recorder gave no count.
  const used = new Set<string>();
  const sharedUncounted: [LineState, string][] = [];
  for (const l of lines) {
    for (const name in l.bindings) {
      for (const id of l.bindings[name]) {
        used.add(id);
        if (rec.sharedSites.has(id) && !l.refcounts[id]) sharedUncounted.push([l, id]);
      }
    }
  }
  for (const c of cycles) for (const id of c.objects) used.add(id);
  for (const c of calls) for (const id of c.objects ?? []) used.add(id);
  const objects: Record<string, ObjectInfo> = {};
  for (const id of used) {
    const tilde = id.indexOf('~');
    const base = tilde < 0 ? id : id.slice(0, tilde);
    const dot = base.indexOf('.');
    const s = it.heap.sites.get(dot < 0 ? base : base.slice(0, dot));
    const lib = s ? undefined : rec.libraryObjects.get(base);
    if (lib) {
      // A library's object (sys.stdout, io.StringIO …): made outside the file (line 0), its count open.
      objects[id] = { type: lib.type, site: { line: 0, column: 0 }, label: base.replace(/^[a-z]+:/, ''), immortal: false, ...(tilde >= 0 ? { aliasOf: base } : {}) };
      continue;
    }
    if (!s) continue;
    // Shared objects are immortal from 3.12; before that their counts depend on the whole interpreter.
    const shared = s.immortal || rec.sharedSites.has(id);
    const internedText = it.heap.internedSites.get(base);
    // (an interned string is immortal in 3.12; in 3.13 when its text is one of the program's identifiers
    // or one the interpreter had interned immortal before the script started)
    const immortal = shared && it.vm.immortalSingletons && (internedText === undefined || it.vm.immortalInterned
      || (it.vm.immortalSourceNames && it.sourceName(internedText)) || (it.vm.startupImmortal313 && startupImmortal313(internedText)));
    const info: ObjectInfo = { type: s.type, site: { line: s.line, column: s.col }, label: s.label, immortal };
    if (tilde >= 0) info.aliasOf = base;
    if (base.endsWith('.n')) info.summary = true;
    objects[id] = info;
  }
  // A shared object that is not immortal in this version (all of them before
  // 3.12) gets an honest open interval instead of no count.
  for (const [l, id] of sharedUncounted) if (!objects[id]?.immortal) l.refcounts[id] = [1, null];
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
    ...(options.snapshots ? { snapshots: rec.snapshots, ...(rec.snapshotsCut ? { snapshotsCut: true } : {}) } : {}),
    gcRuns: rec.gcRuns,
  };
}
