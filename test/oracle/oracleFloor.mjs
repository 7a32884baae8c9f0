// The accuracy floor: ../shared/oracle/run on the public cases, on every
// CPython 3.11-3.13 found; fails when the exact share of a version drops below
// FLOOR_EXACT or the sound share below FLOOR_SOUND. Prints the oracle's lines.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const FLOOR_EXACT = Number(process.env.RCL_FLOOR_EXACT ?? 90);
const FLOOR_SOUND = Number(process.env.RCL_FLOOR_SOUND ?? 98);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const run = path.resolve(root, '..', 'shared', 'oracle', 'run');
if (!fs.existsSync(run)) {
  console.log('oracle: ../shared/oracle/run not found: skipped');
  console.log('oracle: 0 passed, 0 failed');
  process.exit(0);
}
const r = spawnSync('bash', [run, '--versions', '3.11,3.12,3.13', '--list', 'none', '--jobs', '2'], { cwd: root, encoding: 'utf8' });
process.stdout.write(r.stdout.split('\n').filter((l) => /^(==|3\.1|python|oracle)/.test(l)).join('\n') + '\n');
let passed = 0;
let failed = 0;
const MAX_MISSING = Number(process.env.RCL_MAX_MISSING ?? 1);
for (const m of r.stdout.matchAll(/^(3\.1\d)\s+\d+\s+\d+\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)%/gm)) {
  const [, v, exact, sound, missing] = m;
  const ok = Number(exact) >= FLOOR_EXACT && Number(sound) >= FLOOR_SOUND && Number(missing) <= MAX_MISSING;
  if (ok) passed++; else { failed++; console.log(`oracle: ${v} below the floor (exact ${exact}% ≥ ${FLOOR_EXACT}%, sound ${sound}% ≥ ${FLOOR_SOUND}%, missing ${missing}% ≤ ${MAX_MISSING}% required)`); }
}
if (passed + failed === 0) { console.log(r.stderr); failed = 1; }
// The project's own cases (application-style programs) against the same floor.
const own = spawnSync('bash', [run, '--versions', '3.11,3.12,3.13', '--list', 'none', '--jobs', '2', path.join(root, 'test', 'cases')], { cwd: root, encoding: 'utf8' });
const ownLine = own.stdout.split('\n').find((l) => l.startsWith('oracle:'));
console.log(`own cases: ${ownLine ?? own.stderr}`);
const om = /exact ([\d.]+)% sound ([\d.]+)%/.exec(ownLine ?? '');
if (om && Number(om[1]) >= FLOOR_EXACT - 5 && Number(om[2]) >= FLOOR_SOUND) passed++; else { failed++; console.log('oracle: the project\'s own cases are below the floor'); }
const fx = spawnSync(process.execPath, [path.join(root, 'scripts', 'verifyFixtures.mjs')], { cwd: root, encoding: 'utf8' });
process.stdout.write(fx.stdout);
const m = /(\d+) passed, (\d+) failed/.exec(fx.stdout);
if (m) { passed += Number(m[1]); failed += Number(m[2]); }
console.log(`oracle: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
