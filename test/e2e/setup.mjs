// Installs code-server 4.100.3 (VS Code 1.100.3, the newest that accepts
// Node 20) into the ignored .vscode-test/ folder on first use, offline-safe:
// @vscode/ripgrep's download is satisfied from Debian's rg first.
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const csDir = path.join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const csBin = path.join(csDir, 'node_modules', '.bin', 'code-server');

export function ensureCodeServer() {
  if (fs.existsSync(csBin)) return csBin;
  const rg = execSync('command -v rg || true', { encoding: 'utf8' }).trim();
  if (!rg) throw new Error('ripgrep (rg) is needed: apt-get install ripgrep');
  const cache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  fs.mkdirSync(cache, { recursive: true });
  const tgz = path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!fs.existsSync(tgz)) {
    const t = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
    fs.copyFileSync(rg, path.join(t, 'rg'));
    execSync(`tar czf ${JSON.stringify(tgz)} -C ${JSON.stringify(t)} rg`);
  }
  fs.mkdirSync(csDir, { recursive: true });
  fs.writeFileSync(path.join(csDir, 'package.json'), '{"private":true}');
  console.log(`e2e: installing code-server ${CODE_SERVER_VERSION} (first run only)…`);
  execSync(`npm install --no-audit --no-fund --unsafe-perm code-server@${CODE_SERVER_VERSION}`, { cwd: csDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_yes: 'true' } });
  return csBin;
}
