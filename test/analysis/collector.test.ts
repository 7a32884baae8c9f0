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
