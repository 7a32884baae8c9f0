// SARIF 2.1.0 for code scanning in CI: the same findings the editor shows in
// Problems, with fixes as SARIF replacements.
import * as path from 'path';
import type { AnalysisResult, Diagnostic } from '../analysis/results/resultTypes';

/** One line per diagnostic code, for the SARIF rule list. */
const RULES: Record<string, string> = {
  'garbage-cycle': 'A reference cycle becomes unreachable: only the cycle collector frees it.',
  'self-bound-method': 'An object stores its own bound method (object → method → object).',
  'back-reference': 'A parent/child back-reference closes a cycle.',
  'exception-frame-cycle': 'An exception is kept in a variable of the frame its traceback holds.',
  'closure-cycle': 'A function refers to itself through its closure.',
  'finalizer-in-cycle': 'An object with __del__ is in a reference cycle.',
  'getrefcount-of-id': 'sys.getrefcount() of an id() measures the int, not the object.',
  'syntax-error': 'Syntax error: this part is not analysed.',
  'unsupported-construct': 'A construct Refcount Lens does not model: what it touches is unknown.',
  'uncaught-exception': 'The program stops here with an uncaught exception.',
  'parse-timeout': 'The parser stopped at its time limit.',
};

const LEVEL: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: AnalysisResult[], cwd: string, version: string): object {
  const rules = new Map<string, string>();
  const out = [];
  for (const r of results) {
    const uri = path.relative(cwd, r.file).split(path.sep).join('/');
    for (const d of r.diagnostics) {
      if (d.code === 'internal-error' || d.code === 'analysis-incomplete') continue;
      if (!rules.has(d.code)) rules.set(d.code, RULES[d.code] ?? d.code);
      const region = { startLine: d.line, startColumn: d.column + 1, ...(d.endLine ? { endLine: d.endLine, endColumn: (d.endColumn ?? 0) + 1 } : {}) };
      out.push({
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
        ...(d.fixes?.length ? {
          fixes: d.fixes.map((f) => ({
            description: { text: f.title },
            artifactChanges: [{
              artifactLocation: { uri },
              replacements: f.edits.map((e) => ({
                deletedRegion: { startLine: e.start.line, startColumn: e.start.column + 1, endLine: e.end.line, endColumn: e.end.column + 1 },
                insertedContent: { text: e.newText },
              })),
            }],
          })),
        } : {}),
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Refcount Lens', version, informationUri: 'https://github.com/refcount-lens/refcount-lens', rules: [...rules].map(([id, text]) => ({ id, shortDescription: { text } })) } },
      results: out,
    }],
  };
}
