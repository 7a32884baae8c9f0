// What the panel decides to draw, without a browser: badges, the
// neighbourhood cut, collapse/expand, hidden references, search, changes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { HeapEdge, HeapNode, HeapSnapshot } from '../../src/analysis/results/resultTypes';
import { badge, changeSummary, drawModel, ModelOptions, NODE_LIMIT } from '../../media/heap/graphModel';

const node = (id: string, refcount: HeapNode['refcount'] = [1, 1], extra: Partial<HeapNode> = {}): HeapNode =>
  ({ id, objectId: `o${id}`, type: 'list', label: `[${id}]`, refcount, immortal: false, gcTracked: true, ...extra });
const opts = (o: Partial<ModelOptions> = {}): ModelOptions => ({ showHidden: false, limit: NODE_LIMIT, search: '', expanded: new Set(), collapsed: new Set(), ...o });

/** `a` names a hub holding `n` lists; the hub also refers to its class through a hidden reference. */
function hubHeap(n: number): HeapSnapshot {
  const nodes = [node('hub'), node('cls', [2, 2], { type: 'type', label: 'class X' })];
  const edges: HeapEdge[] = [{ from: 'f0', to: 'hub', label: 'a', kind: 'name' }, { from: 'hub', to: 'cls', label: '__class__', kind: 'hidden' }];
  for (let i = 0; i < n; i++) {
    nodes.push(node(`x${i}`));
    edges.push({ from: 'hub', to: `x${i}`, label: `[${i}]`, kind: 'item' });
  }
  return { step: 0, line: 1, scope: '<module>', frames: [{ id: 'f0', name: '<module>', line: 1, vars: [{ name: 'a', target: 'hub' }] }], nodes, edges, garbage: [], cycles: [] };
}

test('badges: exact, interval, unbounded, immortal', () => {
  assert.equal(badge(node('a', [2, 2])), 'refcnt 2');
  assert.equal(badge(node('a', [2, 3])), '2–3');
  assert.equal(badge(node('a', [2, null])), '≥2');
  assert.equal(badge(node('a', [0, null], { immortal: true })), '∞');
});

test('a large heap is cut at the limit and the cut is counted on the object', () => {
  const m = drawModel(hubHeap(100), undefined, opts());
  assert.equal(m.nodes.length, NODE_LIMIT);
  assert.equal(m.cut, 101 - NODE_LIMIT);
  assert.equal(m.cutFrom.get('hub'), 101 - NODE_LIMIT);
  assert.ok(m.edges.every((e) => m.nodes.some((n) => n.id === e.to)), 'no arrow into nothing');
});

test('expanding an object draws all its referents; collapsing hides them', () => {
  const s = hubHeap(100);
  const wide = drawModel(s, undefined, opts({ expanded: new Set(['hub']) }));
  assert.equal(wide.nodes.length, 101);
  assert.equal(wide.cutFrom.get('hub'), undefined);
  const folded = drawModel(s, undefined, opts({ collapsed: new Set(['hub']) }));
  assert.deepEqual(folded.nodes.map((n) => n.id), ['hub']);
  assert.equal(folded.cutFrom.get('hub'), 100);
});

test('hidden references only on request', () => {
  const s = hubHeap(2);
  assert.ok(!drawModel(s, undefined, opts()).nodes.some((n) => n.id === 'cls'));
  const m = drawModel(s, undefined, opts({ showHidden: true }));
  assert.ok(m.nodes.some((n) => n.id === 'cls') && m.edges.some((e) => e.kind === 'hidden'));
  const film = drawModel(s, undefined, opts({ alsoEdges: new Set(['hub>cls']) }));
  assert.ok(film.edges.some((e) => e.kind === 'hidden'), 'the film shows what the collector follows');
});

test('search draws a match past the cut, by value or by a variable name', () => {
  const s = hubHeap(100);
  const m = drawModel(s, undefined, opts({ search: '[x99]' }));
  assert.ok(m.nodes.some((n) => n.id === 'x99') && m.matches.has('x99'));
  assert.deepEqual([...drawModel(s, undefined, opts({ search: 'a' })).matches].includes('hub'), true);
});

test('changes since the step before: counts, new objects, new references, freed objects', () => {
  const before = hubHeap(2);
  const after = hubHeap(3);
  after.nodes[0] = node('hub', [2, 2]);
  after.nodes = after.nodes.filter((n) => n.id !== 'x0');
  after.edges = after.edges.filter((e) => e.to !== 'x0');
  const m = drawModel(after, before, opts());
  assert.ok(m.changed.has('hub') && m.changed.has('x2') && !m.changed.has('x1'));
  assert.deepEqual(m.removed.map((n) => n.id), ['x0']);
  assert.ok(m.newEdges.size === 1);
  assert.equal(changeSummary(after, before, m), 'changed: list [hub] refcnt 1→2 · + list [x2] · freed: list [x0] · 1 new reference');
});

test('cycles and garbage are passed through for marking', () => {
  const s = hubHeap(1);
  s.cycles = [['x0']];
  s.garbage = ['x0'];
  const m = drawModel(s, undefined, opts());
  assert.ok(m.cycle.has('x0') && m.garbage.has('x0'));
  assert.deepEqual(m.cycleGroups, [['x0']]);
});
