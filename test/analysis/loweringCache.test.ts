// Lowering through a document's cache (top-level statements reused across
// edits) must give exactly what a fresh lowering gives: same IR, same code ids,
// same constant table, same resolved scopes, same order everywhere; and the
// whole analysis after an edit must equal a fresh analysis of the new text.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { engine, ROOT } from '../helpers/engine';
import { liteTree } from '../../src/analysis/parse/liteTree';
import { lowerModule } from '../../src/analysis/ir/lower';
import { LoweringCache, statementShape } from '../../src/analysis/ir/loweringCache';
import { EngineHost } from '../../src/analysis/engineHost';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';
import type { ModuleIR } from '../../src/analysis/ir/irTypes';

/** Plain data with Sets and Maps as ordered arrays: order differences must show. Code objects are written out once, in the module's code list. */
function plain(x: unknown): unknown {
  if (x instanceof Set) return { set: [...x].map(plain) };
  if (x instanceof Map) return { map: [...x].map(([k, v]) => [plain(k), plain(v)]) };
  if (Array.isArray(x)) return x.map(plain);
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x).sort()) {
      const v = (x as Record<string, unknown>)[k];
      out[k] = k === 'fn' && typeof v === 'object' && v !== null ? { codeId: (v as { id: number }).id } : plain(v);
    }
    return out;
  }
  return x;
}

function plainModule(m: ModuleIR): unknown {
  return {
    body: plain(m.body), constants: plain(m.constants), problems: plain(m.problems),
    codes: m.codes.map((c) => plain(c === m ? { ...c, body: 'module', codes: undefined, constants: undefined, problems: undefined } : c)),
  };
}

const corpus = (): string =>
  [path.join(ROOT, 'examples', 'seed.py'), ...['bank.py', 'nested_closures.py', 'tuple_consts.py', 'comprehension_scopes.py', 'rc_strings_ints.py'].map((f) => path.join(ROOT, 'test', 'cases', f))]
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');

test('lowering through the cache equals a fresh lowering after every edit', async () => {
  const parser = (await engine()).parser;
  let text = corpus();
  const cache = new LoweringCache();
  // RCL_LOWER_SEED / RCL_LOWER_EDITS for a longer hunt.
  let seed = Number(process.env.RCL_LOWER_SEED ?? 11);
  const edits = Number(process.env.RCL_LOWER_EDITS ?? 60);
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  // Edits that move statements, duplicate them, fold constants, add scopes and closures, and break the syntax.
  const snippets = ['match p:\n    case [a, *r] if a:\n        pass\n    case {"k": v, "j": 2, **rest}:\n        pass\n    case Point(x=0) | C.RED as m:\n        pass\n', '@dec\ndef d(a=1, b=(2, 3), *, c="k"):\n    global x\n    return lambda: (a, c)\n', 'try:\n    pass\nexcept E as e:\n    raise\n', 'x = 1; y = (1, 2); z = 3\n', 'import os, sys as s\n', 'async def co():\n    await x\n', 'x = (1, 2)\n', 'def g(a):\n    return [a, "s" * 3, (1, 2)]\n', 'del x\n', '\n\n', '(', 'y = 2 ** 8\n', 'class K:\n    v = 1\n', 'lambda: 0\n', 'z = [i for i in range(3)]\n', '#'];
  let reusedTotal = 0;
  for (let i = 0; i < edits; i++) {
    const lines = text.split('\n');
    const at = rnd(lines.length);
    if (rnd(3) === 0 && lines.length > 10) lines.splice(at, 1 + rnd(3));
    else if (rnd(4) === 0) lines.splice(at, 0, lines[rnd(lines.length)]);
    else lines.splice(at, 0, snippets[rnd(snippets.length)].replace(/\n$/, ''));
    text = lines.join('\n');
    const tree = parser.parse(text)!;
    try {
      const viaCache = lowerModule(liteTree(tree, text), text, cache);
      reusedTotal += cache.reused;
      const fresh = lowerModule(liteTree(tree, text), text);
      assert.deepEqual(plainModule(viaCache), plainModule(fresh), `edit ${i}`);
    } finally {
      tree.delete();
    }
  }
  assert.ok(reusedTotal > edits * 50, `statements reused over 60 edits: ${reusedTotal}`);
});

