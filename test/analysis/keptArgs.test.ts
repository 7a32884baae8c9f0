// keptArgs.ts: a kept constructor argument holds one reference in the object's attributes until
// it is let go (replaced by a new value, or dropped), which gives that reference back.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Heap } from '../../src/analysis/interp/heap';
import { keepArg, keptArg, letGoArg } from '../../src/analysis/interp/keptArgs';

test('keep takes a reference, let go gives it back (replaced or dropped)', () => {
  const h = new Heap();
  const o = h.alloc('builtin', 'Semaphore', h.site(1, 0, 'Semaphore', 'S()'));
  const v = h.alloc('int', 'int', h.site(2, 0, 'int', '5001'));
  keepArg(h, o, '_value', v);
  keepArg(h, o, '_initial_value', v);
  assert.equal(v.rc, 3);
  assert.equal(keptArg(o, '_value'), v);
  // (stored as an attribute: what the collector and del see)
  assert.equal(o.attrs?.get('_initial_value'), v);
  // (`next` is also held by a name here, so that letting it go does not free it)
  const next = h.alloc('int', 'int', h.site(3, 0, 'int', '5000'));
  letGoArg(h, o, '_value', h.incref(next));
  assert.equal(v.rc, 2);
  assert.equal(keptArg(o, '_value'), next);
  assert.equal(next.rc, 2);
  letGoArg(h, o, '_value');
  assert.equal(keptArg(o, '_value'), undefined);
  assert.equal(next.rc, 1);
  // (letting go of a name never kept changes nothing)
  letGoArg(h, o, '_maxsize');
  assert.equal(v.rc, 2);
});
