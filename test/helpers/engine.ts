// One way for tests to get an analysis: the built WASM files from dist/ and
// the real Analyzer, created once per test process.
import * as path from 'path';
import { Analyzer } from '../../src/analysis/analyze';
import type { AnalysisResult, AnalyzeOptions } from '../../src/analysis/results/resultTypes';

let analyzer: Promise<Analyzer> | undefined;

import * as fs from 'fs';

/** The project root: the nearest folder above this bundle with a package.json. */
export const ROOT = ((): string => {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'package.json')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
})();

export function engine(): Promise<Analyzer> {
  analyzer ??= Analyzer.create({
    treeSitter: path.join(ROOT, 'dist', 'tree-sitter.wasm'),
    python: path.join(ROOT, 'dist', 'tree-sitter-python.wasm'),
  });
  return analyzer;
}

export async function analyze(source: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return (await engine()).analyze(source, options);
}

/** The interval of `name` after `line`: the hull over the objects it may name, or 'immortal'. */
export function countOf(r: AnalysisResult, line: number, name: string): [number, number | null] | 'immortal' | undefined {
  const l = r.lines.find((x) => x.line === line);
  const ids = l?.bindings[name];
  if (!l || !ids?.length) return undefined;
  if (ids.every((id) => r.objects[id]?.immortal)) return 'immortal';
  const ivs = ids.map((id) => l.refcounts[id]);
  if (ivs.some((x) => !x)) return undefined;
  return [Math.min(...ivs.map((x) => x![0])), ivs.some((x) => x![1] === null) ? null : Math.max(...ivs.map((x) => x![1] as number))];
}
