// The `extension` stage of `npm test`: a real VS Code (code-server 4.100.3)
// on 127.0.0.1, headless Chromium as its workbench.
// 1. The extension-host suite (mocha inside the real extension host).
// 2. The packaged .vsix installed into a fresh server, driven as a user would
//    (ui.mjs): screenshots go to docs/images/.
// Prints "extension: N passed, N failed" and "ui: N passed, N failed".
import { execSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer } from './setup.mjs';
import { runUiTest } from './ui.mjs';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
if (!fs.existsSync('/usr/bin/chromium')) {
  console.log('extension: /usr/bin/chromium missing (apt-get install chromium): 0 passed, 1 failed');
  process.exit(1);
}
const cs = ensureCodeServer();
const state = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-e2e-'));
const workspace = path.join(state, 'ws');
fs.mkdirSync(workspace, { recursive: true });
for (const f of fs.readdirSync(path.join(root, 'examples'))) fs.copyFileSync(path.join(root, 'examples', f), path.join(workspace, f));
fs.writeFileSync(path.join(workspace, 'button.py'), 'class Button:\n    def __init__(self):\n        self.cb = self.go\n\n    def go(self):\n        return 1\n\n\nbtn = Button()\n');

function startServer(port, name, env = {}) {
  // (used for the packaged-extension UI test below)
  const out = execSync(`bash ${JSON.stringify(path.join(root, 'test/e2e/start-code-server.sh'))} ${port} ${JSON.stringify(path.join(state, name))}`, {
    encoding: 'utf8', env: { ...process.env, CODE_SERVER_BIN: cs, EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/item"}', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return Number(out.trim().split('\n').pop());
}
const stop = (pid) => { try { process.kill(pid); } catch { /* already gone */ } };

let failed = 0;
const port = 18000 + Math.floor(Math.random() * 1000);
// 1. The extension-host suite through VS Code's standard runner, @vscode/test-electron's
//    runTests(): a desktop VS Code when VSCODE_EXECUTABLE names one, otherwise a stand-in
//    executable that runs the same suite in code-server (nothing is downloaded here).
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ?? path.join(root, 'test/e2e/codeServerAsVscode.mjs');
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/extension/index.vscode.js'),
    launchArgs: [workspace],
  });
} catch (e) {
  failed++;
  console.log(`extension: runTests failed (${e?.message ?? e})`);
}
// 2. The packaged extension, as a user gets it.
const vsix = path.join(state, 'refcount-lens.vsix');
const pack = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '-o', vsix], { cwd: root, encoding: 'utf8' });
if (pack.status !== 0) {
  console.log(pack.stdout + pack.stderr);
  console.log('ui: vsce package failed: 0 passed, 1 failed');
  process.exit(1);
}
console.log(`e2e: packaged ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB)`);
const pid = startServer(port + 1, 'vsix', { INSTALL_VSIX: vsix });
try {
  const r = await runUiTest({ base: `http://127.0.0.1:${port + 1}`, workspace, shots: path.join(root, 'docs', 'images') });
  console.log(`ui: ${r.passed} passed, ${r.failed} failed`);
  failed += r.failed;
} finally {
  stop(pid);
}
fs.rmSync(state, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
