// A constant tuple of strs equal to a code object's name tuple (co_names, localsplusnames; 3.13's
// __static_attributes__) is that one object: the compiler merges them like constants. Measured
// 3.11-3.13: `fields = ("mx", "my")` next to `self.mx = mx; self.my = my` counts one more (two
// more on 3.13, where the class also keeps it as __static_attributes__).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SRC = [
  'class P:',                          // 1
  '    fields = ("mx", "my")',         // 2
  '    def __init__(self, mx, my):',   // 3
  '        self.mx = mx',              // 4
  '        self.my = my',              // 5
  'names = ("mx", "my")',              // 6
  'other = ("mx", "mz")',              // 7
].join('\n');

test('a name tuple of a code object opens an equal constant upward', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SRC, { python });
    // (two co_consts, P.fields, names, the parser's reference; + co_names when its order is the
    // literal's: truth 6; 3.13 surely + __static_attributes__ twice: truth 7)
    assert.deepEqual(countOf(r, 6, 'names'), python === '3.13' ? [7, 8] : [5, 6], python);
    // (no code object has ('mx', 'mz'): exact)
    assert.deepEqual(countOf(r, 7, 'other'), [3, 3], python);
  }
});

test('a function finished before the literal took the parser reference: exact', async () => {
  const src = ['def add(x, y):', '    return x + y', 'params = ("x", "y")'].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (add's localsplusnames, co_consts, params: truth 3; the literal's own object stays in the arena)
    assert.deepEqual(countOf(r, 3, 'params'), [3, 3], python);
  }
});
