// statistics.mean / fmean values and the int / int true division they round with: the expected
// values were printed by CPython 3.12 (the same on 3.11 and 3.13).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ratioFloat } from '../../src/analysis/interp/fractionValues';
import { analyze, countOf } from '../helpers/engine';

test('ratioFloat rounds big ratios as long_true_divide does', () => {
  assert.equal(ratioFloat(2n ** 70n + 1n, 3n), 3.935305402391371e+20);
  assert.equal(ratioFloat(10n ** 30n, 7n), 1.4285714285714285e+29);
  assert.equal(ratioFloat(-(2n ** 60n + 1n), 2n ** 60n), -1.0);
  // (a tie between two doubles goes to the even one)
  assert.equal(ratioFloat(2n ** 53n + 1n, 1n), 9007199254740992);
  assert.equal(ratioFloat(10n ** 400n, 10n ** 399n), 10);
  assert.equal(ratioFloat(10n ** 400n, 1n), undefined);
});

test('statistics.mean of known numbers is a known value: the branch on it is followed', async () => {
  const src = [
    'import statistics',
    'xs = [91.5, 95.0]',
    'm = statistics.mean(xs)',
    'box = []',
    'if m > 93.2:',
    '    box.append(xs)',
    'done = 1',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (mean is 93.25: the list is appended, and the float is a new one)
  assert.deepEqual(countOf(r, 7, 'xs'), [2, 2]);
  assert.deepEqual(countOf(r, 7, 'm'), [1, 1]);
});

test('multimode and median_low of known Decimals hand back items of the data', async () => {
  const src = [
    'import statistics',
    'from decimal import Decimal',
    'ps = [Decimal("4.50"), Decimal("9.99"), Decimal("4.5"), Decimal("9.990"), Decimal("1")]',
    'first = ps[0]',
    'tops = statistics.multimode(ps)',
    'low = statistics.median_low(ps)',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (4.50 and 9.99 are the first occurrences of the two most common values; sorted stably, the
  // median is the equal 4.5 after it: first is not taken again, as CPython 3.12 measured)
  assert.deepEqual(countOf(r, 5, 'first'), [3, 3]);
  assert.deepEqual(countOf(r, 6, 'first'), [3, 3]);
  assert.deepEqual(countOf(r, 6, 'low'), [2, 2]);
  assert.deepEqual(countOf(r, 5, 'tops'), [1, 1]);
});
