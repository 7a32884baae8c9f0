// An instance given to code the model does not follow may have gained any attribute there:
// getattr(obj, name, default) and its __dict__'s get() may give the default, so the default's
// count opens (it was left exact and wrong: 1 where CPython had 2), measured 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('getattr / __dict__.get with a default on an escaped instance open the default', async () => {
  const src = [
    'import functools',                                  // 1
    'class Box:',                                        // 2
    '    pass',                                          // 3
    'token = object()',                                  // 4
    'box = Box()',                                       // 5
    'a = getattr(box, "job", token)',                    // 6
    'del a',                                             // 7
    'functools.update_wrapper(box, print)',              // 8
    'b = getattr(box, "job", token)',                    // 9
    'c = vars(box).get("__wrapped__", token)',           // 10
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (known: no such attribute, the default)
    assert.deepEqual(countOf(r, 6, 'token'), [2, 2], python);
    assert.deepEqual(countOf(r, 9, 'token'), [1, null], python);
    assert.deepEqual(countOf(r, 10, 'token'), [1, null], python);
  }
});
