// Decimal arithmetic under a context, as CPython 3.11-3.13's _decimal prints the results (the
// expected texts were measured there): exponents kept per operation, rounding modes, signs of zero,
// and the conditions CPython signals (division by zero, // too long) left unknown.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { decimalBinop, decimalQuantize, decimalRoundInt, decimalUnary } from '../../src/analysis/interp/decimalArith';
import { decimalConstruct, decimalText } from '../../src/analysis/interp/decimalValues';

const D = (s: string) => decimalConstruct([s])!;
const DEFAULT = { prec: 28, rounding: 'ROUND_HALF_EVEN' };
const op = (o: string, x: string, y: string, ctx = DEFAULT): string | undefined => {
  const r = decimalBinop(o, D(x), D(y), ctx);
  return r && decimalText(r);
};

test('+ - * keep the exponents the specification gives and round to the precision', () => {
  assert.equal(op('+', '1.10', '2.205'), '3.305');
  assert.equal(op('-', '0.30', '0.1'), '0.20');
  assert.equal(op('*', '4.995', '3'), '14.985');
  assert.equal(op('+', '123456789012345678901234567890', '1'), '1.234567890123456789012345679E+29');
  assert.equal(op('+', '-0', '-0.00'), '-0.00');
  assert.equal(op('-', '1', '1'), '0');
  assert.equal(op('-', '1', '1', { prec: 3, rounding: 'ROUND_FLOOR' }), '-0');
  assert.equal(op('+', '9.999', '0.0001', { prec: 4, rounding: 'ROUND_HALF_UP' }), '9.999');
  assert.equal(op('+', '9.9994', '0.0001', { prec: 4, rounding: 'ROUND_HALF_UP' }), '10.00');
  assert.equal(op('*', '9.999', '9.999', { prec: 5, rounding: 'ROUND_05UP' }), '99.981');
});

test('/ is exact at the ideal exponent when it can be, else rounded; // and % truncate', () => {
  assert.equal(op('/', '1', '3'), '0.3333333333333333333333333333');
  assert.equal(op('/', '10', '0.5'), '2E+1');
  assert.equal(op('/', '1.00', '4'), '0.25');
  assert.equal(op('/', '1', '8'), '0.125');
  assert.equal(op('/', '2', '3', { prec: 4, rounding: 'ROUND_HALF_UP' }), '0.6667');
  assert.equal(op('/', '-0', '3'), '-0');
  assert.equal(op('//', '-7', '2'), '-3');
  assert.equal(op('%', '-7', '2'), '-1');
  assert.equal(op('%', '-4', '2'), '-0');
  assert.equal(op('%', '10', '0.3'), '0.1');
});

test('what CPython signals is not computed', () => {
  assert.equal(op('/', '1', '0'), undefined);
  assert.equal(op('/', '0', '0'), undefined);
  assert.equal(op('%', '1', '0'), undefined);
  assert.equal(op('//', '1E+3', '0.0001', { prec: 4, rounding: 'ROUND_HALF_UP' }), undefined);
  assert.equal(op('**', '2', '3'), undefined);
});

test('unary operators, quantize and round()', () => {
  const un = (o: string, x: string, ctx = DEFAULT) => { const r = decimalUnary(o, D(x), ctx); return r && decimalText(r); };
  assert.equal(un('-', '0.00'), '0.00');
  assert.equal(un('-', '0', { prec: 3, rounding: 'ROUND_FLOOR' }), '-0');
  assert.equal(un('+', '-0'), '0');
  assert.equal(un('abs', '-2.5'), '2.5');
  assert.equal(un('+', '9.999', { prec: 3, rounding: 'ROUND_HALF_UP' }), '10.0');
  const q = (x: string, e: string, r?: string, ctx = DEFAULT) => { const v = decimalQuantize(D(x), D(e), ctx, r); return v && decimalText(v); };
  assert.equal(q('2.675', '0.01'), '2.68');
  assert.equal(q('2.665', '0.01'), '2.66');
  assert.equal(q('14.985', '0.01', 'ROUND_HALF_UP'), '14.99');
  assert.equal(q('-0.001', '0.01'), '-0.00');
  assert.equal(q('1E+3', '0.00001', undefined, { prec: 4, rounding: 'ROUND_HALF_UP' }), undefined);
  assert.equal(decimalRoundInt(D('2.5')), 2n);
  assert.equal(decimalRoundInt(D('-3.5')), -4n);
});
