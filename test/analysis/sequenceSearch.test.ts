// A list / tuple / deque searched by equality compares each item on every search
// (sequenceSearch.ts), and the truth of what a comparison returned is read with the answer's own
// __bool__ (Interpreter.truthOf).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const EQ_COUNTS = [
  'kept = []',                                     // 1
  'class Eq:',                                     // 2
  '    def __eq__(self, other):',                  // 3
  '        kept.append(other)',                    // 4
  '        return False',                          // 5
  '    __hash__ = object.__hash__',                // 6
  'probe = object()',                              // 7
  'lst = [Eq(), Eq()]',                            // 8
  'a = probe in lst',                              // 9
  'b = probe in lst',                              // 10
  'c = lst.count(probe)',                          // 11
  'done = probe',                                  // 12
].join('\n');

test('each search runs __eq__ once per item, every time', async () => {
  const r = await analyze(EQ_COUNTS, { python: '3.12' });
  // probe, done and one list item per comparison: 2 + 2 + 2 searches of 2 items
  assert.deepEqual(countOf(r, 12, 'probe'), [8, 8]);
});

const FIRST_EQUAL_STOPS = [
  'kept = []',                                     // 1
  'class Eq:',                                     // 2
  '    def __eq__(self, other):',                  // 3
  '        kept.append(other)',                    // 4
  '        return True',                           // 5
  '    __hash__ = object.__hash__',                // 6
  'probe = object()',                              // 7
  'lst = [Eq(), Eq(), Eq()]',                      // 8
  'i = lst.index(probe)',                          // 9
  'lst.remove(probe)',                             // 10
  'n = len(lst)',                                  // 11
  'done = probe',                                  // 12
].join('\n');

test('index and remove stop at the first equal item', async () => {
  const r = await analyze(FIRST_EQUAL_STOPS, { python: '3.12' });
  // probe, done, and kept once for index, once for remove
  assert.deepEqual(countOf(r, 12, 'probe'), [4, 4]);
  assert.deepEqual(countOf(r, 12, 'lst'), [1, 1]);
});

const ANSWER_TRUTH = [
  'kept = []',                                     // 1
  'class Answer:',                                 // 2
  '    def __bool__(self):',                       // 3
  '        kept.append(self)',                     // 4
  '        return False',                          // 5
  'no = Answer()',                                 // 6
  'class Lt:',                                     // 7
  '    def __lt__(self, other):',                  // 8
  '        return no',                             // 9
  'a, b, c = Lt(), Lt(), Lt()',                    // 10
  'x = a < b < c',                                 // 11
  'y = a < b',                                     // 12
  'done = no',                                     // 13
].join('\n');

test('a chained comparison tests the truth of each link but the last', async () => {
  const r = await analyze(ANSWER_TRUTH, { python: '3.12' });
  // no, x, y, done, and kept once: the chain's first link was tested, `a < b` alone never is
  assert.deepEqual(countOf(r, 13, 'no'), [5, 5]);
});
