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
    // (two co_consts, P.fields, names, the parser's reference; + co_names: truth 6, 7 on 3.13)
    assert.deepEqual(countOf(r, 6, 'names'), python === '3.13' ? [5, 8] : [5, 6], python);
    // (no code object has ('mx', 'mz'): exact)
    assert.deepEqual(countOf(r, 7, 'other'), [3, 3], python);
  }
});
