// One-off timing of the per-line options on a file: `node out/bench/holders.js FILE`.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../src/analysis/analyze';

async function main(): Promise<void> {
  const ROOT = path.resolve(__dirname, '..', '..');
  const a = await Analyzer.create({ treeSitter: path.join(ROOT, 'dist', 'tree-sitter.wasm'), python: path.join(ROOT, 'dist', 'tree-sitter-python.wasm') });
  const src = fs.readFileSync(process.argv[2], 'utf8');
  for (const opts of [{}, { holders: true }, { snapshots: true }, { holders: true, snapshots: true }]) {
    const t0 = Date.now();
    const r = a.analyze(src, opts);
    console.log(JSON.stringify(opts), `${Date.now() - t0} ms`, `parse ${r.timing?.parseMs} ms`, `${r.lines.length} lines`);
  }
}
void main();
