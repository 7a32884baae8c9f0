#!/usr/bin/env node
// Stands in for a desktop VS Code executable so that @vscode/test-electron's
// runTests() can run the extension-host suite here: it takes the arguments
// runTests passes (--extensionDevelopmentPath=…, --extensionTestsPath=…, a
// folder), runs the suite in code-server through headless Chromium, and exits
// with the suite's exit code, as VS Code itself would.
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer } from './setup.mjs';
import { runExtHostTests } from './extHostTests.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const extDir = arg('extensionDevelopmentPath');
let testsPath = arg('extensionTestsPath');
const folder = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? process.cwd();
if (!extDir || !testsPath) {
  console.error('codeServerAsVscode: needs --extensionDevelopmentPath= and --extensionTestsPath=');
  process.exit(2);
}
if (!testsPath.endsWith('.js') && fs.existsSync(`${testsPath}.js`)) testsPath = `${testsPath}.js`;
const cs = ensureCodeServer();
const state = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-vsc-'));
const port = 19000 + Math.floor(Math.random() * 1000);
const out = execSync(`bash ${JSON.stringify(path.join(here, 'start-code-server.sh'))} ${port} ${JSON.stringify(state)}`, {
  encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, CODE_SERVER_BIN: cs, EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/item"}' },
});
const pid = Number(out.trim().split('\n').pop());
let code = 1;
try {
  const r = await runExtHostTests({ base: `http://127.0.0.1:${port}`, workspace: folder, extDir, testsPath });
  code = r.code === 'timeout' ? 2 : Number(r.code);
} finally {
  try { process.kill(pid); } catch { /* already gone */ }
  fs.rmSync(state, { recursive: true, force: true });
}
process.exit(code);
