// Bad input gets an honest result, never an exception or a hang.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

function wellFormed(r: AnalysisResult): void {
  for (const l of r.lines) {
    for (const [id, iv] of Object.entries(l.refcounts)) {
      assert.ok(Number.isInteger(iv[0]) && iv[0] >= 0, `min of ${id}`);
      assert.ok(iv[1] === null || (Number.isInteger(iv[1]) && iv[1] >= iv[0]), `max of ${id}`);
    }
    for (const ids of Object.values(l.bindings)) for (const id of ids) assert.ok(r.objects[id], `object ${id} described`);
  }
}

const inputs: [string, string][] = [
  ['binary junk', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
  ['half-typed line', 'x = [1,\ny = x\ndef f(:\n  return\nz = 3\n'],
  ['deep nesting', 'x = ' + '['.repeat(1000) + ']'.repeat(1000) + '\n'],
  ['deep blocks', Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'if True:').join('\n') + '\n' + ' '.repeat(300) + 'pass\n'],
  ['infinite loop', 'x = []\nwhile True:\n    x.append(x)\n'],
  ['runaway recursion', 'def f(n):\n    return f(n + 1)\nf(0)\n'],
  ['every statement kind', 'import os\nfrom sys import path as p\nclass A:\n    x: int = 1\n    def m(self, *a, k=1, **kw):\n        global g\n        try:\n            with open("f") as h:\n                yield from h\n        except* ValueError:\n            pass\n        finally:\n            del a\n        match k:\n            case 1: pass\nasync def co():\n    async for x in y:\n        await x\nlambda: (yield)\nassert 1, 2\nraise\n'],
];

for (const [name, src] of inputs) {
  test(`never throws: ${name}`, async () => {
    const t0 = Date.now();
    const r = await analyze(src, { budgetMs: 3000 });
    assert.ok(Date.now() - t0 < 20000, 'finishes');
    wellFormed(r);
  });
}

test('a huge file is cut by the budget and says so', async () => {
  const src = Array.from({ length: 100000 }, (_, i) => `v${i % 50} = [${i}.5]`).join('\n');
  const r = await analyze(src, { budgetMs: 200 });
  wellFormed(r);
  assert.ok(r.incomplete === true || r.lines.length > 0);
});

test('an unknown callee makes counts open, never wrong', async () => {
  // A wide budget: this test runs right after the huge-file one, whose garbage a loaded CI machine may still be collecting.
  const r = await analyze('import mystery\nx = []\nmystery.keep(x)\ny = x\n', { budgetMs: 120_000 });
  assert.ok(!r.incomplete, 'the run completed');
  const l = r.lines.find((x) => x.line === 4)!;
  assert.equal(l.refcounts[l.bindings.x[0]][1], null);
});

test('a parse the time limit stopped does not leak into the next one', async () => {
  // tree-sitter keeps a halted parse to resume it on the next call, whatever that call's text.
  const huge = Array.from({ length: 100000 }, (_, i) => `v${i % 50} = [${i}.5]`).join('\n');
  const cut = await analyze(huge, { budgetMs: 1 });
  assert.equal(cut.incomplete, true);
  const r = await analyze('x = [1.5]\ny = x\n');
  assert.deepEqual(r.lines.map((l) => l.line), [1, 2]);
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'syntax-error'), []);
});

test('cancellation stops the run', async () => {
  const r = await analyze('while True:\n    x = [1.5]\n', { cancel: { isCancellationRequested: true } });
  assert.equal(r.incomplete, true);
});

test('annotations of generic defs and classes (PEP 695) are not evaluated outside their scope', async () => {
  // T exists only in the annotation scope the engine does not model: evaluating `x: T` in the
  // enclosing scope would be a NameError CPython never raises, and nothing after it analysed.
  const src = 'def f[T](x: T) -> T:\n    return x\nclass B[T]:\n    a: T\nafter = [1.5]\n';
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'uncaught-exception'), []);
  assert.ok(r.lines.some((l) => l.line === 5 && l.bindings.after), 'the line after them is analysed');
});

// An async generator behind @asynccontextmanager whose body (after broken indentation) enters
// its own context manager again: in the run of a function the program never calls, each level
// ran both ways of every unknown test, and only the time budget (or the JS stack) stopped it,
// so two runs of the same text differed. Steps there nest to a fixed depth.
test('a context manager entering itself in an uncalled function is cut at the same depth on every run', async () => {
  const src = [
    "# Theme: contextlib.asynccontextmanager: the async generator behind the",
    "# context manager holds its resource until the async with block exits.",
    "import asyncio",
    "import contextlib",
    "",
    "",
    "class Conn:",
    "    def __init__(self, dsn):",
    "        self.dsn = dsn",
    "        self.open = True",
    "",
    "@contextlib.asynccontextmanager",
    "async def connect(dsn, registry):",
    "    conn = Conn(dsn)",
    "        registry.append(conn)",
    "    try:",
    "        await asyncio.sleep(0)",
    "        yield conn",
    "    finally:",
    "        conn.open = False",
    "        closing = conn",
    "",
    "",
    "    async def main():",
    "    registry = []",
    "    async with connect(\"pg://one\", registry) as c:",
    "        inner = c",
    "    after = c",
    "    cm = connect(\"pg://two\", registry)",
    "    async with cm as c2:",
    "        pass",
    "    done = c2",
    "    return registry",
    "",
    "",
    "reg = asyncio.run(main())",
    "first = reg[0]",
    "reg.clear()",
    "",
  ].join('\n');
  const t0 = Date.now();
  const a = await analyze(src, { budgetMs: 20_000, python: '3.12' });
  const ms = Date.now() - t0;
  const b = await analyze(src, { budgetMs: 20_000, python: '3.12' });
  assert.ok(!a.incomplete, `cut by the budget after ${ms} ms`);
  const runs = (r: AnalysisResult): number[] => r.lines.map((l) => l.runs ?? 0);
  assert.deepEqual(runs(a), runs(b));
  assert.ok(Math.max(...runs(a)) < 1000, `runs ${Math.max(...runs(a))}`);
});

test('onDepthCut tells a host when recursion was cut at maxCallDepth (the CLI then uses a larger stack)', async () => {
  const deep = 'class Node:\n    def __init__(self, n):\n        self.child = Node(n - 1) if n else None\nroot = Node(200)\n';
  let cut = 0;
  const r = await analyze(deep, { maxCallDepth: 150, onDepthCut: () => { cut++; } });
  assert.equal(cut, 1);
  wellFormed(r);
  // the same program 100 levels deep is followed to the end, and says nothing
  let cut2 = 0;
  const r2 = await analyze(deep.replace('Node(200)', 'Node(100)'), { maxCallDepth: 150, onDepthCut: () => { cut2++; } });
  assert.equal(cut2, 0);
  const l4 = r2.lines.find((l) => l.line === 4)!;
  assert.deepEqual(l4.refcounts[l4.bindings.root[0]], [1, 1]);
  // a generator stepping itself past the depth is a cut too
  let cut3 = 0;
  await analyze('def g(n):\n    yield from g(n + 1)\nnext(g(0))\n', { maxCallDepth: 50, onDepthCut: () => { cut3++; } });
  assert.ok(cut3 >= 1);
});
