// `npm test`: every test stage in order, one closing line for CI.
// Stages: build, type-check, unit + fixture tests (node:test), CLI tests,
// the accuracy floor (../shared/oracle), the webview in Chromium, the
// extension in a real VS Code (code-server). Each stage prints
// "N passed, N failed"; node:test's own "# pass/# fail" lines are read too.
// Set RCL_STAGES=unit,oracle to run a subset.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const stages = [
  { name: 'build', cmd: 'node esbuild.js && node esbuild.js --tests' },
  { name: 'typecheck', cmd: 'npx tsc -p tsconfig.json && npx tsc -p tsconfig.analysis.json && npx tsc -p tsconfig.webview.json' },
  // Node 20's --test takes no globs: the *.test.js files are listed (the *.vscode.js suites run inside VS Code).
  // No test files (a failed build) is a failure, not an empty pass.
  { name: 'unit', cmd: 'f=$(find out/test -name "*.test.js" 2>/dev/null | sort); [ -n "$f" ] || { echo "unit: no test files in out/test"; exit 1; }; node --test --test-reporter=tap $f' },
  { name: 'oracle', cmd: 'node test/oracle/oracleFloor.mjs', when: () => existsSync('test/oracle/oracleFloor.mjs') },
  { name: 'webview', cmd: 'node test/webview/run.mjs', when: () => existsSync('test/webview/run.mjs') },
  { name: 'extension', cmd: 'node test/e2e/run.mjs', when: () => existsSync('test/e2e/run.mjs') },
];

const only = process.env.RCL_STAGES?.split(',');
let passed = 0;
let failed = 0;
const failedStages = [];

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', cmd], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

for (const stage of stages) {
  if (only && !only.includes(stage.name)) continue;
  if (stage.when && !stage.when()) continue;
  console.log(`\n=== stage: ${stage.name}`);
  const t0 = Date.now();
  const { code, out } = await run(stage.cmd);
  let p = 0;
  let f = 0;
  for (const m of out.matchAll(/^# pass (\d+)$/gm)) p += Number(m[1]);
  for (const m of out.matchAll(/^# fail (\d+)$/gm)) f += Number(m[1]);
  for (const m of out.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)) {
    p += Number(m[1]);
    f += Number(m[2]);
  }
  if (code !== 0 && f === 0) f = 1; // a stage that failed without counting still fails
  if (code === 0 && p === 0 && f === 0) p = 1; // build / typecheck: one check each
  passed += p;
  failed += f;
  if (code !== 0) failedStages.push(stage.name);
  console.log(`=== stage ${stage.name}: exit ${code}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
if (failedStages.length) console.log(`failed stages: ${failedStages.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedStages.length ? 1 : 0);
