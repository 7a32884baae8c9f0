// The analysis finishes on every file of the installed CPython 3.13 standard
// library (without its tests) with no internal error. Skipped where no 3.13 is installed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../helpers/engine';

function stdlib(): string | undefined {
  const dir = path.join(process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv'), 'versions');
  const v = fs.existsSync(dir) ? fs.readdirSync(dir).find((d) => d.startsWith('3.13')) : undefined;
  return v ? path.join(dir, v, 'lib', 'python3.13') : undefined;
}

function pyFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!/^(test|tests|idle_test|__pycache__|site-packages)$/.test(e.name)) pyFiles(p, out); }
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

const lib = stdlib();
test('every standard-library file is analysed without an internal error', { skip: !lib && 'no CPython 3.13 here' }, async () => {
  const files = pyFiles(lib!);
  const failures: string[] = [];
  for (const f of files) {
    const r = await analyze(fs.readFileSync(f, 'utf8'), { python: '3.13', budgetMs: 5000 });
    const bug = r.diagnostics.find((d) => d.code === 'internal-error');
    if (bug) failures.push(`${f}:${bug.line}: ${bug.message}`);
  }
  assert.ok(files.length > 500, `found ${files.length} files`);
  assert.deepEqual(failures, []);
});
