// heapq.merge(..., key=f) consumed whole (heapqMerge.ts mergeKeyed): the inputs' own items in key
// order, key called once per item except the rest of the last input left (heapq.py's loop).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('merge with a key keeps the items themselves and calls the key as heapq.py does', async () => {
  const src = [
    'import heapq',                                   // 1
    'seen = []',                                      // 2
    'def k(x):',                                      // 3
    '    seen.append(x)',                             // 4
    '    return x[0]',                                // 5
    'a = [[1], [5], [7], [8]]',                       // 6
    'b = [[2], [3]]',                                   // 7
    'last = a[3]',                                    // 8
    'm = list(heapq.merge(a, b, key=k))',             // 9
    'n = len(seen)',                                  // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (a, last and m hold it; the rest of `a` after b ran out was never given to k)
  assert.deepEqual(countOf(r, 9, 'last'), [3, 3]);
  assert.deepEqual(countOf(r, 9, 'm'), [1, 1]);
});
