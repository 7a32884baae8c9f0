// Iterating a plain class's namespace (vars(Cls), Cls.__dict__, their views, dict(vars(Cls)))
// follows CPython's key order (classNamespaceIter.ts), measured with list(vars(C)) on 3.11-3.13:
// __module__, [3.13 __firstlineno__], [__doc__], body, [3.13 __static_attributes__], sorted slot
// descriptors, __dict__, __weakref__, [__doc__ = None], then names set later. A key picks an object
// from a table here, so a wrong order shows as a wrong count.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const picks = [
  'xs = [0]',                                                   // 1
  'ys = [0]',                                                   // 2
  'zs = [0]',                                                   // 3
];

test('the body names follow __module__ (and 3.13\'s __firstlineno__, then the docstring)', async () => {
  const src = [...picks,
    'class C:',                                                 // 4
    '    """doc"""',                                            // 5
    '    data = [1]',                                           // 6
    '    def run(self):',                                       // 7
    '        self.x = 1',                                       // 8
    'keys = list(vars(C))',                                     // 9
    'table = {"data": xs, "__doc__": ys, "__firstlineno__": zs}', // 10
    'a = table[keys[2]]',                                       // 11
    'done = 1',                                                 // 12
  ].join('\n');
  // 3.12: __module__, __doc__, data …; 3.13: __module__, __firstlineno__, __doc__ …
  const r12 = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r12, 12, 'xs'), [3, 3]);
  assert.deepEqual(countOf(r12, 12, 'ys'), [2, 2]);
  const r13 = await analyze(src, { python: '3.13' });
  assert.deepEqual(countOf(r13, 12, 'ys'), [3, 3]);
  assert.deepEqual(countOf(r13, 12, 'xs'), [2, 2]);
});

test('slot descriptors come sorted after the body, __doc__ = None last when the body has none', async () => {
  const src = [...picks,
    'class P:',                                                 // 4
    '    __slots__ = ("b", "alpha")',                           // 5
    'keys = list(vars(P))',                                     // 6
    'table = {"alpha": xs, "b": ys, "__doc__": zs}',            // 7
    'first = table[keys[2]]',                                   // 8
    'last = table[keys[-1]]',                                   // 9
    'done = 1',                                                 // 10
  ].join('\n');
  // 3.11 / 3.12: __module__, __slots__, alpha, b, __doc__
  const r = await analyze(src, { python: '3.11' });
  assert.deepEqual(countOf(r, 10, 'xs'), [3, 3]);
  assert.deepEqual(countOf(r, 10, 'ys'), [2, 2]);
  assert.deepEqual(countOf(r, 10, 'zs'), [3, 3]);
});

test('a name set on the class later comes after __doc__; a later __doc__ keeps its place', async () => {
  const src = [...picks,
    'class C:',                                                 // 4
    '    limit = 3',                                            // 5
    'C.extra = xs',                                             // 6
    'C.__doc__ = "set later"',                                  // 7
    'values = list(vars(C).values())',                          // 8
    'done = 1',                                                 // 9
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // xs: its name, C's dict, the values list
  assert.deepEqual(countOf(r, 9, 'xs'), [3, 3]);
  const r2 = await analyze(src.replace('values = list(vars(C).values())', 'last = list(vars(C).values())[-1]'), { python: '3.12' });
  assert.deepEqual(countOf(r2, 9, 'xs'), [3, 3]);
});

test('dict(vars(C)) copies the namespace: the class freed later is found by the collector exactly', async () => {
  const src = [
    'import gc',                                                // 1
    'class Plugin:',                                            // 2
    '    """Base."""',                                          // 3
    '    def run(self):',                                       // 4
    '        return 1',                                         // 5
    'snapshot = dict(vars(Plugin))',                            // 6
    'del snapshot, Plugin',                                     // 7
    'n = gc.collect()',                                         // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  const call = r.calls.find((c) => c.line === 8);
  assert.ok(call, JSON.stringify(r.calls));
  assert.deepEqual(call!.returns, [7, 7]);
});

test('a loop widened by an unknown branch: the items it did not reach may be held by the loop name', async () => {
  const src = [
    'import os',                                                // 1
    'extra = [1, 2]',                                           // 2
    'other = [3]',                                              // 3
    'u = os.environ.get("HOME")',                               // 4
    'items = [other, u, other, extra]',                         // 5
    'n = 0',                                                    // 6
    'for v in items:',                                          // 7
    '    if v:',                                                // 8
    '        n += 1',                                           // 9
    'done = 1',                                                 // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // CPython: extra, items[3] and v (the last round's item): 3
  const c = countOf(r, 10, 'extra') as [number, number | null];
  assert.ok(c[0] <= 3 && (c[1] === null || c[1] >= 3), JSON.stringify(c));
});
