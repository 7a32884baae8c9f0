// statistics over a dict's views: the view reads the dict without running program code, so the
// dict's count stays exact and a known mean is computed; and a generator expression looping over
// an opened dict must not pass for its whole data (measured on CPython 3.11-3.13,
// test/cases/z_hY14_gradebook_stats.py).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('statistics.mean / median of d.values() keep the dict exact', async () => {
  const src = [
    'import statistics',
    'scores = {k: v * 2 for k, v in (("ann", 91.5), ("bob", 78.25), ("cy", 88.5))}',
    'm = statistics.mean(scores.values())',
    'md = statistics.median(scores.values())',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 5, 'scores'), [1, 1]);
  assert.deepEqual(countOf(r, 5, 'm'), [1, 1]);
  // (the median is the dict's own value for "cy": the dict and md hold it)
  assert.deepEqual(countOf(r, 5, 'md'), [2, 2]);
});

test('median of a generator over an opened dict is not taken from the items the model knows', async () => {
  const src = [
    'import statistics',
    'import reprlib',
    'scores = {"ada": 1.5, "grace": 2.5, "alan": 3.5, "linus": 4.5}',
    'text = reprlib.repr(scores)',
    'n = statistics.median(len(name) for name in scores)',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (truth: 4.5, a new float of count 1; the model once answered the small int 3, immortal)
  const c = countOf(r, 6, 'n');
  assert.ok(Array.isArray(c));
  assert.equal(c[0], 1);
});
