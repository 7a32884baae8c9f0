// internInPlace.ts internedBefore: a name any code object of the module holds (its own name, a
// local, a global it uses, a cell or free variable) was interned when the module was compiled, so
// sys.intern of a runtime-built str of that text answers that name and leaves the argument alone
// (the names are gathered once per run: each kind of name must still be found).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('every kind of code name counts as interned before; other texts do not', async () => {
  const src = [
    'import sys',                                             // 1
    'def outer():',                                           // 2
    '    zqcell = 1',                                         // 3
    '    def inner(): return zqcell + zqglob',                // 4
    '    zqlocal = 2',                                        // 5
    '    return inner',                                       // 6
    'a = "".join(["zq", "local"])',                           // 7
    'ai = sys.intern(a)',                                     // 8
    'b = "".join(["zq", "cell"])',                            // 9
    'bi = sys.intern(b)',                                     // 10
    'c = "".join(["zq", "glob"])',                            // 11
    'ci = sys.intern(c)',                                     // 12
    'd = "".join(["inn", "er"])',                             // 13
    'di = sys.intern(d)',                                     // 14
    'e = "".join(["zq", "none"])',                            // 15
    'ei = sys.intern(e)',                                     // 16
  ].join('\n');
  const r = await analyze(src, { python: '3.11' });
  for (const [line, name] of [[8, 'a'], [10, 'b'], [12, 'c'], [14, 'd']] as const) assert.deepEqual(countOf(r, line, name), [1, 1], name);
  // (a text no code holds: the argument itself becomes the interned entry, `ei` its second name)
  assert.deepEqual(countOf(r, 16, 'e'), [2, 2]);
});