test('an edit inside one function lowers that function alone', async () => {
  const parser = (await engine()).parser;
  const text = Array.from({ length: 40 }, (_, i) => `def f${i}(a):\n    b = [a, ${i}, "k"]\n    return b\n`).join('\n');
  const cache = new LoweringCache();
  const t1 = parser.parse(text)!;
  lowerModule(liteTree(t1, text), text, cache);
  t1.delete();
  assert.equal(cache.lowered, 40);
  const at = text.indexOf('    return b', text.indexOf('def f20'));
  const next = `${text.slice(0, at)}    c = b\n${text.slice(at)}`;
  const t2 = parser.parse(next)!;
  const mod = lowerModule(liteTree(t2, next), next, cache);
  t2.delete();
  assert.equal(cache.lowered, 1);
  assert.equal(cache.reused, 39);
  // The functions after the edit moved one line down, code ids stayed in order.
  const f30 = mod.codes.find((c) => c.name === 'f30')!;
  assert.equal(f30.line, 30 * 4 + 2);
  assert.deepEqual(mod.codes.map((c) => c.id), mod.codes.map((_, i) => i));
});

test('the engine host after edits gives the analysis a fresh start gives', async () => {
  const analyzer = await engine();
  const host = await EngineHost.create({ treeSitter: path.join(ROOT, 'dist', 'tree-sitter.wasm'), python: path.join(ROOT, 'dist', 'tree-sitter-python.wasm') });
  const strip = (r: AnalysisResult): unknown => ({ ...r, timing: undefined });
  let text = corpus();
  const opts = { python: '3.12' as const, budgetMs: 20000, holders: true };
  host.analyze('doc', text, undefined, opts);
  let seed = 5;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  try {
    for (let i = 0; i < 12; i++) {
      const lines = text.split('\n');
      const row = rnd(lines.length);
      const start = lines.slice(0, row).reduce((n, l) => n + l.length + 1, 0);
      const insert = rnd(2) ? `w${i} = [${i}, "t"]\n` : `def h${i}():\n    return (${i}, 2)\n`;
      const next = text.slice(0, start) + insert + text.slice(start);
      const r = host.analyze('doc', next, [{ start, end: start, text: insert, startLine: row, startCol: 0, endLine: row, endCol: 0 }], opts);
      assert.deepEqual(strip(r), strip(analyzer.analyze(next, opts)), `edit ${i}`);
      text = next;
    }
  } finally {
    host.dispose();
  }
});

test('a statement after `;` is not the same statement at column 0', async () => {
  const parser = (await engine()).parser;
  const cache = new LoweringCache();
  // The last two: a statement whose line another one shared in the previous lowering (its
  // `record` cleared by the module block) is recorded again once alone on its line.
  for (const text of ['b = [2, "s"]\n', 'a = 1; b = [2, "s"]\n', 'b = [2, "s"]; a = 1\nb = [2, "s"]\n', 'b = [2, "s"]\nb = [2, "s"]\n', 'b = [2, "s"]; a = 1\n', 'b = [2, "s"]\na = 1\n']) {
    const tree = parser.parse(text)!;
    try {
      assert.deepEqual(plainModule(lowerModule(liteTree(tree, text), text, cache)), plainModule(lowerModule(liteTree(tree, text), text)), text);
    } finally {
      tree.delete();
    }
  }
});

test('statementShape: equal for trees of one structure, different for another structure', async () => {
  const parser = (await engine()).parser;
  const shapeOf = (text: string): string => {
    const tree = parser.parse(text)!;
    try {
      return statementShape(liteTree(tree, text).namedChildren[0]);
    } finally {
      tree.delete();
    }
  };
  assert.equal(shapeOf('a = f(b, [1])\n'), shapeOf('xy = g(c, [22])\n'));
  assert.notEqual(shapeOf('a = f(b, [1])\n'), shapeOf('a = f[b, [1]]\n'));
  assert.notEqual(shapeOf('a = f(b, [1])\n'), shapeOf('a = f(b, (1))\n'));
  // A thousand nested parentheses: iterative, no stack overflow.
  assert.match(shapeOf(`a = ${'('.repeat(1000)}1${')'.repeat(1000)}\n`), /^[0-9a-z]+\.[0-9a-z]+$/);
});
