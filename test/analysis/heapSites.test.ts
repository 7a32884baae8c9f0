// Heap.site: one id per position and type, whichever key range the position falls in
// (small-integer keys for usual positions, the other range for long lines and far columns).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Heap } from '../../src/analysis/interp/heap';

test('distinct positions get distinct sites, the same position the same site', () => {
  const h = new Heap();
  const positions: [number, number][] = [[0, 0], [1, 0], [0, 1023], [0, 1024], [1, 1024], [2, 0], [1, 1023], [16, 5], [1048575, 1023], [1048576, 0], [3, 70000], [70000, 3]];
  const ids = positions.map(([l, c]) => h.site(l, c, 'int', '1'));
  assert.equal(new Set(ids).size, positions.length);
  positions.forEach(([l, c], i) => assert.equal(h.site(l, c, 'int', '1'), ids[i]));
  // (another type at the same position is another site; an immortal value's label is part of its key)
  assert.notEqual(h.site(0, 1024, 'str', 's'), ids[3]);
  assert.notEqual(h.site(5, 5, 'str', 'a', true), h.site(5, 5, 'str', 'b', true));
});
