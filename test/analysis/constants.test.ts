// Constant folding follows CPython's AST optimizer, including its size limits.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { constKey, foldBinary, foldUnary } from '../../src/analysis/ir/constants';

test('folds arithmetic on constants', () => {
  assert.deepEqual(foldBinary('**', { t: 'int', v: 10n }, { t: 'int', v: 6n }), { t: 'int', v: 1000000n });
  assert.deepEqual(foldBinary('*', { t: 'float', v: 0.5 }, { t: 'int', v: 3n }), { t: 'float', v: 1.5 });
  assert.deepEqual(foldUnary('-', { t: 'int', v: 98765n }), { t: 'int', v: -98765n });
});

test('respects the 128-bit limit on folded ints', () => {
  assert.ok(foldBinary('**', { t: 'int', v: 10n }, { t: 'int', v: 30n }));
  assert.equal(foldBinary('**', { t: 'int', v: 10n }, { t: 'int', v: 60n }), undefined);
});

test('equal constants share one key, different types do not', () => {
  assert.equal(constKey({ t: 'float', v: 1.5 }), constKey({ t: 'float', v: 1.5 }));
  assert.notEqual(constKey({ t: 'int', v: 1n }), constKey({ t: 'float', v: 1 }));
  assert.equal(constKey({ t: 'tuple', v: [{ t: 'float', v: 1.5 }] }), 'tuple:(float:1.5)');
});
