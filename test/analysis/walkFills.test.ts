// Containers filled by a loop over a set (walkFills.ts): CPython runs the rounds in the set's hash
// order, so a list / deque / dict filled there holds its items in an order the model does not know.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const members = [
  'class T:',                                      // 1
  '    pass',                                      // 2
  'a = T()',                                       // 3
  'b = T()',                                       // 4
  'c = T()',                                       // 5
  's = {a, b, c}',                                 // 6
].join('\n');

test('a list appended in a loop over a set: len and clear stay exact, indexing opens the items', async () => {
  const src = [
    members,
    'out = []',                                    // 7
    'for w in s:',                                 // 8
    '    out.append(w)',                           // 9
    'del w',                                       // 10
    'n = len(out)',                                // 11
    'head = out[0]',                               // 12
    'y = 1',                                       // 13
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (its name, the set and the list: exact whatever the order)
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 11, n), [3, 3], n);
  // (which one out[0] is, is not known)
  for (const n of ['a', 'b', 'c']) assert.equal(countOf(r, 13, n)?.[1], null, n);
  const cleared = [
    members,
    'out = []',                                    // 7
    'for w in s:',                                 // 8
    '    out.insert(0, w)',                        // 9
    'del w',                                       // 10
    'for v in out:',                               // 11
    '    pass',                                    // 12
    'del v',                                       // 13
    'out.clear()',                                 // 14
    'y = 1',                                       // 15
  ].join('\n');
  const r2 = await analyze(cleared, { python: '3.12' });
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r2, 15, n), [2, 2], n);
});

test('a deque or a dict filled in a set order: popleft / popitem do not name one member for sure', async () => {
  const src = [
    members,
    'from collections import deque',               // 7
    'q = deque()',                                 // 8
    'd = {}',                                      // 9
    'for w in s:',                                 // 10
    '    q.append(w)',                             // 11
    '    d[id(w)] = w',                            // 12
    'del w',                                       // 13
    'n = len(q) + len(d)',                         // 14
    'first = q.popleft()',                         // 15
    'k, v = d.popitem()',                          // 16
    'y = 1',                                       // 17
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 14, n), [4, 4], n);
  for (const n of ['a', 'b', 'c']) assert.equal(countOf(r, 17, n)?.[1], null, n);
});
