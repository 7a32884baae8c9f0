// package.json's contributions match the code: every command, setting and
// colour the code uses is declared, every declared one is used; the web
// bundle has no Node-only imports; the packaged file list is an allow-list.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, KEYS, VIEW_TYPE } from '../src/extension/manifestIds';
import { ROOT } from './helpers/engine';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const sources = (dir: string): string => fs.readdirSync(dir, { withFileTypes: true }).map((e) => {
  const p = path.join(dir, e.name);
  return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? fs.readFileSync(p, 'utf8') : '';
}).join('\n');
const code = sources(path.join(ROOT, 'src', 'extension'));

test('commands: declared ⇔ registered', () => {
  const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(declared, [...COMMANDS].sort());
  for (const m of Object.values(pkg.contributes.menus).flat() as { command: string }[]) assert.ok(COMMANDS.includes(m.command as never), m.command);
});

test('settings: declared ⇔ read', () => {
  const declared = Object.keys(pkg.contributes.configuration.properties).sort();
  assert.deepEqual(declared, KEYS.map((k) => `refcountLens.${k}`).sort());
  for (const k of KEYS) assert.ok(code.includes(`'${k}'`), `config.ts reads ${k}`);
});

test('colours: declared ⇔ used', () => {
  const declared = pkg.contributes.colors.map((c: { id: string }) => c.id).sort();
  const used = [...new Set([...code.matchAll(/ThemeColor\('([^']+)'\)/g)].map((m) => m[1]))].sort();
  assert.deepEqual(declared, used);
});

test('activation: Python files and the restored heap panel only', () => {
  assert.deepEqual(pkg.activationEvents.sort(), ['onLanguage:python', `onWebviewPanel:${VIEW_TYPE}`].sort());
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(pkg.capabilities.virtualWorkspaces, true);
});

test('the web bundle has no Node-only imports', () => {
  const web = fs.readFileSync(path.join(ROOT, pkg.browser), 'utf8');
  // Only `vscode` is imported; web-tree-sitter's own Node code path (behind
  // ENVIRONMENT_IS_NODE, never taken in a browser) is the one exception.
  const bad = [...web.matchAll(/(?:require|import)\("([^"]+)"\)/g)]
    .filter((m) => m[1] !== 'vscode' && !web.slice(Math.max(0, m.index! - 300), m.index).includes('ENVIRONMENT_IS_NODE'))
    .map((m) => m[1]);
  assert.deepEqual(bad, []);
  assert.ok(web.includes('ENVIRONMENT_IS_NODE'), 'the check looked at the real bundle');
});

test('the package holds only what runs', () => {
  const out = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  const files = out.trim().split('\n').map((l) => l.trim()).filter(Boolean).sort();
  assert.deepEqual(files, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/analysisWorker.js', 'dist/extension.js', 'dist/heap.js', 'dist/tree-sitter-python.wasm', 'dist/tree-sitter.wasm', 'dist/web/extension.js', 'media/heap/heap.css', 'media/icon.png', 'package.json']);
});
