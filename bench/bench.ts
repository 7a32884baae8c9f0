// `npm run bench`: speed and memory of the analysis, printed (never asserted).
//   node out/bench/bench.js [CORPUS_DIR] [--limit N] [--corpus-only | --typing-only] [--no-splice] [--no-idle-gc]
//     [--typing=seed,difflib,keys] [--edits N]
//                           [--per-file OUT.json]  (each file's parse and analysis times, for finding outliers)
// 1. Corpus: tree-sitter's parse alone and the full analysis of every file,
//    the ratio analysis / parse, lines per second, per-file p50 / p95 / max,
//    peak memory, and files that failed (an exception is a bug).
// 2. Typing: scripted edits in a 2,000-line file through incremental reparse
//    (tree.edit) and re-analysis, edit → fresh result latency.
// 3. First counts: Analyzer.create + the first analysis of a 1,000-line file.
// 4. The packaged .vsix size, when one was built.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Analyzer, analyzeTree } from '../src/analysis/analyze';
import { EngineHost } from '../src/analysis/engineHost';
import { collectYoungGeneration } from '../src/extension/idleGc';

const ROOT = path.resolve(__dirname, '..', '..');
const wasm = { treeSitter: path.join(ROOT, 'dist', 'tree-sitter.wasm'), python: path.join(ROOT, 'dist', 'tree-sitter-python.wasm') };

function pyFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (/^(test|tests|idle_test|__pycache__|site-packages)$/.test(e.name)) continue;
      pyFiles(p, out);
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

