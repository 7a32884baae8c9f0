// A dict / set / deque / OrderedDict changed while an iterator over it is live: the next step
// raises CPython's RuntimeError (iterMutation.ts); a list goes on by index; a change the model
// cannot see leaves both outcomes open.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const stops = (r: AnalysisResult): string[] => r.diagnostics.filter((d) => d.code === 'uncaught-exception').map((d) => `${d.line}`);

test('deleting from a dict while iterating it raises at the next step, after the first deletion', async () => {
  const src = [
    'd = {"a": [1], "b": [2], "c": [3]}',          // 1
    'try:',                                        // 2
    '    for k in d:',                             // 3
    '        del d[k]',                            // 4
    '    after = [d]',                             // 5
    'except RuntimeError as e:',                   // 6
    '    caught = [d, e]',                         // 7
    'n = len(d)',                                  // 8
    'snap = [d]',                                  // 9
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  // (the line after the loop inside the try never runs; the handler does, with the iterator gone)
  assert.equal(countOf(r, 5, 'after'), undefined);
  assert.deepEqual(countOf(r, 7, 'caught'), [1, 1]);
  assert.deepEqual(countOf(r, 7, 'd'), [2, 2]);
  assert.deepEqual(countOf(r, 9, 'd'), [3, 3]);
  // (two entries are left: the first deletion happened)
  assert.deepEqual(countOf(r, 8, 'n'), 'immortal');
});

test('iterating a copy of the keys, or replacing values, does not raise', async () => {
  const src = [
    'd = {"a": [1], "b": [2]}',                    // 1
    'for k in list(d):',                           // 2
    '    del d[k]',                                // 3
    'e = {"a": [1], "b": [2]}',                    // 4
    'for k in e:',                                 // 5
    '    e[k] = [0]',                              // 6
    'done = [d, e]',                               // 7
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.deepEqual(countOf(r, 7, 'done'), [1, 1]);
});

test('a set that grows and a deque appended to raise; a list iterated while appended to goes on', async () => {
  const src = [
    's = {1}',                                     // 1
    'try:',                                        // 2
    '    for x in s:',                             // 3
    '        s.add(x + 1)',                        // 4
    '    grew = 0',                                // 5
    'except RuntimeError:',                        // 6
    '    grew = [s]',                              // 7
    'from collections import deque',               // 8
    'q = deque([1, 2])',                           // 9
    'try:',                                        // 10
    '    for x in q:',                             // 11
    '        q.append(3)',                         // 12
    'except RuntimeError:',                        // 13
    '    bad = [q]',                               // 14
    'w = [1]',                                     // 15
    'for x in w:',                                 // 16
    '    if x < 3:',                               // 17
    '        w.append(x + 1)',                     // 18
    'total = sum(w)',                              // 19
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.equal(countOf(r, 5, 'grew'), undefined);
  assert.deepEqual(countOf(r, 7, 'grew'), [1, 1]);
  assert.deepEqual(countOf(r, 14, 'bad'), [1, 1]);
  // (1 + 2 + 3: the loop ran over what it appended)
  assert.deepEqual(countOf(r, 19, 'total'), 'immortal');
});

test('a change the model cannot see leaves the error and the normal end both possible', async () => {
  const src = [
    'import random',                               // 1
    'd = {"a": [1], "b": [2], "c": [3]}',          // 2
    'try:',                                        // 3
    '    for k in d:',                             // 4
    '        if random.random() < 0.5:',           // 5
    '            d.pop(k)',                        // 6
    '    ok = [d]',                                // 7
    'except RuntimeError:',                        // 8
    '    bad = [d]',                               // 9
    'x = 1',                                       // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.notEqual(countOf(r, 7, 'ok'), undefined);
  assert.notEqual(countOf(r, 9, 'bad'), undefined);
});

test('a dict of unknown content that the loop reaches may raise: the handler is followed too', async () => {
  const src = [
    'import sys',                                  // 1
    'd = {a: [a] for a in sys.argv}',              // 2
    'x = [1]',                                     // 3
    'try:',                                        // 4
    '    for k in d:',                             // 5
    '        del d[k]',                            // 6
    'except RuntimeError:',                        // 7
    '    keep = [x]',                              // 8
    'y = [x]',                                     // 9
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.notEqual(countOf(r, 8, 'keep'), undefined);
  // (2 when the handler ran, 1 when the dict was empty)
  const c = countOf(r, 9, 'x');
  assert.ok(Array.isArray(c) && c[0] <= 2 && (c[1] === null || c[1] >= 3));
});

test('a comprehension draining the dict it iterates raises; over unknown content it may', async () => {
  const src = [
    'import sys',                                  // 1
    'd = {"a": [1], "b": [2]}',                    // 2
    'x = [0]',                                     // 3
    'try:',                                        // 4
    '    gone = [d.pop(k) for k in d]',            // 5
    'except RuntimeError:',                        // 6
    '    keep = [x]',                              // 7
    'u = {a: [a] for a in sys.argv}',              // 8
    'try:',                                        // 9
    '    out = [u.pop(k) for k in u]',             // 10
    'except RuntimeError:',                        // 11
    '    keep2 = [x]',                             // 12
    'y = [x]',                                     // 13
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.equal(countOf(r, 5, 'gone'), undefined);
  assert.deepEqual(countOf(r, 7, 'x'), [2, 2]);
  assert.notEqual(countOf(r, 12, 'keep2'), undefined);
  assert.notEqual(countOf(r, 10, 'out'), undefined);
});

test('an attribute added while a loop walks vars() of an instance or a class raises at the next step', async () => {
  const src = [
    'class P:',                                    // 1
    '    pass',                                    // 2
    'p = P()',                                     // 3
    'p.a = [1]',                                   // 4
    'p.b = [2]',                                   // 5
    'extra = [3]',                                 // 6
    'try:',                                        // 7
    '    for k in vars(p):',                       // 8
    '        setattr(p, "x" + k, extra)',          // 9
    'except RuntimeError as e:',                   // 10
    '    caught = e',                              // 11
    'one = [extra]',                               // 12
    'class C:',                                    // 13
    '    x = [5]',                                 // 14
    'late = [6]',                                  // 15
    'seen = []',                                   // 16
    'try:',                                        // 17
    '    for k, v in vars(C).items():',            // 18
    '        seen.append(v)',                      // 19
    '        if k == "x":',                        // 20
    '            C.z = late',                      // 21
    'except RuntimeError as e:',                   // 22
    '    caught = e',                              // 23
    'two = [late]',                                // 24
    'for k, v in vars(p).items():',                // 25
    '    if k == "a":',                            // 26
    '        p.b = late',                          // 27
    '    if k == "b": break',                      // 28
    'three = [late]',                              // 29
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  // (one attribute was set before the second step raised: extra, p.xa, the list)
  assert.deepEqual(countOf(r, 12, 'extra'), [3, 3]);
  // (late, C.z, the list; the items tuple and `v` let go of the class's entries, not of late)
  assert.deepEqual(countOf(r, 24, 'late'), [3, 3]);
  // (replacing a value keeps the dict's size: no error, the walk goes on and hands out late as
  // p.b's new value: late, C.z, two, p.b, v, three; measured 6 on 3.12.1)
  assert.deepEqual(countOf(r, 29, 'late'), [6, 6]);
});
