// The command line against its contract (../shared/spec/analysis-json.md):
// the JSON document, one per line for several files, the text view, exit codes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/engine';

const cli = path.join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-cli-'));
const file = (name: string, text: string | Buffer): string => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

test('--json writes the refcount-lens/1 document', () => {
  const p = file('a.py', 'lst = []\nlst.append(lst)\ndel lst\nimport gc\nn = gc.collect()\n');
  const r = run('analyze', p, '--json', '--python', '3.13');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schema, 'refcount-lens/1');
  assert.equal(doc.python, '3.13');
  assert.equal(doc.file, p);
  const l2 = doc.lines.find((l: { line: number }) => l.line === 2);
  assert.equal(l2.scope, '<module>');
  assert.deepEqual(l2.refcounts[l2.bindings.lst[0]], [2, 2]);
  assert.equal(doc.objects[l2.bindings.lst[0]].type, 'list');
  assert.deepEqual(doc.objects[l2.bindings.lst[0]].site, { line: 1, column: 6 });
  assert.deepEqual(doc.calls[0], { line: 5, column: 4, callee: 'gc.collect', returns: [1, 1], objects: [l2.bindings.lst[0]] });
  assert.equal(doc.cycles[0].createdAt, 2);
  assert.equal(doc.cycles[0].unreachableAt, 3);
  assert.equal(doc.diagnostics[0].code, 'garbage-cycle');
});

test('a folder gives one JSON document per line', () => {
  const d = path.join(tmp, 'dir');
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'x.py'), 'a = []\n');
  fs.writeFileSync(path.join(d, 'y.py'), 'b = {}\n');
  fs.writeFileSync(path.join(d, 'notes.txt'), 'not python');
  const r = run('analyze', d, '--json');
  assert.equal(r.status, 0);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((x) => path.basename(x.file)), ['x.py', 'y.py']);
});

test('a larger folder is analysed in worker threads, in order', () => {
  const d = path.join(tmp, 'many');
  fs.mkdirSync(d, { recursive: true });
  for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(d, `m${String(i).padStart(2, '0')}.py`), `x = [${i}.5]\ny = x\n`);
  const r = run('analyze', d, '--json');
  assert.equal(r.status, 0, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(docs.length, 12);
  assert.deepEqual(docs.map((x) => path.basename(x.file)), Array.from({ length: 12 }, (_, i) => `m${String(i).padStart(2, '0')}.py`));
  for (const doc of docs) {
    const l2 = doc.lines.find((l: { line: number }) => l.line === 2);
    assert.deepEqual(l2.refcounts[l2.bindings.x[0]], [2, 2]);
  }
});

test('--format sarif reports the same findings with fixes', () => {
  const p = file('s.py', 'class B:\n    def __init__(self):\n        self.cb = self.go\n    def go(self):\n        pass\nb = B()\ndel b\n');
  const r = run('analyze', p, '--format', 'sarif');
  assert.equal(r.status, 0, r.stderr);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const results = log.runs[0].results;
  assert.deepEqual(results.map((x: { ruleId: string }) => x.ruleId).sort(), ['garbage-cycle', 'self-bound-method']);
  const fix = results.find((x: { ruleId: string }) => x.ruleId === 'self-bound-method').fixes[0];
  const texts = fix.artifactChanges[0].replacements.map((x: { insertedContent: { text: string } }) => x.insertedContent.text);
  assert.deepEqual(texts, ['import weakref\n', 'weakref.WeakMethod(self.go)']);
  assert.equal(results[0].locations[0].physicalLocation.region.startLine > 0, true);
});

test('text output shows counts at the end of lines', () => {
  const p = file('t.py', 'a = []\nb = a\n');
  const r = run('analyze', p);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /b = a\s+# b: refcnt 2 · a: refcnt 2/);
});

test('bad input exits 2 with one line', () => {
  for (const args of [
    ['analyze', path.join(tmp, 'missing.py')],
    ['analyze', file('bad.py', Buffer.from([0x61, 0x20, 0x3d, 0x20, 0xff, 0xfe, 0x0a]))],
    ['analyze', file('ok.py', 'a = 1\n'), '--frobnicate'],
    ['analyze', file('ok2.py', 'a = 1\n'), '--python', '2.7'],
    ['explode'],
  ]) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^refcount-lens: /);
  }
});

test('gc --line prints the collector film', () => {
  const p = file('g.py', 'import gc\nx = []\nx.append(x)\ndel x\nn = gc.collect()\n');
  const r = run('gc', p, '--line', '5');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /subtract_refs/);
  assert.match(r.stdout, /gc.collect\(\) returns 1/);
  const j = JSON.parse(run('gc', p, '--line', '5', '--json').stdout);
  assert.equal(j.collected, 1);
});

test('recursion is followed 330 frames deep on the CLI\'s large-stack worker, not cut at the default 150', () => {
  // 300 frames of __init__ recursion (about 8 KB of JS stack each; CPython's own limit here is 498).
  const p = file('deep.py', 'class Node:\n    def __init__(self, n):\n        self.child = Node(n - 1) if n else None\nroot = Node(300)\nleaf = root\nfor _ in range(300):\n    leaf = leaf.child\nlst = [leaf]\n');
  const r = run('analyze', p, '--json', '--python', '3.12');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.ok(!doc.diagnostics.some((d: { code: string }) => d.code === 'analysis-incomplete'), JSON.stringify(doc.diagnostics));
  const l4 = doc.lines.find((l: { line: number }) => l.line === 4);
  assert.deepEqual(l4.refcounts[l4.bindings.root[0]], [1, 1]);
  // the innermost node: held by `leaf` and the list, and by its parent's `child`
  const l8 = doc.lines.find((l: { line: number }) => l.line === 8);
  assert.deepEqual(l8.refcounts[l8.bindings.leaf[0]], [3, 3]);
});
