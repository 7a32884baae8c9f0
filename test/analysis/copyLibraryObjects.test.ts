// copy.copy / copy.deepcopy of the library objects the model builds as kind 'builtin': only
// builtin functions, compiled patterns and matches come back as themselves; an array's copy is a
// new array, a ChainMap's / partial's / attrgetter's a new object (counts measured on CPython
// 3.11-3.13, test/cases/z_hY14_copy_snapshots.py).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('copy.copy / deepcopy of an array make new arrays; deepcopy of a list of it copies it once', async () => {
  const src = [
    'import copy',
    'from array import array',
    'a = array("d", [0.5, 1.5])',
    'c1 = copy.copy(a)',
    'c2 = copy.deepcopy(a)',
    'box = copy.deepcopy([a, a])',
    'first = box[0]',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 8, 'a'), [1, 1]);
  assert.deepEqual(countOf(r, 8, 'c1'), [1, 1]);
  assert.deepEqual(countOf(r, 8, 'c2'), [1, 1]);
  // (the list's two slots hold the one memoized copy)
  assert.deepEqual(countOf(r, 8, 'first'), [3, 3]);
});

test('copy.copy of a ChainMap, a partial or an attrgetter is not the object itself', async () => {
  const src = [
    'import copy, functools, operator',
    'from collections import ChainMap',
    'cm = ChainMap({"k": 1})',
    'cmc = copy.copy(cm)',
    'p = functools.partial(max, 1000)',
    'pc = copy.copy(p)',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (true count 1 each: the copy is new; the model may leave it open but never count the copy on it)
  for (const name of ['cm', 'p']) {
    const c = countOf(r, 7, name);
    assert.ok(Array.isArray(c), name);
    assert.equal(c[0], 1, name);
  }
});
