// A dict / set lookup of a key with its own __eq__ compares it with the stored keys of the same
// hash on every lookup, not once per pair (valueKeys.ts); a key's stored hash is what its __hash__
// returned (slotHooks.ts), or the hash key of what hash() was given.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const keyClass = (hash: string): string[] => [
  'kept = []',                                     // 1
  'class K:',                                      // 2
  '    def __init__(self, n):',                    // 3
  '        self.n = n',                            // 4
  '    def __hash__(self):',                       // 5
  `        return ${hash}`,                        // 6
  '    def __eq__(self, other):',                  // 7
  '        kept.append(other)',                    // 8
  '        return self.n == other.n',              // 9
];

test('every lookup of an equal key runs the stored key\'s __eq__ again', async () => {
  const src = [...keyClass('self.n % 3'),
    'a = K(1)',                                    // 10
    'c = K(1)',                                    // 11
    'd = {a: 1}',                                  // 12
    'x = d[c]',                                    // 13
    'y = d.get(c)',                                // 14
    'z = c in d',                                  // 15
    'done = c',                                    // 16
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // c, done and one entry of kept per lookup: three lookups
  assert.deepEqual(countOf(r, 16, 'c'), [5, 5]);
});

test('stored keys of another known hash are not compared', async () => {
  const src = [...keyClass('self.n'),
    'a = K(1)',                                    // 10
    'b = K(2)',                                    // 11
    'd = {a: 1}',                                  // 12
    'd[b] = 2',                                    // 13
    'x = d[b]',                                    // 14
    's = {a, b}',                                  // 15
    'done = b',                                    // 16
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // b, done, d's key and s's member: a.__eq__ never ran with b
  assert.deepEqual(countOf(r, 16, 'b'), [4, 4]);
});

test('hash() of a tuple tells keys apart without knowing the number', async () => {
  const src = [...keyClass('hash((self.n, "k"))'),
    'a = K(1)',                                    // 10
    'b = K(2)',                                    // 11
    'c = K(2)',                                    // 12
    'd = {a: 1, b: 2}',                            // 13
    'x = d[c]',                                    // 14
    'y = d[c]',                                    // 15
    'done = c',                                    // 16
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // c, done, and b.__eq__(c) twice (a has another hash: never compared)
  assert.deepEqual(countOf(r, 16, 'c'), [4, 4]);
});

test('equal keys met in different containers share one entry', async () => {
  const src = [
    'class P:',                                    // 1
    '    def __init__(self, n):',                  // 2
    '        self.n = n',                          // 3
    '    def __hash__(self):',                     // 4
    '        return hash(self.n)',                 // 5
    '    def __eq__(self, other):',                // 6
    '        return self.n == other.n',            // 7
    'a = P(1)',                                    // 8
    'c = P(1)',                                    // 9
    'd1 = {a: "x"}',                               // 10
    's2 = {c}',                                    // 11
    'v = d1[c]',                                   // 12
    'd1[c] = "y"',                                 // 13
    's2.add(a)',                                   // 14
    'done = (a, c)',                               // 15
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // d1 keeps its first key a and s2 its first member c: found, not added
  assert.deepEqual(countOf(r, 15, 'a'), [3, 3]);
  assert.deepEqual(countOf(r, 15, 'c'), [3, 3]);
  assert.equal(r.diagnostics.some((d) => /KeyError/.test(d.message)), false);
});
