// PyDict_SetItem takes new references to the key (and value) before it hashes the key, so a
// key's own __hash__ sees one reference more in a dict display or `d[k] = v` than in setdefault
// or set.add (which hash first); 3.12+ specialize `d[k] = v` from its second run (no extra then).
// Measured 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const keyClass = (body: string[]): string => [
  'class K:',                          // 1
  '    def __hash__(self):',           // 2
  '        h = self',                  // 3
  '        return 1',                  // 4
  'x = K()',                           // 5
  ...body,
].join('\n');

test('a dict display and d[k] = v hash the key with one more reference than setdefault', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    // (x, the stack's, PyDict_SetItem's, the frame's self, h)
    assert.deepEqual(countOf(await analyze(keyClass(['d = {x: 1}']), { python }), 3, 'self'), [5, 5], python);
    assert.deepEqual(countOf(await analyze(keyClass(['d = {}', 'd[x] = 1']), { python }), 3, 'self'), [5, 5], python);
    assert.deepEqual(countOf(await analyze(keyClass(['d = {}', 'd.setdefault(x, 1)']), { python }), 3, 'self'), [4, 4], python);
    // (the pair's tuple holds it, dict_merge_from_seq2 takes one more, then PyDict_SetItem)
    assert.deepEqual(countOf(await analyze(keyClass(['d = dict([(x, 1)])']), { python }), 3, 'self'), [6, 6], python);
  }
  // (the same store run three times with x kept as the key from the second: 3.11 5, 6, 6; 3.12+ 5, 5, 5)
  const loop = keyClass(['d = {}', 'for i in range(3):', '    d[x] = i']);
  assert.deepEqual(countOf(await analyze(loop, { python: '3.11' }), 3, 'self'), [5, 6]);
  assert.deepEqual(countOf(await analyze(loop, { python: '3.12' }), 3, 'self'), [5, 5]);
});
