// refcount-lens: the command line over the analysis core.
//   refcount-lens analyze FILE_OR_DIR... [--json] [--python 3.11|3.12|3.13|3.14]
//   refcount-lens gc FILE --line N [--json] [--python X]
// Exit 0 when every file was analysed; 2 with a one-line message on bad input.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { Analyzer } from '../analysis/analyze';
import { LIMITS } from '../analysis/interp/limits';
import { PYTHON_VERSIONS, PythonVersion, DEFAULT_PYTHON_VERSION } from '../analysis/results/resultTypes';
import { formatText, formatGcText } from './textOutput';
import { toSarif } from './sarif';
import type { AnalysisResult } from '../analysis/results/resultTypes';

/** Folders of more files than this are analysed by worker threads, one per core. */
const PARALLEL_FROM = 8;

class UsageError extends Error {}

interface Args {
  command: 'analyze' | 'gc';
  files: string[];
  json: boolean;
  /** --with-heap: the JSON also carries heap snapshots and collector runs (for other viewers). */
  withHeap: boolean;
  format: 'text' | 'json' | 'sarif';
  python: PythonVersion;
  line?: number;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'gc') throw new UsageError(`unknown command ${command ?? '(none)'}; use: refcount-lens analyze FILE_OR_DIR... [--json] [--python 3.11|3.12|3.13|3.14]`);
  const args: Args = { command, files: [], json: false, withHeap: false, format: 'text', python: DEFAULT_PYTHON_VERSION };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') { args.json = true; args.format = 'json'; }
    else if (a === '--with-heap') args.withHeap = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : rest[++i];
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format ${v ?? '(none)'}; use text, json or sarif`);
      args.format = v;
      args.json = v === 'json';
    }
    else if (a === '--python' || a.startsWith('--python=')) {
      const v = a.includes('=') ? a.split('=')[1] : rest[++i];
      if (!PYTHON_VERSIONS.includes(v as PythonVersion)) throw new UsageError(`unknown Python version ${v ?? '(none)'}; use one of ${PYTHON_VERSIONS.join(', ')}`);
      args.python = v as PythonVersion;
    } else if (a === '--line' || a.startsWith('--line=')) {
      const v = Number(a.includes('=') ? a.split('=')[1] : rest[++i]);
      if (!Number.isInteger(v) || v < 1) throw new UsageError('--line needs a positive line number');
      args.line = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('no file given');
  if (command === 'gc' && args.line === undefined) throw new UsageError('gc needs --line N');
  return args;
}

function expand(p: string): string[] {
  if (!fs.existsSync(p)) throw new UsageError(`no such file: ${p}`);
  if (!fs.statSync(p).isDirectory()) return [p];
  const out: string[] = [];
  for (const e of fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === '__pycache__') continue;
    const full = path.join(p, e.name);
    if (e.isDirectory()) out.push(...expand(full));
    else if (e.name.endsWith('.py')) out.push(full);
  }
  return out;
}

function readUtf8(file: string): string {
  const buf = fs.readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UsageError(`not UTF-8: ${file}`);
  }
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  let files: string[];
  try {
    args = parseArgs(argv);
    files = args.files.flatMap(expand);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`refcount-lens: ${e.message}\n`); return 2; }
    throw e;
  }
  let status = 0;
  if (args.command === 'gc') {
    const results = await analyzeFiles(files, { python: args.python, simulateGcAtLine: args.line, withHeap: false });
    results.forEach((result) => {
      if (!result) { status = 2; return; }
      const run = result.gcRuns?.find((r) => r.line === args.line) ?? result.gcRuns?.filter((r) => r.line <= args.line!).pop();
      if (args.json) process.stdout.write(JSON.stringify(run ?? null) + '\n');
      else process.stdout.write(formatGcText(run, args.line!));
    });
    return status;
  }
  const results = await analyzeFiles(files, { python: args.python, withHeap: args.withHeap });
  const done: AnalysisResult[] = [];
  results.forEach((result, i) => {
    if (!result) { status = 2; return; }
    done.push(result);
    if (args.format === 'json') {
      const { snapshots: _s, gcRuns: _g, ...doc } = result;
      process.stdout.write(JSON.stringify(args.withHeap ? result : doc) + '\n');
    } else if (args.format === 'text') {
      process.stdout.write(formatText(fs.readFileSync(files[i], 'utf8'), result) + (files.length > 1 ? '\n' : ''));
    }
  });
  if (args.format === 'sarif') process.stdout.write(JSON.stringify(toSarif(done, process.cwd(), '0.1.0'), null, 1) + '\n');
  return status;
}

/** What each file is analysed with. */
interface JobOptions {
  python: PythonVersion;
  /** --with-heap: record heap snapshots and holders, and keep them with the collector runs. */
  withHeap: boolean;
  /** The gc command's line: its collector run is kept. */
  simulateGcAtLine?: number;
}

/**
 * Analyses the files; results come back in input order, undefined for a file that could not be
 * read. A few files are analysed on this thread, whose default stack lets the model follow
 * recursion LIMITS.MAX_CALL_DEPTH deep; a file whose analysis was cut there (deep recursion is
 * rare) is analysed again on a worker, whose stack (LIMITS.LARGE_STACK_MB) goes to
 * LIMITS.MAX_CALL_DEPTH_LARGE_STACK. So a one-file run pays no worker start, and the result is
 * the same as a worker's. A folder of PARALLEL_FROM files or more goes to workers, one per core.
 */
async function analyzeFiles(files: string[], options: JobOptions): Promise<(AnalysisResult | undefined)[]> {
  if (files.length >= PARALLEL_FROM && os.cpus().length > 1) return analyzeInWorkers(files, options);
  const analyzer = await createAnalyzer();
  // (filled, not sparse: the printing loop's forEach must see a file that failed)
  const results: (AnalysisResult | undefined)[] = new Array(files.length).fill(undefined);
  const deeper: number[] = [];
  files.forEach((file, i) => {
    let cut = false;
    const r = analyzeOne(analyzer, file, options, LIMITS.MAX_CALL_DEPTH, () => { cut = true; });
    if ('error' in r) process.stderr.write(`refcount-lens: ${r.error}\n`);
    else if (cut) deeper.push(i);
    else results[i] = r.result;
  });
  if (deeper.length) {
    const again = await analyzeInWorkers(deeper.map((i) => files[i]), options);
    deeper.forEach((i, k) => { results[i] = again[k]; });
  }
  return results;
}

function createAnalyzer(): Promise<Analyzer> {
  return Analyzer.create({ treeSitter: path.join(__dirname, 'tree-sitter.wasm'), python: path.join(__dirname, 'tree-sitter-python.wasm') });
}

/** One file's analysis, trimmed to what the command prints. */
function analyzeOne(analyzer: Analyzer, file: string, options: JobOptions, maxCallDepth: number, onDepthCut?: () => void): { result: AnalysisResult } | { error: string } {
  try {
    const source = readUtf8(file);
    const result = analyzer.analyze(source, {
      python: options.python, fileName: file, budgetMs: 20000, maxCallDepth, onDepthCut,
      snapshots: options.withHeap, holders: options.withHeap, simulateGcAtLine: options.simulateGcAtLine,
    });
    if (!options.withHeap) {
      delete result.snapshots;
      if (options.simulateGcAtLine === undefined) delete result.gcRuns;
    }
    return { result };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * Analyses the files on worker threads with LIMITS.LARGE_STACK_MB of stack (one per core, at most
 * one per file), following recursion LIMITS.MAX_CALL_DEPTH_LARGE_STACK deep.
 */
async function analyzeInWorkers(files: string[], options: JobOptions): Promise<(AnalysisResult | undefined)[]> {
  const n = Math.max(1, Math.min(files.length >= PARALLEL_FROM ? os.cpus().length : 1, files.length));
  const results: (AnalysisResult | undefined)[] = new Array(files.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(__filename, { workerData: options, resourceLimits: { stackSizeMb: LIMITS.LARGE_STACK_MB } });
    const feed = (): void => {
      if (next >= files.length) { void w.terminate(); resolve(); return; }
      const i = next++;
      w.postMessage({ i, file: files[i] });
    };
    w.on('message', (m: { i: number; result?: AnalysisResult; error?: string }) => {
      if (m.error) process.stderr.write(`refcount-lens: ${m.error}\n`);
      results[m.i] = m.result;
      feed();
    });
    w.on('error', reject);
    w.once('online', feed);
  })));
  return results;
}

async function workerMain(): Promise<void> {
  const analyzer = await createAnalyzer();
  const options = workerData as JobOptions;
  parentPort!.on('message', (m: { i: number; file: string }) => {
    parentPort!.postMessage({ i: m.i, ...analyzeOne(analyzer, m.file, options, LIMITS.MAX_CALL_DEPTH_LARGE_STACK) });
  });
}

if (!isMainThread) void workerMain();

// A reader that closes the pipe early (`| head`) ends the program quietly.
if (isMainThread) process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); });
// exitCode, not exit(): a large output to a pipe must be flushed first.
if (isMainThread) main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`refcount-lens: internal error: ${String(err?.stack ?? err)}\n`);
  process.exit(1);
});
