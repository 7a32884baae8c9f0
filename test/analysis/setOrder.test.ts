// A set hands out its members in its hash table's order, which the model does not know
// (setOrder.ts): a loop name left on "the last member" holds one of them all, so their counts are
// open by one until the name goes; a walk that depends on the order opens them for good.
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

test('a loop over a set of objects leaves its name on one member, which one not known', async () => {
  const src = [
    members,
    'for w in s:',                                 // 7
    '    pass',                                    // 8
    'x = 1',                                       // 9
    'del w',                                       // 10
    'y = 1',                                       // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (the name, the set and the member's own name: 2 or 3 each, for every member)
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 9, n), [2, 3], n);
  // (the name is gone: exact again)
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 11, n), [2, 2], n);
});

test('reading that name, or leaving the loop early, opens the members for good', async () => {
  const src = [
    members,
    'for w in s:',                                 // 7
    '    pass',                                    // 8
    'keep = [w]',                                  // 9
    'del w',                                       // 10
    'y = 1',                                       // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  for (const n of ['a', 'b', 'c']) assert.equal(countOf(r, 11, n)?.[1], null, n);
  const early = [
    members,
    'for w in s:',                                 // 7
    '    break',                                   // 8
    'del w',                                       // 9
    'y = 1',                                       // 10
  ].join('\n');
  const r2 = await analyze(early, { python: '3.12' });
  for (const n of ['a', 'b', 'c']) assert.equal(countOf(r2, 10, n)?.[1], null, n);
});

test('list(s) is a list of unknown order: a loop over it ends on one of its items; a comprehension does not leak', async () => {
  const src = [
    members,
    'copy = list(s)',                              // 7
    'for v in copy:',                              // 8
    '    pass',                                    // 9
    'x = 1',                                       // 10
    'v = None',                                    // 11
    'names = [id(m) for m in s]',                  // 12
    'y = 1',                                       // 13
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 10, n), [3, 4], n);
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 13, n), [3, 3], n);
});

test('a set of one member, or of immortal members, is walked exactly', async () => {
  const src = [
    'class T:',                                    // 1
    '    pass',                                    // 2
    'a = T()',                                     // 3
    's = {a}',                                     // 4
    'for w in s:',                                 // 5
    '    pass',                                    // 6
    'x = 1',                                       // 7
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 7, 'a'), [3, 3]);
});

test('a name the loop body binds keeps the last round\'s value, and an inner loop\'s name the last inner item', async () => {
  const src = [
    'class T:',                                    // 1
    '    def __init__(self):',                     // 2
    '        self.box = []',                       // 3
    '        self.deps = set()',                   // 4
    'a = T()',                                     // 5
    'b = T()',                                     // 6
    'a.deps.add(b)',                               // 7
    'b.deps.add(a)',                               // 8
    's = {a, b}',                                  // 9
    'for t in s:',                                 // 10
    '    last = t.box',                            // 11
    '    for d in t.deps:',                        // 12
    '        pass',                                // 13
    'x = 1',                                       // 14
    'del t, last, d',                              // 15
    'y = 1',                                       // 16
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (a.box: a's attribute, and `last` if a came last; a: its name, s, b.deps, and `t` or `d`)
  assert.deepEqual(countOf(r, 14, 'last'), [1, 2]);
  for (const n of ['a', 'b']) assert.deepEqual(countOf(r, 14, n), [3, 5], n);
  for (const n of ['a', 'b']) assert.deepEqual(countOf(r, 16, n), [3, 3], n);
});
