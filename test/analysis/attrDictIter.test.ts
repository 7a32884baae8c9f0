// Iterating an instance's __dict__ (vars(obj), obj.__dict__ and its views) walks the attributes
// in insertion order (attrDictIter.ts). The model used to find no entries: `list(vars(p))` was
// empty and indexing it a false IndexError that ended the program.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const point = [
  'class P:',                                      // 1
  '    def __init__(self, a, b):',                 // 2
  '        self.a = a',                            // 3
  '        self.b = b',                            // 4
  'xs = [1]',                                      // 5
  'ys = [2]',                                      // 6
  'p = P(xs, ys)',                                 // 7
];

test('list(vars(p)) has the attribute names; indexing it does not raise', async () => {
  const src = [...point,
    'names = list(vars(p))',                       // 8
    'last = names[-1]',                            // 9
    'done = xs',                                   // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 10, 'xs'), [3, 3]);
  assert.ok(!r.diagnostics.some((d) => d.code === 'uncaught-exception'), JSON.stringify(r.diagnostics));
});

test('values() and items() of obj.__dict__ hand out the attribute objects, keeping the counts exact', async () => {
  const src = [...point,
    'vals = list(p.__dict__.values())',            // 8
    'pairs = list(vars(p).items())',               // 9
    'copy = {k: v for k, v in p.__dict__.items()}', // 10
    'done = xs',                                   // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // p.a, xs, done, vals[0], pairs[0][1], copy['a']
  assert.deepEqual(countOf(r, 11, 'xs'), [6, 6]);
});

test('a deleted and re-set attribute is iterated last', async () => {
  const src = [...point,
    'del p.a',                                     // 8
    'p.a = xs',                                    // 9
    'last = list(p.__dict__.values())[-1]',        // 10
    'del xs',                                      // 11
    'done = last',                                 // 12
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // last is the list [1]: p.a, last, done
  assert.deepEqual(countOf(r, 12, 'last'), [3, 3]);
});

test('a decorated class\'s namespace is iterated as unknown items: what is stored from it has an open count', async () => {
  const src = [
    'def deco(c): return c',                       // 1
    '@deco',                                       // 2
    'class C:',                                    // 3
    '    def run(self): pass',                     // 4
    'table = {}',                                  // 5
    'for k, v in vars(C).items():',                // 6
    '    table[k] = v',                            // 7
    'f = C.run',                                   // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  const c = countOf(r, 8, 'f');
  assert.ok(Array.isArray(c), String(c));
  const [lo, hi] = c as [number, number | null];
  assert.ok(lo >= 1 && lo <= 2, String(lo));
  assert.equal(hi, null);
});

test('f(**vars(p)) passes each attribute as a keyword', async () => {
  const src = [...point,
    'q = P(**vars(p))',                            // 8
    'done = xs',                                   // 9
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // p.a, q.a, xs, done
  assert.deepEqual(countOf(r, 9, 'xs'), [4, 4]);
});
