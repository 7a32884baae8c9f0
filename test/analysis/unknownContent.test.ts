// Containers filled from what the analysis does not follow have unknown
// content but a known count: a lookup that misses in the model must not stop
// the program (an uncaught KeyError / IndexError / StopIteration the real run
// never raises), and the container's own count stays exact until something
// unknown gets hold of it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const stops = (r: AnalysisResult): string[] => r.diagnostics.filter((d) => d.code === 'uncaught-exception').map((d) => `${d.line}: ${d.message}`);

test('a lookup in a container built from an unknown iterable does not raise', async () => {
  const src = [
    'import os',                                    // 1
    'found = os.environ.get("X", "one two").split()', // 2 (content the analysis cannot know)
    's = set(found)',                               // 3
    's.remove("two")',                              // 4
    'd = dict((w, len(w)) for w in found)',         // 5
    'n = d["one"]',                                 // 6
    'lst = [*found]',                               // 7
    'lst.remove("one")',                            // 8
    'x = lst.pop()',                                // 9
    'y = lst.pop()',                                // 10
    'it = iter(lst)',                               // 11
    'a = next(it)',                                 // 12
    'b = next(it)',                                 // 13
    'done = True',                                  // 14
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.ok(r.lines.some((l) => l.line === 14), 'the last line runs');
  // Their own counts are still exact: nothing unknown holds them.
  assert.deepEqual(countOf(r, 4, 's'), [1, 1]);
  assert.deepEqual(countOf(r, 6, 'd'), [1, 1]);
  assert.deepEqual(countOf(r, 10, 'lst'), [1, 1]);
  // The iterator holds lst; whether the real one let go of it at its end is unknown.
  assert.deepEqual(countOf(r, 11, 'lst'), [2, 2]);
  const after = countOf(r, 13, 'lst');
  assert.ok(Array.isArray(after) && after[0] <= 1 && after[1] === null, `lst after two next(): ${JSON.stringify(after)}`);
});

test('OrderedDict and defaultdict take pairs and keywords', async () => {
  const src = [
    'import collections',                                       // 1
    'od = collections.OrderedDict([("a", [1]), ("b", [2])])',   // 2
    'first = od["a"]',                                          // 3
    'od.move_to_end("a")',                                      // 4
    'kw = collections.OrderedDict(x=[1], y=[2])',               // 5
    'y = kw["y"]',                                              // 6
    'dd = collections.defaultdict(list, [("k", [3])])',         // 7
    'z = dd["k"]',                                              // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  // Each list is held by its dict and by the name it was read into: exactly 2.
  assert.deepEqual(countOf(r, 3, 'first'), [2, 2]);
  assert.deepEqual(countOf(r, 6, 'y'), [2, 2]);
  assert.deepEqual(countOf(r, 8, 'z'), [2, 2]);
});

test('a dict built from a known mapping keeps exact content (a miss is a KeyError)', async () => {
  const r = await analyze('d = dict({"a": 1})\nv = d["b"]\nafter = 1', { python: '3.12' });
  assert.equal(stops(r).length, 1);
  assert.match(stops(r)[0], /^2: .*KeyError/);
});
