// A list sorted by keys the model cannot order (id()) is a bag of known items: the methods that
// do not depend on positions keep the items' counts exact; reading a position opens them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('reverse / append / count / copy of an unordered list keep counts; pop opens them', async () => {
  const src = [
    'class N: pass',
    'a, b = N(), N()',
    'xs = [a, b, a]',
    'xs.sort(key=id)',
    'xs.reverse(); xs.append(b)',
    'k = xs.count(a); ys = xs.copy()',
    'top = xs.pop()',
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 5, 'a'), [3, 3]);
  assert.deepEqual(countOf(r, 6, 'a'), [5, 5]);
  assert.deepEqual(countOf(r, 6, 'b'), [5, 5]);
  assert.equal(countOf(r, 7, 'a')?.[1], null);
});
