// `npm start`: opens examples/ with the extension in a real VS Code — the
// desktop `code` when it is on PATH, otherwise a local code-server on
// 127.0.0.1 (installed on first use into .vscode-test/), printing the address.
import { execSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
execSync('node esbuild.js', { cwd: root, stdio: 'inherit' });
const examples = path.join(root, 'examples');
const hasCode = execSync('command -v code || true', { encoding: 'utf8' }).trim();
if (hasCode) {
  spawn('code', ['--extensionDevelopmentPath', root, examples], { stdio: 'inherit', detached: true }).unref();
  console.log('Opened examples/ in VS Code with Refcount Lens loaded from this folder.');
} else {
  const { ensureCodeServer } = await import('../test/e2e/setup.mjs');
  const cs = ensureCodeServer();
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-start-'));
  const port = Number(process.env.PORT ?? 8765);
  const out = execSync(`bash ${JSON.stringify(path.join(root, 'test/e2e/start-code-server.sh'))} ${port} ${JSON.stringify(state)}`, {
    encoding: 'utf8', env: { ...process.env, CODE_SERVER_BIN: cs, LINK_EXT_DIRS: root, EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/item"}' },
  });
  const pid = out.trim().split('\n').pop();
  console.log(`Refcount Lens is running in code-server: http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}`);
  console.log(`(stop it with: kill ${pid})`);
}
