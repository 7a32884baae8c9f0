// Flag(n) goes Enum.__new__ → _value2member_map_ → Flag._missing_: the member, or the cached
// pseudo-member `|` also gives; a plain Flag's STRICT boundary raises ValueError for bits no
// member has. Measured 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('Flag(n) is the member or the cached combination; stray bits raise', async () => {
  const src = [
    'import enum',                       // 1
    'class A(enum.Flag):',               // 2
    '    R = 1',                         // 3
    '    W = 2',                         // 4
    'c = A(3)',                          // 5
    'c2 = A.R | A.W',                    // 6
    'z = A(0)',                          // 7
    'try:',                              // 8
    '    bad = A(8)',                    // 9
    'except ValueError as e:',           // 10
    '    err = e',                       // 11
    'w = A(2)',                          // 12
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (c, c2 and the class's _value2member_map_)
    assert.deepEqual(countOf(r, 6, 'c'), [3, 3], python);
    assert.deepEqual(countOf(r, 7, 'z'), [2, 2], python);
    assert.deepEqual(countOf(r, 11, 'err'), [3, 3], python);
    // (the class dict, _member_map_, _value2member_map_, w: oracle truth 4)
    assert.deepEqual(countOf(r, 12, 'w'), [4, 4], python);
  }
});
