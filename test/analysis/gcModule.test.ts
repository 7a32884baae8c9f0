// The gc module's own calls: the arguments gc.callbacks entries get (3.11's
// argument tuple holds info once more) and gc.get_referents of an object whose
// traverse the model only partly knows (the argument keeps an exact count).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const CALLBACK = [
  'import gc',                      // 1
  'def cb(phase, info):',           // 2
  '    held = info',                // 3
  'gc.callbacks.append(cb)',        // 4
  'n = gc.collect()',               // 5
].join('\n');

test('a gc callback sees info held by the argument tuple on 3.11 only', async () => {
  // (the collector's reference, the frame's argument, `held`; plus the tuple on 3.11)
  const expected = { '3.11': 4, '3.12': 3, '3.13': 3 } as const;
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(CALLBACK, { python });
    assert.deepEqual(countOf(r, 3, 'held'), [expected[python], expected[python]], python);
  }
});

test('get_referents of a bound method leaves the instance exact', async () => {
  const src = [
    'import gc',                          // 1
    'class P:',                           // 2
    '    def m(self):',                   // 3
    '        pass',                       // 4
    'p = P()',                            // 5
    'bm = p.m',                           // 6
    'refs = gc.get_referents(bm)',        // 7
    'x = p',                              // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (p, bm's __self__, the list, x)
  assert.deepEqual(countOf(r, 8, 'x'), [4, 4]);
  assert.deepEqual(countOf(r, 7, 'refs'), [1, 1]);
});
