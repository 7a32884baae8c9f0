// EngineHost: the document path the extension's worker runs (kept trees,
// incremental reparse, the top-level splice fast path) must give, after any
// sequence of edits, exactly the result a fresh analysis of the text gives.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { engine, ROOT } from '../helpers/engine';
import { EngineHost, spanOfChange, TextChange } from '../../src/analysis/engineHost';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const wasm = { treeSitter: path.join(ROOT, 'dist', 'tree-sitter.wasm'), python: path.join(ROOT, 'dist', 'tree-sitter-python.wasm') };

function change(text: string, start: number, end: number, insert: string): TextChange {
  const at = (i: number): { line: number; col: number } => {
    const before = text.slice(0, i).split('\n');
    return { line: before.length - 1, col: before[before.length - 1].length };
  };
  const s = at(start);
  const e = at(end);
  return { start, end, text: insert, startLine: s.line, startCol: s.col, endLine: e.line, endCol: e.col };
}

const strip = (r: AnalysisResult): AnalysisResult => ({ ...r, timing: undefined });

test('results after edits through EngineHost equal fresh analyses (splices and reparses)', async () => {
  const fresh = await engine();
  const host = await EngineHost.create(wasm);
  // RCL_HOST_FILE / RCL_HOST_EDITS / RCL_HOST_SEED for a longer hunt on other code.
  let text = process.env.RCL_HOST_FILE ? fs.readFileSync(process.env.RCL_HOST_FILE, 'utf8') : fs.readFileSync(path.join(ROOT, 'examples', 'seed.py'), 'utf8') + fs.readFileSync(path.join(ROOT, 'test', 'cases', 'bank.py'), 'utf8');
  const options = { python: '3.12' as const, holders: true };
  host.analyze('doc', text, undefined, options);
  let seed = Number(process.env.RCL_HOST_SEED ?? 5);
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const inserts = ['    y = [1, 2]\n', 'class K:\n    v = (1, 2)\n    def m(self):\n        return self.v\n', 'y = [1, 2]\n', 'del y\n', 'lst2 = []\nlst2.append(lst2)\n', 'def g(a):\n    return [a]\n', 'print(len(dir()))\n', 'import gc\ngc.collect()\n', 'z = (\n'];
  try {
    for (let i = 0; i < Number(process.env.RCL_HOST_EDITS ?? 80); i++) {
      let start = rnd(text.length + 1);
      start = text.lastIndexOf('\n', start - 1) + 1;
      const removeLine = rnd(4) === 0;
      const end = removeLine ? Math.max(start, text.indexOf('\n', start) + 1 || text.length) : start;
      const insert = removeLine ? '' : inserts[rnd(inserts.length)];
      const c = change(text, start, end, insert);
      text = text.slice(0, start) + insert + text.slice(end);
      const got = host.analyze('doc', text, [c], options);
      assert.deepEqual(strip(got), strip(fresh.analyze(text, options)), `edit ${i}: ${JSON.stringify(c)}`);
    }
    assert.ok(host.stats.spliced >= 30 && host.stats.reparsed >= 5, `spliced ${host.stats.spliced}, reparsed ${host.stats.reparsed}`);
  } finally {
    host.dispose();
  }
});

