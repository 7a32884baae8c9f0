// Lattice laws of the interval domain the results use (join, order), over
// bottom-free sample values including the top [0, null] (after SPARTA's
// AbstractDomainPropertyTest).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { join } from '../../src/analysis/interp/recorder';
import type { Interval } from '../../src/analysis/results/resultTypes';

const samples: Interval[] = [[0, null], [1, 1], [2, 5], [3, 3], [1, null], [4, 9], [0, 0]];
const leq = (a: Interval, b: Interval): boolean => b[0] <= a[0] && (b[1] === null || (a[1] !== null && a[1] <= b[1]));

test('join is commutative, associative and idempotent', () => {
  for (const a of samples) {
    assert.deepEqual(join(a, a), a);
    for (const b of samples) {
      assert.deepEqual(join(a, b), join(b, a));
      for (const c of samples) assert.deepEqual(join(join(a, b), c), join(a, join(b, c)));
    }
  }
});

test('join is an upper bound and the least one among samples', () => {
  for (const a of samples) for (const b of samples) {
    const j = join(a, b);
    assert.ok(leq(a, j) && leq(b, j));
    for (const c of samples) if (leq(a, c) && leq(b, c)) assert.ok(leq(j, c));
  }
});

test('top absorbs everything', () => {
  for (const a of samples) assert.deepEqual(join(a, [0, null]), [0, null]);
});
