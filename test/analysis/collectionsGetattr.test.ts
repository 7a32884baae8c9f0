// getattr / hasattr on OrderedDict, defaultdict, deque and Counter answer from their types' names
// (builtinTypeAttrs.ts): a name the type lacks is an AttributeError, so the default is taken and
// no bound method keeps the container. It used to take any name for a method (unsound counts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('getattr with a default on collections containers takes the default for a missing name', async () => {
  const src = [
    'from collections import Counter, OrderedDict, defaultdict, deque',   // 1
    'od = OrderedDict(a=1)',                                               // 2
    'dd = defaultdict(list)',                                              // 3
    'dq = deque([1])',                                                     // 4
    'ct = Counter("ab")',                                                  // 5
    'xs = [getattr(o, "frozen", None) for o in (od, dd, dq, ct)]',         // 6
    'm = getattr(od, "move_to_end")',                                      // 7
    'done = dq',                                                           // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 8, 'dq'), [2, 2]);
  // a name the type has is a bound method holding the dict
  assert.deepEqual(countOf(r, 8, 'od'), [2, 2]);
});

test('after a store into an OrderedDict\'s own __dict__, a missing name is no longer decided', async () => {
  const src = [
    'from collections import OrderedDict',   // 1
    'od = OrderedDict()',                    // 2
    'od.tag = [1]',                          // 3
    'v = getattr(od, "tag", None)',          // 4
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.notEqual(countOf(r, 4, 'v'), 'immortal');
});
