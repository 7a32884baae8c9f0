// Constant folding follows CPython's AST optimizer, including its size limits.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { constKey, constTruth, foldBinary, foldGivesOperand, foldSubscript, foldUnary } from '../../src/analysis/ir/constants';

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

test('folds that give an operand back, subscripts and `not` of constants fold as ast_opt.c does', () => {
  const s = { t: 'str' as const, v: 'two words' };
  const one = { t: 'int' as const, v: 1n };
  const empty = { t: 'bytes' as const, v: '' };
  assert.equal(foldGivesOperand('*', s, one), 'left');
  assert.equal(foldGivesOperand('*', one, s), 'right');
  assert.equal(foldGivesOperand('*', s, { t: 'int', v: 2n }), undefined);
  assert.equal(foldGivesOperand('+', { t: 'bytes', v: 'x' }, empty), 'left');
  assert.equal(foldGivesOperand('+', empty, empty), undefined);
  const tup = { t: 'tuple' as const, v: [s, { t: 'float' as const, v: 3.5 }] };
  assert.deepEqual(foldSubscript(tup, { t: 'int', v: -1n }), { value: { t: 'float', v: 3.5 }, origin: 'item' });
  assert.equal(foldSubscript(tup, { t: 'int', v: 2n }), undefined);
  assert.deepEqual(foldSubscript({ t: 'bytes', v: 'AB' }, { t: 'int', v: 1n }), { value: { t: 'int', v: 66n }, origin: 'folded' });
  assert.equal(constTruth({ t: 'float', v: 0 }), false);
  assert.equal(constTruth({ t: 'tuple', v: [] }), false);
  assert.equal(constTruth({ t: 'complex', re: 0, v: 2 }), true);
});
