// CALL unpacks a bound method object (its function and self pushed, the method dropped before
// the call): a temporary one is freed, so inside the callee self is one lower than when a name
// keeps the method. types.MethodType binds a callable instance (a class-based decorator's
// __get__) as a method object too. Measured 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('a temporary bound method holds nothing while its callee runs', async () => {
  const src = [
    'import types',                                // 1
    'class A:',                                    // 2
    '    def f(self):',                            // 3
    '        y = self',                            // 4
    '        return y',                            // 5
    'class C:',                                    // 6
    '    def __call__(self, obj):',                // 7
    '        z = obj',                             // 8
    '        return z',                            // 9
    'a = A()',                                     // 10
    'r1 = getattr(a, "f")()',                      // 11
    'del r1',                                      // 12
    'm = a.f',                                     // 13
    'r2 = m()',                                    // 14
    'c = C()',                                     // 15
    'bm = types.MethodType(c, a)',                 // 16
    'r3 = types.MethodType(c, a)()',               // 17
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (in f: a, the frame's self, y: the temporary method is gone)
    assert.deepEqual(countOf(r, 4, 'self'), [3, 4], python);
    assert.deepEqual(countOf(r, 13, 'a'), [2, 2], python);
    assert.deepEqual(countOf(r, 14, 'a'), [3, 3], python);
    // (the method object holds the instance and the callable one)
    assert.deepEqual(countOf(r, 16, 'c'), [2, 2], python);
    assert.deepEqual(countOf(r, 16, 'a'), [4, 4], python);
    assert.deepEqual(countOf(r, 17, 'a'), [5, 5], python);
  }
});
