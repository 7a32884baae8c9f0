// The lite tree (one cursor walk, spans derived from children) must say what
// web-tree-sitter's own Node API says about every node: type, named-ness,
// MISSING, errors, spans, positions and fields, on real and on broken code.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { engine, ROOT } from '../helpers/engine';
import { LiteNode, liteTree, liteTreeIncremental } from '../../src/analysis/parse/liteTree';
import { FIELD_PARENTS } from '../../src/analysis/parse/fieldParents';
import { rawWalksEnabled, setRawWalks } from '../../src/analysis/parse/rawCursor';
import type { SyntaxNode } from '../../src/analysis/parse/treeSitter';

function compare(a: LiteNode, b: SyntaxNode, where: string): number {
  const at = `${where}/${b.type}@${b.startIndex}`;
  assert.equal(a.type, b.type, at);
  assert.equal(a.isNamed, b.isNamed, `${at} named`);
  assert.equal(a.isMissing, b.isMissing, `${at} missing`);
  // tree-sitter leaves hasError false on some ERROR nodes nested in ERROR; lowering never asks an ERROR node.
  if (b.type !== 'ERROR') assert.equal(a.hasError, b.hasError, `${at} hasError`);
  assert.equal(a.startIndex, b.startIndex, `${at} start`);
  assert.equal(a.endIndex, b.endIndex, `${at} end`);
  assert.deepEqual(a.startPosition, b.startPosition, `${at} startPosition`);
  assert.deepEqual(a.endPosition, b.endPosition, `${at} endPosition`);
  assert.equal(a.text, b.text, `${at} text`);
  assert.equal(a.childCount, b.childCount, `${at} children`);
  let n = 1;
  for (let i = 0; i < b.childCount; i++) {
    assert.equal(a.fieldNameForChild(i), b.fieldNameForChild(i), `${at} field of child ${i}`);
    n += compare(a.child(i)!, b.child(i)!, at);
  }
  assert.equal(a.namedChildren.length, b.namedChildren.length, `${at} named children`);
  return n;
}

const sources: [string, string][] = [];
for (const dir of ['examples', 'test/cases']) {
  for (const f of fs.readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith('.py')).sort()) sources.push([`${dir}/${f}`, fs.readFileSync(path.join(ROOT, dir, f), 'utf8')]);
}
// Real code no one here wrote, when the machine has CPython's standard library.
const pyenv = process.env.PYENV_ROOT ?? path.join(process.env.HOME ?? '/root', '.pyenv');
const v313 = fs.existsSync(path.join(pyenv, 'versions')) ? fs.readdirSync(path.join(pyenv, 'versions')).find((d) => d.startsWith('3.13')) : undefined;
for (const f of ['argparse.py', 'dataclasses.py', 'asyncio/tasks.py', 're/_parser.py']) {
  const p = v313 && path.join(pyenv, 'versions', v313, 'lib', 'python3.13', f);
  if (p && fs.existsSync(p)) sources.push([f, fs.readFileSync(p, 'utf8')]);
}
// Broken code: missing tokens, ERROR nodes, non-ASCII text, CRLF, a BOM, tabs.
sources.push(
  ['half-typed', 'x = [1,\ny = x\ndef f(:\n  return\nz = 3\n'],
  ['missing paren', 'print((1, 2)\nfoo(\n'],
  ['unicode', 'é = "ünïcödé 😀"\nπ = 3.14  # 注释\nprint(é, π)\n'],
  ['crlf and tabs', 'if x:\r\n\ty = 1\r\nelse:\r\n\ty = 2\r\n'],
  ['bom', '\ufeffx = 1\n'],
  ['junk', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))],
  ['empty', ''],
  ['only comments', '# a\n\n# b\n'],
);

test('the lite tree matches the Node API node for node, through the direct walk and through TreeCursor', async () => {
  const parser = (await engine()).parser;
  // The direct path is what every analysis takes; if the runtime stopped exposing it, say so here.
  assert.ok(rawWalksEnabled(), 'web-tree-sitter runtime exports the cursor functions rawCursor.ts calls');
  for (const raw of [true, false]) {
    setRawWalks(raw);
    let nodes = 0;
    try {
      for (const [name, src] of sources) {
        const tree = parser.parse(src)!;
        try {
          // compare() reads the Node API right after the walk: the walk must leave the runtime usable.
          nodes += compare(liteTree(tree, src), tree.rootNode, `${raw ? 'direct' : 'TreeCursor'} ${name}`);
        } finally {
          tree.delete();
        }
      }
    } finally {
      setRawWalks(true);
    }
    assert.ok(nodes > 5000, `compared ${nodes} nodes`);
  }
});

test('FIELD_PARENTS is the grammar node-types.json list of types with fields', () => {
  const types = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/tree-sitter-python/src/node-types.json'), 'utf8')) as { type: string; fields?: object }[];
  const want = types.filter((t) => t.fields && Object.keys(t.fields).length).map((t) => t.type).sort();
  assert.deepEqual([...FIELD_PARENTS].sort(), want, 'run node scripts/genFieldTypes.mjs');
});

