// The text of an object the model does not know may be that object itself (an exact str is its
// own str(), and a lone '%s' / '{}' / f-string field / one-item join gives it back): its count is
// open, never a confident new str.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SRC = [
  'import os',                                     // 1
  'v = os.environ.get("HOME", "/root")',           // 2
  's = str(v)',                                    // 3
  'f = f"{v}"',                                    // 4
  'p = "%s" % v',                                  // 5
  'q = "{}".format(v)',                            // 6
  'j = "".join([v])',                              // 7
  'n = str(12345)',                                // 8
  'done = (s, f, p, q, j, n)',                     // 9
].join('\n');

test('text of an unknown object has an open count', async () => {
  const r = await analyze(SRC, { python: '3.12' });
  for (const name of ['s', 'f', 'p', 'q', 'j']) {
    const c = countOf(r, 9, name);
    assert.ok(Array.isArray(c) && c[1] === null, `${name}: ${JSON.stringify(c)}`);
  }
  // a known number's text is still a new str: the name and the tuple
  assert.deepEqual(countOf(r, 9, 'n'), [2, 2]);
});
