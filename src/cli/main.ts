// refcount-lens: the command line over the analysis core.
//   refcount-lens analyze FILE_OR_DIR... [--json] [--python 3.11|3.12|3.13|3.14]
//   refcount-lens gc FILE --line N [--json] [--python X]
// Exit 0 when every file was analysed; 2 with a one-line message on bad input.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer } from '../analysis/analyze';
import { PYTHON_VERSIONS, PythonVersion, DEFAULT_PYTHON_VERSION } from '../analysis/results/resultTypes';
import { formatText, formatGcText } from './textOutput';

class UsageError extends Error {}

interface Args {
  command: 'analyze' | 'gc';
  files: string[];
  json: boolean;
  python: PythonVersion;
  line?: number;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'gc') throw new UsageError(`unknown command ${command ?? '(none)'}; use: refcount-lens analyze FILE_OR_DIR... [--json] [--python 3.11|3.12|3.13|3.14]`);
  const args: Args = { command, files: [], json: false, python: DEFAULT_PYTHON_VERSION };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
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
  const analyzer = await Analyzer.create({ treeSitter: path.join(__dirname, 'tree-sitter.wasm'), python: path.join(__dirname, 'tree-sitter-python.wasm') });
  let status = 0;
  for (const file of files) {
    let source: string;
    try {
      source = readUtf8(file);
    } catch (e) {
      process.stderr.write(`refcount-lens: ${(e as Error).message}\n`);
      status = 2;
      continue;
    }
    const result = analyzer.analyze(source, { python: args.python, fileName: file, simulateGcAtLine: args.line, budgetMs: 20000 });
    if (args.command === 'gc') {
      const run = result.gcRuns?.find((r) => r.line === args.line) ?? result.gcRuns?.filter((r) => r.line <= args.line!).pop();
      if (args.json) process.stdout.write(JSON.stringify(run ?? null) + '\n');
      else process.stdout.write(formatGcText(run, args.line!));
      continue;
    }
    if (args.json) {
      const { snapshots: _s, gcRuns: _g, ...doc } = result;
      process.stdout.write(JSON.stringify(doc) + '\n');
    } else process.stdout.write(formatText(source, result) + (files.length > 1 ? '\n' : ''));
  }
  analyzer.dispose();
  return status;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
  process.stderr.write(`refcount-lens: internal error: ${String(err?.stack ?? err)}\n`);
  process.exit(1);
});