function defaultCorpus(): string {
  const pyenv = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  const v = fs.readdirSync(path.join(pyenv, 'versions')).find((d) => d.startsWith('3.13'));
  return path.join(pyenv, 'versions', v!, 'lib', 'python3.13');
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limitIdx = args.indexOf('--limit');
  const limit = limitIdx >= 0 ? Number(args[limitIdx + 1]) : Infinity;
  const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit' && args[i - 1] !== '--per-file' && args[i - 1] !== '--edits') ?? defaultCorpus();
  const files = pyFiles(corpus).sort().slice(0, limit);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(`corpus: ${corpus} (${files.length} files)`);

  const t0 = performance.now();
  const analyzer = await Analyzer.create(wasm);
  const initMs = performance.now() - t0;

  let parseTotal = 0;
  let analyzeTotal = 0;
  let lines = 0;
  let peakRss = 0;
  const perFile: number[] = [];
  const slow: [number, string][] = [];
  const perFileRows: { file: string; lines: number; parseMs: number; analysisMs: number }[] = [];
  const failures: string[] = [];
  let incomplete = 0;
  const phases = { treeMs: 0, lowerMs: 0, runMs: 0, resultMs: 0 };
  const addPhases = (into: typeof phases, r: { timing?: { phases?: typeof phases } }): void => {
    for (const k of Object.keys(into) as (keyof typeof phases)[]) into[k] += r.timing?.phases?.[k] ?? 0;
  };
  const runSplit = { moduleMs: 0, uncalledMs: 0, moduleSteps: 0, uncalledSteps: 0 };
  for (const f of args.includes('--typing-only') ? [] : files) {
    const src = fs.readFileSync(f, 'utf8');
    lines += src.split('\n').length;
    const p0 = performance.now();
    const tree = analyzer.parser.parse(src);
    const p1 = performance.now();
    try {
      const r = analyzeTree(src, tree, { python: '3.13', budgetMs: 5000 });
      if (r.incomplete) incomplete++;
      addPhases(phases, r);
      const rs = r.timing?.run;
      if (rs) { runSplit.moduleMs += rs.moduleMs; runSplit.uncalledMs += rs.uncalledMs; runSplit.moduleSteps += rs.moduleSteps; runSplit.uncalledSteps += rs.uncalledSteps; }
      const bug = r.diagnostics.find((d) => d.code === 'internal-error');
      if (bug) failures.push(`${f}:${bug.line}: ${bug.message}`);
    } catch (e) {
      failures.push(`${f}: ${(e as Error).message}`);
    }
    const p2 = performance.now();
    tree?.delete();
    parseTotal += p1 - p0;
    analyzeTotal += p2 - p1;
    perFile.push(p2 - p0);
    slow.push([p2 - p1, f]);
    perFileRows.push({ file: path.relative(corpus, f), lines: src.split('\n').length, parseMs: p1 - p0, analysisMs: p2 - p1 });
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  console.log('\n== corpus ==');
  console.log(`parse (tree-sitter alone): ${ms(parseTotal)}`);
  console.log(`analysis (lower + interpret + results): ${ms(analyzeTotal)}`);
  console.log(`  of which: tree copy ${ms(phases.treeMs)} (${(phases.treeMs / parseTotal).toFixed(2)}× parse), lowering ${ms(phases.lowerMs)} (${(phases.lowerMs / parseTotal).toFixed(2)}×), run ${ms(phases.runMs)} (${(phases.runMs / parseTotal).toFixed(2)}×), results ${ms(phases.resultMs)} (${(phases.resultMs / parseTotal).toFixed(2)}×)`);
  // Where the run goes: the module's own code, or the functions it never called, run once each on unknown
  // arguments (the larger share on a library, whose functions its import does not call).
  console.log(`  run: module ${ms(runSplit.moduleMs)} (${runSplit.moduleSteps} steps), uncalled functions ${ms(runSplit.uncalledMs)} (${runSplit.uncalledSteps} steps); ${((runSplit.moduleSteps + runSplit.uncalledSteps) / Math.max(1, lines)).toFixed(2)} steps per line, ${((runSplit.moduleMs + runSplit.uncalledMs) * 1000 / Math.max(1, runSplit.moduleSteps + runSplit.uncalledSteps)).toFixed(1)} µs per step`);
  console.log(`ratio analysis / parse: ${(analyzeTotal / parseTotal).toFixed(2)}`);
  console.log(`ratio (parse + analysis) / parse: ${((analyzeTotal + parseTotal) / parseTotal).toFixed(2)}`);
  console.log(`lines: ${lines}, ${(lines / ((parseTotal + analyzeTotal) / 1000)).toFixed(0)} lines/s`);
  console.log(`per file (parse + analysis): p50 ${ms(pct(perFile, 50))}, p95 ${ms(pct(perFile, 95))}, max ${ms(Math.max(...perFile))}`);
  console.log(`files cut by the budget: ${incomplete}`);
  console.log(`slowest analyses: ${slow.sort((a, b) => b[0] - a[0]).slice(0, 6).map(([t, f]) => `${path.relative(corpus, f)} ${t.toFixed(0)} ms`).join(', ')}`);
  console.log(`peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`failures: ${failures.length}`);
  for (const x of failures.slice(0, 20)) console.log(`  ${x}`);
  const perFileIdx = args.indexOf('--per-file');
  if (perFileIdx >= 0) fs.writeFileSync(args[perFileIdx + 1], JSON.stringify(perFileRows, null, 1));

  if (args.includes('--corpus-only')) return;

  // Typing in a 2,000-line file: incremental reparse + re-analysis per edit,
  // through the extension's own path: EngineHost (what its worker runs) with the editor's edits.
  const unit = fs.readFileSync(path.join(ROOT, 'examples', 'seed.py'), 'utf8');
  let big = '';
  while (big.split('\n').length < 2000) big += unit.replace(/^(def |class )(\w+)/gm, (_m, k, n) => `${k}${n}_${big.length}`) + '\n';
  const host = await EngineHost.create(wasm, { splice: !args.includes('--no-splice') });
  const WARMUP = 20;
  const idleGc = !args.includes('--no-idle-gc');
  // `--typing=seed,difflib,keys` runs only those typing scenarios (for profiling one path).
  const only = args.find((a) => a.startsWith('--typing='))?.slice('--typing='.length).split(',');
  const wants = (name: string): boolean => !only || only.includes(name);
  const editsIdx = args.indexOf('--edits');
  const EDITS = editsIdx >= 0 ? Number(args[editsIdx + 1]) : 100;
  const typing = (label: string, start: string, pick: (text: string, i: number) => number): string => {
    let text = start;
    // As the extension asks: holders only for small files (SMALL_FILE_CHARS in documentSessions.ts).
    const holders = text.length < 8000;
    host.analyze(label, text, undefined, { python: '3.12', budgetMs: 2000, holders });
    const lat: number[] = [];
    const latParse: number[] = [];
    const gcLat: number[] = [];
    const typingPhases = { treeMs: 0, lowerMs: 0, runMs: 0, resultMs: 0 };
    // The first WARMUP edits are made but not measured: a person types for more
    // than a few keystrokes, and the engine's code is compiled by then.
    for (let i = 0; i < WARMUP + EDITS; i++) {
      const pos = pick(text, i);
      const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
      const insert = `${indent}x${i} = [${i}.5]\n`;
      const lineNo = text.slice(0, lineStart).split('\n').length - 1;
      const e0 = performance.now();
      text = text.slice(0, lineStart) + insert + text.slice(lineStart);
      const r = host.analyze(label, text, [{ start: lineStart, end: lineStart, text: insert, startLine: lineNo, startCol: 0, endLine: lineNo, endCol: 0 }], { python: '3.12', budgetMs: 2000, holders });
      const took = performance.now() - e0;
      const timing = r.timing;
      // As the extension's worker does once it has posted a result (idleGc.ts), outside the measured time.
      if (idleGc) {
        const g0 = performance.now();
        collectYoungGeneration();
        if (i >= WARMUP) gcLat.push(performance.now() - g0);
      }
      if (i < WARMUP) continue;
      lat.push(took);
      latParse.push(timing?.parseMs ?? 0);
      addPhases(typingPhases, { timing });
    }
    host.close(label);
    const spliced = host.stats.spliced;
    const reparsed = host.stats.reparsed - 1; // (the first analysis)
    host.stats.spliced = host.stats.reparsed = 0;
    console.log(`\n== typing: ${label} (${start.split('\n').length} lines, ${EDITS} edits measured after ${WARMUP}) ==`);
    console.log(`edits re-parsed alone and spliced: ${spliced}, by tree-sitter's incremental reparse: ${reparsed}`);
    console.log(`parse (ms, as timed by the engine): median ${pct(latParse, 50)}, p95 ${pct(latParse, 95)}`);
    console.log(`edit → fresh result: median ${ms(pct(lat, 50))}, p95 ${ms(pct(lat, 95))}`);
    if (gcLat.length) console.log(`  then, while the editor shows it: a young-generation collection, median ${ms(pct(gcLat, 50))}, p95 ${ms(pct(gcLat, 95))}`);
    console.log(`  mean per edit: tree copy ${ms(typingPhases.treeMs / lat.length)}, lowering ${ms(typingPhases.lowerMs / lat.length)}, run ${ms(typingPhases.runMs / lat.length)}, results ${ms(typingPhases.resultMs / lat.length)}`);
    return text;
  };
  // 1. The seed program repeated: every line a module-level statement that runs.
  if (wants('seed')) big = typing('seed.py repeated', big, (text, i) => {
    const at = text.indexOf('lst = []', (i * 997) % (text.length - 100));
    return at < 0 ? 0 : at;
  });
  // 2. Real code: difflib.py from the corpus (classes and functions), edits at lines inside bodies.
  const real = path.join(corpus, 'difflib.py');
  if (wants('difflib') && fs.existsSync(real)) {
    // Each edit lands where a statement can start (the file still parses without error), as a person types code.
    typing('difflib.py', fs.readFileSync(real, 'utf8'), (text, i) => {
      for (let from = (i * 7919) % (text.length - 200); ;) {
        const at = text.indexOf('\n        ', from);
        if (at < 0) return 0;
        const lineStart = at + 1;
        const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
        const probe = analyzer.parser.parse(text.slice(0, lineStart) + `${indent}x = [0.5]\n` + text.slice(lineStart));
        const clean = probe && !probe.rootNode.hasError;
        probe?.delete();
        if (clean) return lineStart;
        from = lineStart;
      }
    });
  }
  // 3. Character by character: Enter at the end of a line, then a statement typed one key at a
  // time. Most keystrokes of a line leave it unfinished (`total = sum([1,` is a syntax error),
  // so this is the path an editor takes most often while someone writes code.
  if (wants('keys')) {
    const label = 'keystrokes';
    let text = big;
    host.analyze(label, text, undefined, { python: '3.12', budgetMs: 2000, holders: false });
    const withError: number[] = [];
    const clean: number[] = [];
    const errPhases = { treeMs: 0, lowerMs: 0, runMs: 0, resultMs: 0 };
    let errParse = 0;
    const statement = 'total = sum([n * 2 for n in (1, 2, 3)])';
    for (let k = 0; k < 8; k++) {
      const near = text.indexOf('lst = []', (k * 104729) % (text.length - 100));
      if (near < 0) continue;
      let at = text.indexOf('\n', near); // end of that line: Enter, then the statement's keys
      const lineOf = (pos: number): [number, number] => {
        const ls = text.lastIndexOf('\n', pos - 1) + 1;
        return [text.slice(0, ls).split('\n').length - 1, pos - ls];
      };
      for (const key of ['\n', ...statement]) {
        const [line, col] = lineOf(at);
        const e0 = performance.now();
        text = text.slice(0, at) + key + text.slice(at);
        const r = host.analyze(label, text, [{ start: at, end: at, text: key, startLine: line, startCol: col, endLine: line, endCol: col }], { python: '3.12', budgetMs: 2000, holders: false });
        const took = performance.now() - e0;
        at += key.length;
        if (idleGc) collectYoungGeneration();
        if (k === 0) continue; // warm-up
        const probe = analyzer.parser.parse(text);
        (probe?.rootNode.hasError ? withError : clean).push(took);
        if (probe?.rootNode.hasError) {
          addPhases(errPhases, r);
          errParse += r.timing?.parseMs ?? 0;
        }
        probe?.delete();
      }
    }
    host.close(label);
    const all = [...withError, ...clean];
    console.log(`\n== typing: key by key (${big.split('\n').length}-line seed file, ${all.length} keystrokes measured, ${withError.length} of them leave a syntax error) ==`);
    console.log(`edit → fresh result: median ${ms(pct(all, 50))}, p95 ${ms(pct(all, 95))}; with a syntax error: median ${ms(pct(withError, 50))}, p95 ${ms(pct(withError, 95))}; without: median ${ms(pct(clean, 50))}, p95 ${ms(pct(clean, 95))}`);
    const per = (x: number): string => ms(x / Math.max(1, withError.length));
    console.log(`  mean per keystroke with a syntax error: parse ${per(errParse)}, tree copy ${per(errPhases.treeMs)}, lowering ${per(errPhases.lowerMs)}, run ${per(errPhases.runMs)}, results ${per(errPhases.resultMs)}`);
  }
  host.dispose();

  // First counts on a 1,000-line file from a cold analyzer.
  const thousand = big.split('\n').slice(0, 1000).join('\n');
  const c0 = performance.now();
  const fresh = await Analyzer.create(wasm);
  fresh.analyze(thousand, { python: '3.12' });
  console.log('\n== first counts ==');
  console.log(`WASM load (first in this process): ${ms(initMs)}`);
  console.log(`create + first analysis of 1,000 lines: ${ms(performance.now() - c0)}`);

  const vsix = fs.readdirSync(ROOT).filter((f) => f.endsWith('.vsix'));
  console.log('\n== package ==');
  for (const v of vsix) console.log(`${v}: ${(fs.statSync(path.join(ROOT, v)).size / 1024).toFixed(0)} KiB`);
  if (!vsix.length) console.log('no .vsix built (npx vsce package --no-dependencies)');
}

void main();
