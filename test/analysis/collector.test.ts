// The cycle collector, step by step, on the example CPython's own
// documentation uses (InternalDocs/garbage_collector.md): a ring of three
// objects that one outside name still holds, beside a self-referencing fourth
// object that is garbage. CPython 3.11-3.13 return 1 for this gc.collect().
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const RING = `import gc
class Link:
    pass
a = Link()
b = Link()
c = Link()
a.next = b
b.next = c
c.next = a
keep = a
del a, b, c
d = Link()
d.me = d
del d
n = gc.collect()
`;

test('documentation example: ring rescued, self-cycle collected', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(RING, { python });
    const run = r.gcRuns?.find((g) => g.line === 15);
    assert.ok(run, 'a collector run at line 15');
    assert.equal(run.collected, 1);
    const byPhase = Object.fromEntries(run.steps.map((s) => [s.phase, s]));
    const sub = byPhase.subtract_refs;
    // After subtract_refs: the ring member named `keep` has gc_refs 1, the other two 0, d 0.
    const ringIds = run.heap.nodes.filter((n) => n.type === 'Link').map((n) => n.id);
    const refs = ringIds.map((id) => sub.gcRefs[id]).sort();
    assert.deepEqual(refs, [0, 0, 0, 1]);
    // (The class's own __mro__ tuple, dict and descriptors are tentatively unreachable too, then rescued.)
    const links = new Set(ringIds);
    const tentative = byPhase.move_unreachable.unreachable.filter((id) => links.has(id));
    assert.equal(tentative.length, 3, 'three Links are tentatively unreachable');
    assert.ok(byPhase.rescue, 'two ring members are rescued');
    assert.equal(byPhase.rescue.moved.filter((id) => links.has(id)).length, 2);
    assert.equal(byPhase.clear.unreachable.length, 1);
    const call = r.calls.find((c) => c.line === 15 && c.callee === 'gc.collect');
    assert.deepEqual(call?.returns, [1, 1]);
  }
});

test('seed article: both cycles and gc.collect() == 3', async () => {
  const { readFileSync } = await import('fs');
  const { join } = await import('path');
  const { ROOT } = await import('../helpers/engine');
  const src = readFileSync(join(ROOT, 'examples', 'seed.py'), 'utf8');
  const r = await analyze(src, { python: '3.12' });
  const collect = r.calls.find((c) => c.callee === 'gc.collect');
  assert.deepEqual(collect?.returns, [3, 3]);
  const chains = r.cycles.map((c) => c.chain).sort();
  assert.deepEqual(chains, ["lst[0] → lst", "object_1['obj2'] → object_2['obj1'] → object_1"]);
  for (const c of r.cycles) {
    assert.ok(c.unreachableAt, 'each cycle becomes unreachable');
    assert.ok(c.collectedAt, 'each cycle is collected');
  }
});

test('DEBUG_SAVEALL keeps the garbage alive in gc.garbage', async () => {
  const r = await analyze('import gc\ngc.set_debug(gc.DEBUG_SAVEALL)\nx = []\nx.append(x)\ndel x\nn = gc.collect()\ny = gc.garbage[0]\n');
  const l = r.lines.find((x) => x.line === 7)!;
  assert.deepEqual(l.refcounts[l.bindings.y[0]], [3, 3]);
});

// The film draws its steps on its heap picture: every object a step names must
// be in that picture, class internals (the __mro__ tuple, slot descriptors) too.
const RESCUE = `import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
holder = {"keep": a}
del a, b
lst = []
lst.append(lst)
del lst
found = gc.collect()
`;

for (const [what, line, python] of [['gc.collect() itself', 17, '3.12'], ['a dry run before it', 13, '3.12'], ['gc.collect() on 3.13', 17, '3.13'], ['a dry run on 3.11', 13, '3.11']] as const) {
  test(`the film of ${what} names only objects its heap picture holds`, async () => {
    const r = await analyze(RESCUE, { python, simulateGcAtLine: line });
    const run = r.gcRuns?.find((g) => g.line === line);
    assert.ok(run, 'a film at the line');
    const drawn = new Set(run.heap.nodes.map((n) => n.id));
    const named = new Set(run.steps.flatMap((s) => [...s.candidates, ...s.unreachable, ...s.moved, ...Object.keys(s.gcRefs)]));
    assert.ok(named.size >= 8, `objects named: ${named.size}`);
    const missing = [...named].filter((id) => !drawn.has(id));
    assert.deepEqual(missing, [], `named by the film but not drawn: ${missing.join(', ')}`);
    // At line 17 only the self-referencing list is garbage (the Node pair is rescued through holder); at 13 nothing is.
    assert.equal(run.collected, line === 17 ? 1 : 0);
  });
}

test('a copy made by merging into an empty dict keeps the source dict tracked; a merge into a full one does not', async () => {
  // (dict_merge clones the table of `dict(d)` / `{**d}` / `{}.update(d)`: 3 tracked dicts in the
  // ring, 3 nodes; w's self-cycle adds w, its dict untracked: 7, measured 3.11-3.13)
  const src = [
    'import gc',                                   // 1
    'class Node:',                                 // 2
    '    def __init__(self, opts):',               // 3
    '        self.opts = opts',                    // 4
    'base = {"r": [3], "m": "fast"}',              // 5
    'base["r"] = 3',                               // 6
    'x = Node(dict(base))',                        // 7
    'y = Node({**base})',                          // 8
    'z = Node({})',                                // 9
    'z.opts.update(base)',                         // 10
    'x.peer = y; y.peer = z; z.peer = x',          // 11
    'w = Node({"k": 0})',                          // 12
    'w.opts.update(base)',                         // 13
    'w.peer = w',                                  // 14
    'del x, y, z, w',                              // 15
    'n = gc.collect()',                            // 16
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    const call = r.calls.find((c) => c.line === 16 && c.callee === 'gc.collect');
    assert.deepEqual(call?.returns, [7, 7], python);
  }
});
