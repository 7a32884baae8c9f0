// The one table of exact types' attribute names (builtinTypeAttrs.ts), measured with dir() on
// CPython 3.11.7 / 3.12.1 / 3.13.0: rows derived from others (OrderedDict = dict's names plus
// __dict__ and move_to_end), version rules (`name>=13`), the own-__dict__ rule, and the objects
// whose type the model knows exactly (generators, iterators, re.Match, StringIO).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { builtinTypeHas } from '../../src/analysis/interp/builtinTypeAttrs';
import { analyze, countOf } from '../helpers/engine';

test('OrderedDict has every dict name and its own; a name neither has is missing', () => {
  for (const name of ['keys', 'setdefault', '__or__', 'move_to_end', '__dict__']) assert.equal(builtinTypeHas('OrderedDict', name), true, name);
  assert.equal(builtinTypeHas('OrderedDict', 'frozen'), false);
  assert.equal(builtinTypeHas('dict', 'move_to_end'), false);
  assert.equal(builtinTypeHas('OrderedDict', '__hash__'), 'none');
  assert.equal(builtinTypeHas('deque', '__hash__'), 'none');
});

test('names that exist from one version on follow a version rule', () => {
  // (generator.__class_getitem__ and Counter.__firstlineno__ are new in 3.13; int.is_integer in 3.12)
  assert.equal(builtinTypeHas('generator', '__class_getitem__', 12), false);
  assert.equal(builtinTypeHas('generator', '__class_getitem__', 13), true);
  assert.equal(builtinTypeHas('Counter', '__firstlineno__', 12), false);
  assert.equal(builtinTypeHas('Counter', '__firstlineno__', 13), true);
  assert.equal(builtinTypeHas('int', 'is_integer', 11), false);
  assert.equal(builtinTypeHas('int', 'is_integer', 12), true);
  // (without a version: not decided)
  assert.equal(builtinTypeHas('int', 'is_integer'), undefined);
});

test('iterators, generators, Match and StringIO rows', () => {
  assert.equal(builtinTypeHas('sized_iterator', '__length_hint__'), true);
  assert.equal(builtinTypeHas('map', '__length_hint__'), false);
  assert.equal(builtinTypeHas('generator', 'gi_frame'), true);
  assert.equal(builtinTypeHas('coroutine', 'gi_frame'), false);
  assert.equal(builtinTypeHas('re.Match', 'groupdict'), true);
  assert.equal(builtinTypeHas('_io.StringIO', 'getbuffer'), false);
  assert.equal(builtinTypeHas('_io.BytesIO', 'getbuffer'), true);
});

test('getattr with a default on a generator takes the default for a name it lacks (no bound method keeps it)', async () => {
  const src = [
    'def gen(xs):',                                  // 1
    '    yield from xs',                             // 2
    'xs = [1]',                                      // 3
    'g = gen(xs)',                                   // 4
    'p = getattr(g, "peek", None)',                  // 5
    'h = hasattr(iter(xs), "__len__")',              // 6
    'done = g',                                      // 7
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 7, 'g'), [2, 2]);
});

test('a StringIO the program stored an attribute on: the name is no longer decided missing', async () => {
  const src = [
    'import io',                                     // 1
    'tag = ["t"]',                                   // 2
    's = io.StringIO()',                             // 3
    's.tag = tag',                                   // 4
    'v = getattr(s, "tag", None)',                   // 5
    'w = getattr(s, "other", tag)',                  // 6
    'done = s',                                      // 7
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  const c = countOf(r, 7, 'tag');
  // (its count opens: the stored value escaped; never a decided too-low number)
  assert.ok(Array.isArray(c) && (c[1] === null || c[1] >= 3), JSON.stringify(c));
});

test('a store on an object without a __dict__: a name its type lacks keeps the object in the 3.13 error, a read-only one does not', async () => {
  const src = [
    'from collections import deque',                 // 1
    'q = deque(maxlen=2)',                           // 2
    'try:',                                          // 3
    '    q.label = "x"',                             // 4
    'except AttributeError as e:',                   // 5
    '    a = q',                                     // 6
    'try:',                                          // 7
    '    q.maxlen = 4',                              // 8
    'except AttributeError as e:',                   // 9
    '    b = q',                                     // 10
  ].join('\n');
  const r13 = await analyze(src, { python: '3.13' });
  // (q, a, and the first error's obj)
  assert.deepEqual(countOf(r13, 6, 'q'), [3, 3]);
  // (q, a, b: the descriptor's error keeps nothing)
  assert.deepEqual(countOf(r13, 10, 'q'), [3, 3]);
  const r12 = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r12, 6, 'q'), [2, 2]);
});
