// pathlib pure paths (pathlibModel.ts): what a path keeps of its argument strs per version, the
// cached str(), and an argument that is the path's one part (interned in place: count opened).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SRC = ['from pathlib import PurePosixPath', 's = "a b/c " + str(len([1]))', 'p = PurePosixPath(s)',
  't = str(p)', 'u = str(p)', 'q = p.parent', 'del p'].join('\n');

test('3.12+ keep the argument str in _raw_paths until the path dies; str(p) is cached', async () => {
  const r = await analyze(SRC, { python: '3.12' });
  assert.deepEqual(countOf(r, 3, 's'), [2, 2]);
  assert.deepEqual(countOf(r, 3, 'p'), [1, 1]);
  assert.deepEqual(countOf(r, 5, 'u'), [3, 3]);
  assert.deepEqual(countOf(r, 6, 'q'), [1, 1]);
  assert.deepEqual(countOf(r, 7, 's'), [1, 1]);
  assert.deepEqual(countOf(r, 7, 't'), [2, 2]);
});

test('3.11 parses at once: an argument with several parts is not kept', async () => {
  const r = await analyze(SRC, { python: '3.11' });
  assert.deepEqual(countOf(r, 3, 's'), [1, 1]);
  assert.deepEqual(countOf(r, 5, 'u'), [3, 3]);
});

test('an argument that is the one part is interned in place: its count is open', async () => {
  const src = ['from pathlib import PurePosixPath', 's = "a b " + str(len([1]))', 'p = PurePosixPath(s)', 'n = p.name'].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.equal(countOf(r, 4, 's')?.[1], null, python);
  }
});

test('a path handed to code not followed gives a str of open count', async () => {
  const src = ['from pathlib import PurePosixPath', 'import mystery', 'p = PurePosixPath("x/y z")', 'mystery.use(p)', 't = str(p)'].join('\n');
  const r = await analyze(src, { python: '3.13' });
  assert.equal(countOf(r, 5, 't')?.[1], null);
});

test('3.12+ comparing or hashing a path caches _str_normcase: one more reference to its str', async () => {
  const src = ['from pathlib import PurePosixPath', 'p = PurePosixPath("x/y z")', 'q = PurePosixPath("x/y z")', 'e = p == q', 't = str(p)'].join('\n');
  assert.deepEqual(countOf(await analyze(src, { python: '3.13' }), 5, 't'), [3, 3]);
  assert.deepEqual(countOf(await analyze(src, { python: '3.11' }), 5, 't'), [2, 2]);
});

test('open() of a path-like object keeps the path its __fspath__ gave, not the object', async () => {
  const src = ['class W:', '    def __init__(self, t):', '        self.t = t', '    def __fspath__(self):', '        return self.t',
    't = "/dev/" + "null" * len([1])', 'w = W(t)', 'f = open(w, "rb")'].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 8, 'w'), [1, 1]);
  assert.deepEqual(countOf(r, 8, 't'), [3, 3]);
});
