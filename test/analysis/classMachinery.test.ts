// Class machinery whose objects live in dicts the program reaches indirectly: an instance's
// __dict__ changed through dict methods (a cached_property reset), a namedtuple subclass's
// inherited __new__, an ABC's __abstractmethods__.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const stops = (r: AnalysisResult): string[] => r.diagnostics.filter((d) => d.code === 'uncaught-exception').map((d) => `${d.line}: ${d.message}`);

test("__dict__.pop of a cached_property's name makes the next read compute anew", async () => {
  const src = [
    'from functools import cached_property',       // 1
    'class R:',                                    // 2
    '    @cached_property',                        // 3
    '    def v(self):',                            // 4
    '        return [1.5]',                        // 5
    'r = R()',                                     // 6
    'a = r.v',                                     // 7
    'r.__dict__.pop("v", None)',                   // 8
    'b = r.v',                                     // 9
    'done = True',                                 // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (the first value lost the dict's reference; the second is a new list held by the dict and b)
  assert.deepEqual(countOf(r, 8, 'a'), [1, 1]);
  assert.deepEqual(countOf(r, 9, 'b'), [2, 2]);
  assert.deepEqual(countOf(r, 9, 'a'), [1, 1]);
});

test('a __dict__ key the model does not know leaves the attributes open, not stale', async () => {
  const src = [
    'import os',                                   // 1
    'class B:',                                    // 2
    '    pass',                                    // 3
    'b = B()',                                     // 4
    'b.x = [2.5]',                                 // 5
    'b.__dict__.pop(os.environ.get("K", "x"))',    // 6
    'y = b.__dict__.get("x")',                     // 7
    'done = True',                                 // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(stops(r), []);
  assert.ok(r.lines.some((l) => l.line === 8), 'the last line runs');
  const y = countOf(r, 7, 'y');
  assert.ok(Array.isArray(y) && y[1] === null, `y: ${JSON.stringify(y)}`);
});

test("a namedtuple subclass's instance holds its items; __abstractmethods__ is a frozenset in the class", async () => {
  const src = [
    'import abc',                                  // 1
    'from collections import namedtuple',          // 2
    'P = namedtuple("P", "a b")',                  // 3
    'class Q(P):',                                 // 4
    '    pass',                                    // 5
    'v = 1.5 * 3',                                 // 6
    'q = Q(v, v)',                                 // 7
    'class S(abc.ABC):',                           // 8
    '    @abc.abstractmethod',                     // 9
    '    def f(self): ...',                        // 10
    'am = S.__abstractmethods__',                  // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // (a folded constant: co_consts, the parser, v, and the tuple's two items)
  assert.deepEqual(countOf(r, 7, 'v'), [5, 5]);
  assert.deepEqual(countOf(r, 11, 'am'), [2, 2]);
});

test('a base with __mro_entries__ is replaced by its answer; __orig_bases__ keeps the bases tuple it was given', async () => {
  const src = ['kept = []', 'class Real:', '    pass', 'class E:', '    def __mro_entries__(self, bases):', '        kept.append(bases)', '        return (Real,)',
    'e = E()', 'class C(e):', '    pass', 'ob = C.__orig_bases__', 'ok = issubclass(C, Real)'].join('\n') + '\n';
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 11, 'ob'), [3, 3]); // kept's item, C's dict, ob
  assert.deepEqual(countOf(r, 12, 'e'), [2, 2]); // e, the tuple
});
