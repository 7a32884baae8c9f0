// A C iterator's `__next__` / `__iter__` read as attributes (iteratorMethods.ts): the bound
// method-wrapper holds the iterator, calling it steps the iterator, and iter(it.__next__, s)
// lets go of it once the sentinel comes back (measured on 3.11.7, 3.12.1 and 3.13.0).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `class Item: pass
items = [Item(), Item()]
src = iter(items)
step = src.__next__
got = step()
del step
nums = [2.5, 0.25, 4.5]
feed = iter(nums)
taken = list(iter(feed.__next__, 0.25))
after = next(feed)
`;

test("an iterator's __next__ method-wrapper holds and steps the iterator", async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    assert.deepEqual(countOf(r, 4, 'src'), [2, 2], python);
    assert.deepEqual(countOf(r, 5, 'got'), [2, 2], python);
    assert.deepEqual(countOf(r, 6, 'src'), [1, 1], python);
    assert.deepEqual(countOf(r, 9, 'feed'), [1, 1], python);
    assert.deepEqual(countOf(r, 9, 'nums'), [2, 2], python);
    assert.deepEqual(countOf(r, 10, 'after'), [4, 4], python);
  }
});
