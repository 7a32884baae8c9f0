// Checks the mdtest fixtures against CPython itself: every `# refs:`, `# gc:`
// and `# getrefcount:` expectation is turned into an oracle probe, measured by
// ../shared/oracle/truth.py on each Python the section names, and compared.
// A fixture that disagrees with CPython fails here, so fixtures stay true.
// Usage: node scripts/verifyFixtures.mjs [test/fixtures/x.md ...]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const truthPy = path.resolve(root, '..', 'shared', 'oracle', 'truth.py');
if (!fs.existsSync(truthPy)) {
  console.log('verifyFixtures: ../shared/oracle not found; skipped');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const files = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(path.join(root, 'test/fixtures')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'test/fixtures', f));

function python(v) {
  const env = process.env[`PYTHON${v.replace('.', '')}`];
  if (env) return env;
  const pyenv = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  const dir = path.join(pyenv, 'versions');
  if (!fs.existsSync(dir)) return undefined;
  const hit = fs.readdirSync(dir).find((d) => d.startsWith(v + '.'));
  return hit ? path.join(dir, hit, 'bin', 'python3') : undefined;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-fixtures-'));
let passed = 0;
let failed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const sec of text.split(/^## /m).slice(1)) {
    const title = sec.split('\n')[0].trim();
    const code = /```py\n([\s\S]*?)```/.exec(sec);
    if (!code || /<!--\s*not-runnable/.test(sec)) continue;
    const ver = /<!--\s*python:\s*([\d. ]+)-->/.exec(sec);
    const versions = ver ? ver[1].trim().split(/\s+/) : ['3.12'];
    const expects = [];
    const lines = code[1].split('\n').map((l, i) => {
      const m = /#\s*refs:\s*(.*)$/.exec(l);
      const g = /#\s*(gc|getrefcount):\s*(\S+)/.exec(l);
      if (g) expects.push({ line: i + 1, kind: 'call', callee: g[1] === 'gc' ? 'gc.collect' : 'sys.getrefcount', want: g[2] });
      if (!m) return l;
      const pairs = m[1].trim().split(/\s+/).map((p) => p.split('='));
      for (const [name, want] of pairs) expects.push({ line: i + 1, kind: 'rc', name, want });
      return l.slice(0, l.indexOf('#')) + '# ?rc ' + pairs.map((p) => p[0]).join(' ');
    });
    if (!expects.length) continue;
    const casePath = path.join(tmp, 'case.py');
    fs.writeFileSync(casePath, '# fixture\n' + lines.join('\n'));
    for (const v of versions) {
      const py = python(v);
      if (!py) continue;
      let out;
      try {
        out = JSON.parse(execFileSync(py, [truthPy, casePath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
      } catch (err) {
        failed++;
        console.log(`FAIL ${path.basename(file)}: ${title} (${v}): CPython could not run it: ${String(err.stderr ?? err).split('\n').slice(-2).join(' ')}`);
        continue;
      }
      const errs = [];
      for (const e of expects) {
        const probe = out.probes.find((p) => p.line === e.line + 1 && (e.kind === 'rc' ? p.name === e.name : p.callee === e.callee));
        const dropped = out.dropped?.find((p) => p.line === e.line + 1 && p.name === e.name);
        if (!probe) { if (!dropped || !/^(∞|≥\d+)$/.test(e.want)) errs.push(`L${e.line} ${e.name ?? e.callee}: not measured`); continue; }
        const vals = probe.values === 'immortal' ? ['immortal'] : probe.values;
        const ok = vals.every((x) => okValue(x, e.want));
        if (!ok) errs.push(`L${e.line} ${e.name ?? e.callee}: fixture says ${e.want}, CPython ${v} measured ${JSON.stringify(probe.values)}`);
      }
      if (errs.length) { failed++; console.log(`FAIL ${path.basename(file)}: ${title} (${v})\n  ${errs.join('\n  ')}`); }
      else passed++;
    }
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`fixtures vs CPython: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function okValue(x, want) {
  if (want === '∞') return x === 'immortal';
  if (/^≥\d+$/.test(want)) return x === 'immortal' || x >= Number(want.slice(1));
  const r = /^\[(\d+),(\d+|null)\]$/.exec(want) ?? /^(\d+)-(\d+)$/.exec(want);
  if (r) return x !== 'immortal' && x >= Number(r[1]) && (r[2] === 'null' || x <= Number(r[2]));
  return x === Number(want);
}
