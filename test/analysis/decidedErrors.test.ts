// Operations CPython decides for sure that the model used to leave open: stores on builtin
// types, `__dict__` assignment, object's generic attribute methods called explicitly,
// ExitStack's callback deque.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const stops = (r: AnalysisResult): string[] => r.diagnostics.filter((d) => d.code === 'uncaught-exception').map((d) => `${d.line}: ${d.message}`);

test('a store or deletion on a builtin type raises TypeError and releases the value', async () => {
  const src = [
    'v = [1.5]',                                   // 1
    'try:',                                        // 2
    '    int.x = v',                               // 3
    'except TypeError:',                           // 4
    '    a = [v]',                                 // 5
    'try:',                                        // 6
    '    del ValueError.args',                     // 7
    'except TypeError:',                           // 8
    '    b = [v]',                                 // 9
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.deepEqual(countOf(r, 5, 'v'), [2, 2]);
  assert.deepEqual(countOf(r, 9, 'v'), [3, 3]);
});

test('a store on a class of the program is still a store', async () => {
  const src = [
    'class C:',                                    // 1
    '    pass',                                    // 2
    'v = [1.5]',                                   // 3
    'C.x = v',                                     // 4
    'done = True',                                 // 5
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 4, 'v'), [2, 2]);
});

test('obj.__dict__ = a non-dict raises TypeError; a dict replaces the instance dict', async () => {
  const src = [
    'class B:',                                    // 1
    '    pass',                                    // 2
    'b = B()',                                     // 3
    'v = [1.5]',                                   // 4
    'try:',                                        // 5
    '    b.__dict__ = [v]',                        // 6
    'except TypeError:',                           // 7
    '    a = [v]',                                 // 8
    'd = {"k": v}',                                // 9
    'b.__dict__ = d',                              // 10
    'done = True',                                 // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.deepEqual(countOf(r, 8, 'v'), [2, 2]);
  assert.deepEqual(countOf(r, 10, 'd'), [2, 2]);
  assert.deepEqual(countOf(r, 10, 'v'), [3, 3]);
});

test("object.__setattr__ on an int or a class raises, on a list keeps it in 3.13's AttributeError", async () => {
  const src = [
    'v = [1.5]',                                   // 1
    'lst = [2.5]',                                 // 2
    'try:',                                        // 3
    '    object.__setattr__(1, "x", v)',           // 4
    'except AttributeError:',                      // 5
    '    a = [v]',                                 // 6
    'try:',                                        // 7
    '    object.__setattr__(int, "x", v)',         // 8
    'except TypeError:',                           // 9
    '    c = [v]',                                 // 10
    'try:',                                        // 11
    '    object.__delattr__(lst, "x")',            // 12
    'except AttributeError as e:',                 // 13
    '    k = e',                                   // 14
  ].join('\n');
  for (const [python, n] of [['3.12', 1], ['3.13', 2]] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(stops(r), []);
    assert.deepEqual(countOf(r, 6, 'v'), [2, 2]);
    assert.deepEqual(countOf(r, 10, 'v'), [3, 3]);
    assert.deepEqual(countOf(r, 14, 'lst'), [n, n], python);
  }
});

test('Decimal arithmetic with text, None or a container raises TypeError; str % Decimal formats', async () => {
  const src = [
    'from decimal import Decimal',                 // 1
    'd = Decimal("1.5")',                          // 2
    'try:',                                        // 3
    '    r = d * "x"',                             // 4
    'except TypeError:',                           // 5
    '    a = [d]',                                 // 6
    's = "%s" % d',                                // 7
    'done = True',                                 // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.deepEqual(countOf(r, 6, 'd'), [2, 2]);
  assert.ok(r.lines.some((l) => l.line === 8), 'the last line runs');
});

test('an instance of a class bound under an unknown condition is not callable; one handed to unknown code may be', async () => {
  const src = [
    'import sys, inspect',                         // 1
    'class A:',                                    // 2
    '    pass',                                    // 3
    'if len(sys.argv) > 5:',                       // 4
    '    alias = A',                               // 5
    'a = A()',                                     // 6
    'v = [1.5]',                                   // 7
    'try:',                                        // 8
    '    a(v)',                                    // 9
    'except TypeError:',                           // 10
    '    x = [v]',                                 // 11
    'inspect.getmembers(A)',                       // 12
    'try:',                                        // 13
    '    a(v)',                                    // 14
    'except TypeError:',                           // 15
    '    y = [v]',                                 // 16
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 11, 'v'), [2, 2]);
  const y = countOf(r, 16, 'v');
  assert.ok(Array.isArray(y) && y[1] === null, `y: ${JSON.stringify(y)}`);
});