test('deep nesting is walked without recursion', async () => {
  const parser = (await engine()).parser;
  const src = 'x = ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
  const tree = parser.parse(src)!;
  try {
    let n: LiteNode | undefined = liteTree(tree, src);
    let depth = 0;
    while (n && n.childCount) { n = n.children.find((c) => c.childCount) ?? n.children[0]; depth++; if (!n.childCount) break; }
    assert.ok(depth > 5000, `depth ${depth}`);
  } finally {
    tree.delete();
  }
});

function sameTree(a: LiteNode, b: LiteNode, at: string): number {
  const here = `${at}/${b.type}@${b.startIndex}`;
  assert.equal(a.type, b.type, here);
  assert.equal(a.startIndex, b.startIndex, `${here} start`);
  assert.equal(a.endIndex, b.endIndex, `${here} end`);
  assert.deepEqual(a.startPosition, b.startPosition, `${here} startPosition`);
  assert.deepEqual(a.endPosition, b.endPosition, `${here} endPosition`);
  assert.equal(a.text, b.text, `${here} text`);
  assert.equal(a.hasError, b.hasError, `${here} hasError`);
  assert.equal(a.isMissing, b.isMissing, `${here} missing`);
  assert.equal(a.childCount, b.childCount, `${here} children`);
  let n = 1;
  for (let i = 0; i < b.childCount; i++) {
    assert.equal(a.fieldNameForChild(i), b.fieldNameForChild(i), `${here} field ${i}`);
    assert.equal(a.child(i)!.parent, a, `${here} parent of ${i}`);
    n += sameTree(a.child(i)!, b.child(i)!, here);
  }
  return n;
}

test('an incremental copy after random edits equals a fresh copy', async () => {
  const parser = (await engine()).parser;
  let text = fs.readFileSync(path.join(ROOT, 'examples', 'seed.py'), 'utf8') + fs.readFileSync(path.join(ROOT, 'test', 'cases', 'bank.py'), 'utf8');
  let tree = parser.parse(text)!;
  let copy = liteTreeIncremental(tree, text, null);
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const snippets = ['x = [1, 2]\n', '(', ')', ':', '    ', 'del x\n', '"""', 'é', '\n', 'def f(a):\n    return a\n', '#', ',', 'lambda: 0'];
  for (let i = 0; i < 150; i++) {
    const start = rnd(text.length + 1);
    const del = rnd(4) === 0 ? Math.min(rnd(30), text.length - start) : 0;
    const ins = rnd(5) === 0 ? '' : snippets[rnd(snippets.length)];
    const point = (idx: number): { row: number; column: number } => {
      const before = text.slice(0, idx).split('\n');
      return { row: before.length - 1, column: before[before.length - 1].length };
    };
    const next = text.slice(0, start) + ins + text.slice(start + del);
    const startPosition = point(start);
    const oldEndPosition = point(start + del);
    const after = next.slice(0, start + ins.length).split('\n');
    tree.edit({ startIndex: start, oldEndIndex: start + del, newEndIndex: start + ins.length, startPosition, oldEndPosition, newEndPosition: { row: after.length - 1, column: after[after.length - 1].length } });
    const newTree = parser.parse(next, tree)!;
    const inc = liteTreeIncremental(newTree, next, copy.cache);
    const fresh = liteTree(newTree, next);
    tree.delete();
    sameTree(inc.root, fresh, `edit ${i}`);
    tree = newTree;
    copy = inc;
    text = next;
  }
  tree.delete();
});

test('an edit inside one function reuses the copies of subtrees tree-sitter kept', async () => {
  const parser = (await engine()).parser;
  const text = Array.from({ length: 50 }, (_, i) => `def f${i}(a):\n    b = [a, ${i}]\n    return b\n\n`).join('');
  const tree = parser.parse(text)!;
  const first = liteTreeIncremental(tree, text, null);
  const at = text.indexOf('    return b', text.indexOf('def f25'));
  const next = text.slice(0, at) + '    c = b\n' + text.slice(at);
  const row = text.slice(0, at).split('\n').length - 1;
  tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + 10, startPosition: { row, column: 0 }, oldEndPosition: { row, column: 0 }, newEndPosition: { row: row + 1, column: 0 } });
  const newTree = parser.parse(next, tree)!;
  const second = liteTreeIncremental(newTree, next, first.cache);
  tree.delete();
  try {
    // tree-sitter itself rebuilds most statements around the Python scanner's
    // INDENT/NEWLINE tokens; what it keeps (here the first function's body) must be reused.
    const all = (r: LiteNode): Set<LiteNode> => {
      const out = new Set<LiteNode>();
      const todo = [r];
      while (todo.length) { const n = todo.pop()!; out.add(n); todo.push(...n.children); }
      return out;
    };
    const before = all(first.root);
    const reused = [...all(second.root)].filter((n) => before.has(n)).length;
    assert.ok(reused >= 10, `nodes reused: ${reused}`);
    const defsAfter = second.root.namedChildren.filter((n) => n.type === 'function_definition');
    assert.ok(!before.has(defsAfter[25].childForFieldName('body')!), 'the edited body is copied anew');
    sameTree(second.root, liteTree(newTree, next), 'after the edit');
  } finally {
    newTree.delete();
  }
});

