// repr of containers runs each item's own __repr__ (containerRepr.ts): once per container repr,
// in order, stopping at the first that raises; a container holding itself is not entered again.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const KEEP = ['kept = []', 'class Keep:', '    def __repr__(self):', '        kept.append(self)', "        return 'K'", 'a = Keep()'];

test('print / str / f-string of a list run the item __repr__ once each', async () => {
  const src = [...KEEP, 'lst = [a, a]', 'print(lst)', 's = str(lst)', "f = f'{lst}'"].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // a, lst twice, then two appends per repr
  assert.deepEqual(countOf(r, 8, 'a'), [5, 5]);
  assert.deepEqual(countOf(r, 9, 'a'), [7, 7]);
  assert.deepEqual(countOf(r, 10, 'a'), [9, 9]);
});

test('a raising item stops the repr: later items do not run', async () => {
  const src = [...KEEP, 'class Bad:', '    def __repr__(self):', '        raise ValueError("x")', 'b = Bad()', 'c = Keep()',
    'try:', '    s = repr([a, b, c])', 'except ValueError:', '    pass', 'n = 0'].join('\n');
  const r = await analyze(src, { python: '3.11' });
  assert.deepEqual(countOf(r, 16, 'a'), [2, 2]);
  assert.deepEqual(countOf(r, 16, 'c'), [1, 1]);
});

test('a list holding itself reprs its other items once, itself not again', async () => {
  const src = [...KEEP, 'lst = [a]', 'lst.append(lst)', 's = repr(lst)'].join('\n');
  assert.deepEqual(countOf(await analyze(src, { python: '3.13' }), 9, 'a'), [3, 3]);
});

test('set order not known: two members run under an unknown condition (open, not wrong)', async () => {
  const src = [...KEEP, 'b = Keep()', 's = repr({a, b})'].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.equal(countOf(r, 8, 'a')?.[1], null);
});