test('a statement typed key by key: every result equals a fresh analysis, and statements are reused while the line has a syntax error', async () => {
  const fresh = await engine();
  const host = await EngineHost.create(wasm);
  const parser = fresh.parser;
  let text = fs.readFileSync(path.join(ROOT, 'examples', 'seed.py'), 'utf8') + fs.readFileSync(path.join(ROOT, 'test', 'cases', 'bank.py'), 'utf8');
  const options = { python: '3.12' as const, holders: true };
  host.analyze('doc', text, undefined, options);
  let errorKeys = 0;
  let reusedWithError = 0;
  let loweredWithError = 0;
  try {
    // Enter after two lines of the file (one at module level, one inside a function body), then the keys.
    for (const [after, statement] of [['lst = []', 'total = sum([n * 2 for n in (lst, [1])])'], ['    def deposit', 'self.log = (amount, {"k": [self]})']] as const) {
      let at = text.indexOf('\n', text.indexOf(after));
      assert.ok(at > 0, after);
      const indent = after.startsWith(' ') ? '        ' : '';
      for (const key of ['\n' + indent, ...statement]) {
        const c = change(text, at, at, key);
        text = text.slice(0, at) + key + text.slice(at);
        at += key.length;
        const got = host.analyze('doc', text, [c], options);
        assert.deepEqual(strip(got), strip(fresh.analyze(text, options)), `after ${JSON.stringify(text.slice(at - 30, at))}`);
        const tree = parser.parse(text)!;
        if (tree.rootNode.hasError) {
          errorKeys++;
          reusedWithError += host.stats.lastLowering.reused;
          loweredWithError += host.stats.lastLowering.lowered;
        }
        tree.delete();
      }
    }
    // Most keys leave the line unfinished; after the first of them, the rest of the file is replayed.
    assert.ok(errorKeys >= 30, `keys with an error: ${errorKeys}`);
    assert.ok(reusedWithError > 4 * loweredWithError, `with an error: reused ${reusedWithError}, lowered ${loweredWithError} statements`);
  } finally {
    host.dispose();
  }
});

test('several changes typed within the debounce are taken as one splice', async () => {
  const fresh = await engine();
  const host = await EngineHost.create(wasm);
  try {
    const a = 'x = [1]\ny = [2]\nz = x\n';
    host.analyze('d', a, undefined, {});
    // "w = 0" typed one key at a time after "y = [2]\n", sent together.
    let text = a;
    const changes: TextChange[] = [];
    const at = a.indexOf('z = x');
    for (const [i, ch] of [...'w = [0]\n'].entries()) {
      changes.push(change(text, at + i, at + i, ch));
      text = text.slice(0, at + i) + ch + text.slice(at + i);
    }
    const r = host.analyze('d', text, changes, {});
    assert.equal(host.stats.spliced, 1);
    assert.deepEqual(strip(r), strip(fresh.analyze(text, {})));
    // A change over two top-level statements is re-parsed.
    const b = text.replace('y = [2]\nw = [0]', 'y = [3]\nw = [4]');
    const r2 = host.analyze('d', b, [change(text, text.indexOf('y = [2]'), text.indexOf('w = [0]') + 7, 'y = [3]\nw = [4]')], {});
    assert.equal(host.stats.spliced, 1);
    assert.deepEqual(strip(r2), strip(fresh.analyze(b, {})));
  } finally {
    host.dispose();
  }
});

test('spanOfChange: the span between the common prefix and suffix, with rows and columns', () => {
  assert.equal(spanOfChange('abc', 'abc'), null);
  assert.deepEqual(spanOfChange('a\nbc\nd', 'a\nbXc\nd'), { start: 3, end: 3, text: 'X', startLine: 1, startCol: 1, endLine: 1, endCol: 1 });
  assert.deepEqual(spanOfChange('aa\naa', 'aa'), { start: 2, end: 5, text: '', startLine: 0, startCol: 2, endLine: 1, endCol: 2 });
});

test('spanOfChange on long texts (compared in blocks) gives the shortest span a character loop gives', () => {
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const base = Array.from({ length: 3000 }, (_, i) => `x${i % 7} = ${i % 3}\n`).join('');
  for (let k = 0; k < 200; k++) {
    const at = rnd(base.length);
    const del = rnd(4) === 0 ? rnd(2000) : rnd(3);
    // Insertions that repeat the text around them: the common prefix / suffix runs past the edit.
    const ins = ['', 'x', '\n', base.slice(at, at + rnd(1500)), 'x1 = 1\n'][rnd(5)];
    const b = base.slice(0, at) + ins + base.slice(at + del);
    let p = 0;
    const max = Math.min(base.length, b.length);
    while (p < max && base[p] === b[p]) p++;
    let q = 0;
    while (q < max - p && base[base.length - 1 - q] === b[b.length - 1 - q]) q++;
    const c = spanOfChange(base, b);
    if (base === b) { assert.equal(c, null); continue; }
    assert.equal(c!.start, p, `edit ${k}`);
    assert.equal(c!.end, base.length - q, `edit ${k}`);
    assert.equal(base.slice(0, c!.start) + c!.text + base.slice(c!.end), b);
  }
});
