// zip(strict=True): a length mismatch raises ValueError after the common rounds (zip_next), the
// items of the round cut short left in the zip's reused result tuple; of arguments of unknown
// length the handler may run. map() takes no keyword (3.11-3.13).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `import os
class Cell: pass
a, b, c = Cell(), Cell(), Cell()
cells = [a, b, c]
z = zip(cells, [1.5, 2.5], strict=True)
try:
    for q, p in z: pass
except ValueError as err:
    msg = err.args[0]
many = [a] * len(os.environ)
try:
    for q, p in zip(many, [1.5], strict=True): pass
except ValueError as err:
    got = 1
try:
    m = map(len, cells, strict=True)
except TypeError:
    bad = 1
`;

test('zip(strict=True) raises at the round where one argument ends', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    assert.deepEqual(countOf(r, 9, 'msg'), [2, 2], python);
    // (c went into the zip's result tuple before the second argument ended)
    assert.deepEqual(countOf(r, 9, 'c'), [3, 3], python);
    assert.ok(countOf(r, 14, 'many'), python);
    assert.ok(countOf(r, 18, 'cells'), python);
  }
});
