// itertools.batched (3.12+; measured on 3.12.1 and 3.13.0): a new tuple per step, the iterator
// kept through a short last batch and dropped by the step that reads nothing. On 3.11 the name
// does not exist, so the call is not followed and the counts stay open.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `import itertools
class Row: pass
rows = [Row(), Row(), Row(), Row()]
third = rows[2]
src = iter(rows)
batches = itertools.batched(src, 3)
b1 = next(batches)
b2 = next(batches)
b3 = list(batches)
del batches, b1
`;

test('itertools.batched holds its iterator until a step reads nothing', async () => {
  for (const python of ['3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    assert.deepEqual(countOf(r, 6, 'src'), [2, 2], python);
    assert.deepEqual(countOf(r, 7, 'third'), [3, 3], python);
    assert.deepEqual(countOf(r, 8, 'b2'), [1, 1], python);
    assert.deepEqual(countOf(r, 8, 'src'), [2, 2], python);
    assert.deepEqual(countOf(r, 9, 'src'), [1, 1], python);
    assert.deepEqual(countOf(r, 10, 'third'), [2, 2], python);
  }
  const old = await analyze(SOURCE, { python: '3.11' });
  assert.equal(countOf(old, 10, 'third')?.[1], null);
});