/** A seeded random edit of `text` shaped like typing and pasting: lines and tokens inserted, deleted, replaced. */
function randomEdits(seed0: number): (text: string) => { start: number; end: number; text: string } {
  let seed = seed0;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const lines = ['x = [1, 2]\n', 'del x\n', 'def f(a):\n    return a\n', 'if y:\n    z = 1\n', 'class C:\n    pass\n', '# note\n', '\n', 'else:\n    pass\n', 'print(x)  # c\n', '    q = 2\n', 'w = (\n', 's = """\n'];
  const tokens = ['(', ')', ':', '    ', '"', '\\\n', 'é', ',', 'lambda: 0', 'x', '\n'];
  return (text) => {
    const kind = rnd(4);
    if (kind < 2) {
      // A whole line at a line start.
      let at = rnd(text.length + 1);
      at = text.lastIndexOf('\n', at - 1) + 1;
      return { start: at, end: at, text: lines[rnd(lines.length)] };
    }
    const start = rnd(text.length + 1);
    if (kind === 2) return { start, end: Math.min(text.length, start + rnd(12)), text: '' };
    return { start, end: Math.min(text.length, start + rnd(3)), text: tokens[rnd(tokens.length)] };
  };
}

test('a top-level splice equals a full parse, and the incremental copy after splices too', async () => {
  const { spliceTopLevel } = await import('../../src/analysis/parse/liteSplice');
  const parser = (await engine()).parser;
  const point = (s: string, idx: number): { row: number; column: number } => {
    const before = s.slice(0, idx).split('\n');
    return { row: before.length - 1, column: before[before.length - 1].length };
  };
  let spliced = 0;
  let refused = 0;
  let reparsed = 0;
  // RCL_SPLICE_SEEDS=1,2,3 RCL_SPLICE_EDITS=5000 RCL_SPLICE_FILE=some.py for a longer hunt.
  for (const seed of (process.env.RCL_SPLICE_SEEDS ?? '11').split(',').map(Number)) {
    let text = process.env.RCL_SPLICE_FILE ? fs.readFileSync(process.env.RCL_SPLICE_FILE, 'utf8') : fs.readFileSync(path.join(ROOT, 'examples', 'seed.py'), 'utf8') + fs.readFileSync(path.join(ROOT, 'test', 'cases', 'bank.py'), 'utf8');
    let tree = parser.parse(text)!;
    let copy = liteTreeIncremental(tree, text, null);
    let root = copy.root;
    const edit = randomEdits(seed);
    let undo: { start: number; end: number; text: string } | undefined;
    for (let i = 0; i < Number(process.env.RCL_SPLICE_EDITS ?? 400); i++) {
      // An edit that broke the code is taken back next, as typing mends what it breaks.
      const e = undo ?? edit(text);
      const next = text.slice(0, e.start) + e.text + text.slice(e.end);
      tree.edit({ startIndex: e.start, oldEndIndex: e.end, newEndIndex: e.start + e.text.length, startPosition: point(text, e.start), oldEndPosition: point(text, e.end), newEndPosition: point(next, e.start + e.text.length) });
      const fresh = parser.parse(next)!;
      try {
        const got = root.hasError ? null : spliceTopLevel(root, text, next, e, (s) => parser.parse(s), copy.cache);
        if (got) {
          spliced++;
          // Compared on every third splice only: a comparison walks the whole tree, which applies
          // the moves a splice leaves pending (LiteNode.moveLazily); unwalked, they pile up over
          // several splices and must still come out right, in a later splice or reparse.
          if (i % 3 === 0) sameTree(got, liteTree(fresh, next), `splice ${i} (seed ${seed})`);
        } else {
          if (!root.hasError) refused++;
          // The slow path: the tree (with every edit since its parse) re-parsed, copied reusing the cache.
          reparsed++;
          const newTree = parser.parse(next, tree)!;
          copy = liteTreeIncremental(newTree, next, copy.cache);
          root = copy.root;
          tree.delete();
          tree = newTree;
          sameTree(root, liteTree(fresh, next), `reparse ${i} (seed ${seed})`);
        }
      } finally {
        fresh.delete();
      }
      undo = root.hasError && !undo ? { start: e.start, end: e.start + e.text.length, text: text.slice(e.start, e.end) } : undefined;
      text = next;
    }
    tree.delete();
  }
  assert.ok(spliced >= 100 && refused >= 5 && reparsed >= 10, `spliced ${spliced}, refused ${refused}, reparsed ${reparsed}`);
});
