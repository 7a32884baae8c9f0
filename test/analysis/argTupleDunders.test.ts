// zip builds an argument tuple (no vectorcall) that holds its arguments while their __iter__
// runs; min() / max() take one on 3.11 / 3.12 and none on 3.13 (METH_FASTCALL), so inside a
// program's __lt__ their arguments are one lower there. Measured 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('zip holds its arguments in a tuple; min / max only before 3.13', async () => {
  const src = [
    'class C:',                          // 1
    '    def __iter__(self):',           // 2
    '        me = self',                 // 3
    '        return iter(())',           // 4
    'class S:',                          // 5
    '    def __lt__(self, other):',      // 6
    '        a = self',                  // 7
    '        return False',              // 8
    'z = list(zip(C()))',                // 9
    'p = S()',                           // 10
    'q = S()',                           // 11
    'm = min(p, q)',                     // 12
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (the caller's stack, zip's argument tuple, the frame's self, me)
    assert.deepEqual(countOf(r, 3, 'self'), [4, 4], python);
    // (the argument tuple holds q before 3.13 only; oracle truth 7 on 3.11 / 3.12, 6 on 3.13)
    assert.deepEqual(countOf(r, 7, 'self'), python === '3.13' ? [6, 6] : [7, 7], python);
  }
});
