// Attributes read from builtins types (`list.append`, `getattr(list, "nope", d)`): the descriptor
// the type's dict holds, one object, counted; a public name the type lacks raises AttributeError,
// so a getattr default is the answer. Oracle truth 3.11-3.13 (test/cases/z_builtin_type_attrs.py).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('a builtins type attribute is its dict\'s descriptor; a missing one gives the default', async () => {
  const src = [
    'fallback = [1.5]',                               // 1
    'ap = list.append',                               // 2
    'again = list.append',                            // 3
    'got = getattr(list, "nope", fallback)',          // 4
    'maybe = getattr(range, "nope", fallback)',       // 5
    'box = []',                                       // 6
    'item = [2.5]',                                   // 7
    'ap(box, item)',                                  // 8
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (the type's dict, ap)
    assert.deepEqual(countOf(r, 2, 'ap'), [2, 2], python);
    assert.deepEqual(countOf(r, 3, 'again'), [3, 3], python);
    // (list has no `nope`: AttributeError, the default: fallback, got)
    assert.deepEqual(countOf(r, 4, 'fallback'), [2, 2], python);
    // (range's attributes are not listed: the default may be the answer, its count opens)
    assert.equal(countOf(r, 5, 'fallback')?.[1], null, python);
    // (the descriptor called is list.append: box holds item)
    assert.deepEqual(countOf(r, 8, 'item'), [2, 2], python);
  }
});
