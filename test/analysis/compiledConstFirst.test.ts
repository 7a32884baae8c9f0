// The compiler's constant cache keeps the object registered first over the whole module: a tuple
// it builds while compiling (a dict display's key tuple, a call's keyword names, a list display of
// constants) is what a later equal tuple literal loads, so that literal has no parser-arena
// reference. A literal written first keeps it. Measured 3.11-3.13 (script mode).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('a literal tuple after an equal compiler-made tuple loads that one', async () => {
  const src = [
    'def f(**kw):',                      // 1
    '    return kw',                     // 2
    'd = {"ka": 1, "kb": 2}',            // 3
    'tA = ("ka", "kb")',                 // 4
    'f(xa=1, xb=2)',                     // 5
    'tC = ("xa", "xb")',                 // 6
    'l = [1.5, 2.5, 3.5]',               // 7
    'tB = (1.5, 2.5, 3.5)',              // 8
    'tD = ("da", "db")',                 // 9
    'd2 = {"da": 1, "db": 2}',           // 10
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (co_consts and the name; oracle truth 2 on each version)
    assert.deepEqual(countOf(r, 4, 'tA'), [2, 2], python);
    assert.deepEqual(countOf(r, 6, 'tC'), [2, 2], python);
    assert.deepEqual(countOf(r, 8, 'tB'), [2, 2], python);
    // (written first: co_consts, the arena and the name)
    assert.deepEqual(countOf(r, 10, 'tD'), [3, 3], python);
  }
});
