// statistics functions given an array.array or a collections.deque: both are read without
// running any of the program's code and keep nothing, so the data's count stays exact and the
// result is known (counts measured on CPython 3.11-3.13, test/cases/z_hY14_timeseries.py).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('statistics.mean / median of a float array keep its count and give a new float', async () => {
  const src = [
    'import statistics',
    'from array import array',
    'vals = array("d", [2.5, 3.5, 9.0])',
    'm = statistics.mean(vals)',
    'md = statistics.median(vals)',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 6, 'vals'), [1, 1]);
  assert.deepEqual(countOf(r, 6, 'm'), [1, 1]);
  // (median's middle item is read out of the array as a new float: only md holds it)
  assert.deepEqual(countOf(r, 6, 'md'), [1, 1]);
});

test('statistics.mean / median of a deque: the items are the deque\'s own', async () => {
  const src = [
    'import statistics',
    'from collections import deque',
    'w = deque((i * 2.5 for i in range(3)), maxlen=3)',
    'mid = w[1]',
    'm = statistics.mean(w)',
    'md = statistics.median(w)',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 7, 'w'), [1, 1]);
  assert.deepEqual(countOf(r, 7, 'm'), [1, 1]);
  // (the odd median is the middle item itself: the deque, mid and md hold it)
  assert.deepEqual(countOf(r, 7, 'md'), [3, 3]);
});
