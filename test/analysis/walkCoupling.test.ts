// Loops over a set whose rounds depend on each other (walkCoupling.ts): which member a round's
// outcome falls on is the hash order's, so the members' counts are open; rounds that do the same
// to each member whatever came before keep exact counts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const members = [
  'class T:',                                      // 1
  '    def __init__(self, k):',                    // 2
  '        self.k = k',                            // 3
  'a = T(1)',                                      // 4
  'b = T(1)',                                      // 5
  'c = T(2)',                                      // 6
  's = {a, b, c}',                                 // 7
].join('\n');

test('first pick: the kept member is any of them while the name holds it, exact again once it lets go', async () => {
  const src = [
    members,
    'first = None',                                // 8
    'for x in s:',                                 // 9
    '    if first is None:',                       // 10
    '        first = x',                           // 11
    'del x',                                       // 12
    'y = 1',                                       // 13
    'first = None',                                // 14
    'z = 1',                                       // 15
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (CPython may keep b or c: the model walked a first; a name, the set, and maybe `first`)
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 13, n), [2, 3], n);
  for (const n of ['a', 'b', 'c']) assert.deepEqual(countOf(r, 15, n), [2, 2], n);
});

test('dedup by a key: which members the output keeps is open; an uncoupled filter stays exact', async () => {
  const src = [
    members,
    'seen = set()',                                // 8
    'out = []',                                    // 9
    'for x in s:',                                 // 10
    '    if x.k not in seen:',                     // 11
    '        seen.add(x.k)',                       // 12
    '        out.append(x)',                       // 13
    'del x',                                       // 14
    'y = 1',                                       // 15
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (a or b survives, whichever CPython met first)
  for (const n of ['a', 'b']) {
    const iv = countOf(r, 15, n);
    assert.ok(Array.isArray(iv) && iv[0] <= 2 && (iv[1] === null || iv[1] >= 3), `${n} ${JSON.stringify(iv)}`);
  }
  // (only c is big, whatever the order: the filter reads nothing an earlier round wrote)
  // (lines 8-13)
  const r2 = await analyze([members, 'big = []', 'for x in s:', '    if x.k > 1:', '        big.append(x)', 'del x', 'z = 1'].join('\n'), { python: '3.12' });
  assert.deepEqual(countOf(r2, 13, 'c'), [3, 3]);
  assert.deepEqual(countOf(r2, 13, 'a'), [2, 2]);
});

test('a probe inside the walk covers a member before its round as well as after', async () => {
  const src = [
    members,
    'for x in s:',                                 // 8
    '    cur = x',                                 // 9
    'del x, cur',                                  // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (the model visits a first; CPython may visit it last: 2 before its round, 4 in it)
  for (const n of ['a', 'b', 'c']) {
    const iv = countOf(r, 9, n);
    assert.ok(Array.isArray(iv) && iv[0] <= 2 && (iv[1] === null || iv[1] >= 4), `${n} ${JSON.stringify(iv)}`);
  }
});
