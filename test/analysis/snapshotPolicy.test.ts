// Which program points keep a heap snapshot, and how big they may get. The panel is
// sent every snapshot of a document, so a loop or a recursion must not crowd out the
// lines after it, and a 1,000-frame stack must not be copied into each snapshot.
// (Before: the first 400 statements took every snapshot, and a recursive program
// sent 52 MB, more than the browser's devtools pipe takes.)
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';
import { framesKept, snapshotItems, snapshotRun } from '../../src/analysis/interp/snapshotPolicy';
import { LIMITS } from '../../src/analysis/interp/limits';

test('a line keeps runs 1, 2, 3, then powers of two', () => {
  const kept = [...Array(100).keys()].map((i) => i + 1).filter(snapshotRun);
  assert.deepEqual(kept, [1, 2, 3, 4, 8, 16, 32, 64]);
});

test('a deep stack keeps its outermost and innermost frames and counts the rest', () => {
  assert.deepEqual(framesKept(3), { kept: [0, 1, 2], elidedAfter: -1, elided: 0 });
  const deep = framesKept(1000);
  assert.equal(deep.kept.length, LIMITS.SNAPSHOT_OUTER_FRAMES + LIMITS.SNAPSHOT_INNER_FRAMES);
  assert.equal(deep.elided + deep.kept.length, 1000);
  assert.deepEqual(deep.kept.slice(0, 2), [0, 1]);
  assert.equal(deep.kept[deep.kept.length - 1], 999);
});

const LOOP = `class Box:
    pass


items = []
for i in range(5000):
    b = Box()
    items.append(b)
last = items[-1]
del items
after = [last]
`;

test('a long loop leaves snapshots for the lines after it, each run labelled', async () => {
  const r = await analyze(LOOP, { python: '3.12', snapshots: true });
  const s = r.snapshots ?? [];
  const body = s.filter((x) => x.line === 7);
  // (the interpreter follows a loop 10,000 rounds before it summarises the rest: all 5,000 here)
  assert.deepEqual(body.map((x) => x.run ?? 1), [1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);
  for (const line of [9, 10, 11]) assert.equal(s.filter((x) => x.line === line).length, 1, `line ${line} has its snapshot`);
  assert.deepEqual(s.map((x) => x.step), s.map((_, i) => i), 'steps number the kept snapshots');
  // the run shown is the heap of that run: after run 4096 of line 7 the list holds the 4095 boxes before it
  const at4096 = body[body.length - 1];
  const list = at4096.nodes.find((n) => n.type === 'list');
  assert.equal(list?.label, '[… 4095 items]');
  assert.equal(r.snapshotsCut, undefined);
});

test('a deep recursion: snapshots stay small and show the frames left out', async () => {
  const src = `class Token:
    pass


def down(n, tok):
    here = tok
    if n == 0:
        return 0
    return down(n - 1, tok)


t = Token()
d = down(200, t)
done = t
`;
  const r = await analyze(src, { python: '3.12', snapshots: true });
  const s = r.snapshots ?? [];
  const size = JSON.stringify(s).length;
  assert.ok(size < 1_000_000, `snapshots are ${size} characters`);
  const deepest = s.filter((x) => x.line === 6).pop()!;
  assert.equal(deepest.run, 128, 'the last kept run of a line run 201 times');
  const names = deepest.frames.map((f) => f.name);
  assert.equal(names.length, LIMITS.SNAPSHOT_OUTER_FRAMES + LIMITS.SNAPSHOT_INNER_FRAMES + 1);
  const gap = deepest.frames.find((f) => f.elided);
  // run 128 of `here = tok` runs in the 128th frame of down(): 129 frames with the module
  assert.equal(gap?.elided, 129 - LIMITS.SNAPSHOT_OUTER_FRAMES - LIMITS.SNAPSHOT_INNER_FRAMES);
  assert.deepEqual(gap?.vars, []);
  assert.equal(names[0], '<module>');
  // a function's box lists its own names; the globals are in the module's
  for (const f of deepest.frames.filter((x) => x.name === 'down')) assert.deepEqual(f.vars.map((v) => v.name).sort(), ['here', 'n', 'tok']);
  assert.ok(deepest.frames[0].vars.some((v) => v.name === 't'));
  // the token is held by the module's t and by tok and here in each of the 128 frames of down()
  const tok = deepest.nodes.find((n) => n.type === 'Token')!;
  assert.deepEqual(tok.refcount, [1 + 2 * 128, 1 + 2 * 128]);
  for (const line of [13, 14]) assert.ok(s.some((x) => x.line === line), `line ${line} has its snapshot`);
});

test('past the budget no more snapshots are taken, and the result says so', async () => {
  const lines = [...Array(LIMITS.MAX_SNAPSHOTS + 50).keys()].map((i) => `v${i} = [${i}]`);
  const r = await analyze(lines.join('\n') + '\n', { python: '3.12', snapshots: true });
  const s = r.snapshots ?? [];
  assert.equal(r.snapshotsCut, true);
  assert.ok(s.length > 100 && s.length <= LIMITS.MAX_SNAPSHOTS, `${s.length} snapshots`);
  assert.ok(s.reduce((n, x) => n + snapshotItems(x), 0) <= LIMITS.MAX_SNAPSHOT_ITEMS, 'within the size budget');
  assert.ok(s[s.length - 1].line < lines.length, 'the cut is before the end');
});
