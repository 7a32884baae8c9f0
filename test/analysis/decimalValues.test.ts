// Decimal values made without a context: the texts str() gives and the ratios compared and
// hashed, as CPython 3.11-3.13 print them (`str(Decimal('-0.00E-3'))` is '-0.00000').
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { decimalConstruct, decimalRatio, decimalText } from '../../src/analysis/interp/decimalValues';

const text = (x: bigint | number | string): string | undefined => {
  const d = decimalConstruct([x]);
  return d && decimalText(d);
};

test('Decimal(...) keeps its digits and exponent; str() as the specification writes it', () => {
  assert.equal(text('-0'), '-0');
  assert.equal(text('1E+2'), '1E+2');
  assert.equal(text('0.0000001'), '1E-7');
  assert.equal(text('123.4500'), '123.4500');
  assert.equal(text('  1_000.5 '), '1000.5');
  assert.equal(text(-5n), '-5');
  assert.equal(text('-0.00E-3'), '-0.00000');
  assert.equal(text('12e-9'), '1.2E-8');
  assert.equal(text('1.2e5'), '1.2E+5');
  assert.equal(text(0.1)?.slice(0, 30), '0.1000000000000000055511151231');
  // (NaN, Infinity and bad texts are not made here)
  assert.equal(text('NaN'), undefined);
  assert.equal(text('1.2.3'), undefined);
});

test('a Decimal\'s ratio is in lowest terms, shared with the equal int or float', () => {
  assert.deepEqual(decimalRatio(decimalConstruct(['42.000'])!), [42n, 1n]);
  assert.deepEqual(decimalRatio(decimalConstruct(['-0.50'])!), [-1n, 2n]);
});
