// nb_index / tp_hash hooks (slotHooks.ts): CPython runs a class's own __index__ / __hash__ from C
// once per operation that converts or hashes the object; a hook that keeps self is seen in counts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

/** A class whose `hook` keeps self in `kept`, an instance `x`, then `ops`, then `c = x` probed. */
function kept(hook: string, ops: string[]): string {
  return ['kept = []', 'class H:', `    def ${hook}(self):`, '        kept.append(self)', '        return 1',
    'x = H()', ...ops, 'c = x'].join('\n') + '\n';
}

const cases: [string, string, string[], number][] = [
  // (x, c, and kept once per call)
  ['a list read, store and delete', '__index__', ['l = [1, 2, 3]', 'y = l[x]', 'l[x] = 5', 'del l[x]'], 5],
  ['slice parts of a tuple and a str', '__index__', ['t = (1, 2, 3)[x:]', 's = "abc"[:x:x]'], 5],
  ['a range and its item', '__index__', ['r = range(x)', 'y = range(5)[x]'], 4],
  ['builtins reading an int', '__index__', ['h = hex(x)', 'p = [1, 2].pop(x)', 'm = [0] * x', 'f = "%x" % x'], 6],
  ['a dict key stored, read and tested', '__hash__', ['d = {}', 'd[x] = 1', 'v = d[x]', 'i = x in d'], 6],
  ['a set built from a list, then from the set', '__hash__', ['s = set([x])', 'u = set(s)', 'f = frozenset(s)'], 6],
  ['a tuple key hashes its items', '__hash__', ['d = {(x, 1): 2}', 'h = hash((x,))'], 5],
  ['a dict key with +=', '__hash__', ['d = {x: 1}', 'd[x] += 1'], 6],
  // (the display hashes it once, the lookup once per mapping tried)
  ['a ChainMap lookup', '__hash__', ['from collections import ChainMap', 'm = ChainMap({}, {x: 1})', 'v = m[x]'], 6],
];

for (const [name, hook, ops, want] of cases) {
  test(`${hook} runs once per operation: ${name}`, async () => {
    const src = kept(hook, ops);
    const r = await analyze(src, { python: '3.12' });
    const line = src.split('\n').indexOf('c = x') + 1;
    assert.deepEqual(countOf(r, line, 'c'), [want, want], src);
  });
}

test('an __index__ that raises leaves the stored value and the list as they were', async () => {
  const src = ['class B:', '    def __index__(self):', '        raise ValueError', 'l = [1.5]', 'v = [2.5]',
    'try:', '    l[B()] = v', 'except ValueError:', '    pass', 'c = v', 'd = l'].join('\n') + '\n';
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 10, 'c'), [2, 2]);
  assert.deepEqual(countOf(r, 11, 'd'), [2, 2]);
});

test("a frozen dataclass's generated __hash__ hashes its fields; eq without frozen is unhashable", async () => {
  const src = [
    'from dataclasses import dataclass',           // 1
    'kept = []',                                   // 2
    'class K:',                                    // 3
    '    def __hash__(self):',                     // 4
    '        kept.append(self)',                   // 5
    '        return 1',                            // 6
    '@dataclass(frozen=True)',                     // 7
    'class F:',                                    // 8
    '    a: object',                               // 9
    '@dataclass',                                  // 10
    'class P:',                                    // 11
    '    a: object',                               // 12
    'k = K()',                                     // 13
    's = {F(k)}',                                  // 14
    'done = k',                                    // 15
    'try:',                                        // 16
    '    hash(P(k))',                              // 17
    'except TypeError:',                           // 18
    '    pass',                                    // 19
    'done = k',                                    // 20
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 15, 'k'), [4, 4]); // k, the F's field, kept's item, done
  assert.deepEqual(countOf(r, 20, 'k'), [4, 4]); // P(k) was unhashable: its hash never reached k
});

test("a memoryview item store runs the index's and the value's __index__", async () => {
  const src = kept('__index__', ['mv = memoryview(bytearray(b"abc"))', 'mv[x] = x']);
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 9, 'x'), [4, 4]); // x, kept twice, c
});

test('bytes(x) clears a TypeError from __index__ and copies the iterable x', async () => {
  const src = ['kept = []', 'class B:', '    def __index__(self):', '        kept.append(self)', '        raise TypeError("no")',
    '    def __iter__(self):', '        return iter([1, 2])', 'x = B()', 'b = bytes(x)', 'c = x'].join('\n') + '\n';
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 10, 'x'), [3, 3]); // x, kept's item, c: the program went on
});

test("os.fspath runs the object's __fspath__; os.path.join does too", async () => {
  const src = ['import os', 'kept = []', 'class P:', '    def __fspath__(self):', '        kept.append(self)', '        return "a path here"',
    'p = P()', 'r = os.fspath(p)', 'j = os.path.join(p, "x y")', 'c = p'].join('\n') + '\n';
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 10, 'p'), [4, 4]); // p, kept twice, c
});
