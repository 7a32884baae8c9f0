// int(text, base)'s parser: the expected values and refusals are CPython 3.12's
// (`int(t, b)` giving the value, or raising ValueError: undefined here).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { intFromText } from '../../src/analysis/interp/intText';

test('intFromText reads the digits, sign, prefix and underscores int() accepts', () => {
  const ok: [string, number, bigint][] = [
    ['12345', 10, 12345n], ['ff', 16, 255n], ['0xff', 0, 255n], ['0XFF', 16, 255n], ['7', 8, 7n],
    ['1_000_000', 0, 1000000n], ['0b_1010', 2, 10n], ['  -zz  ', 36, -1295n], ['0o777', 8, 511n],
    ['00', 0, 0n], ['0_0', 0, 0n], ['+0x_f', 0, 15n], ['0b1', 16, 177n], ['123456789abcdef', 16, 0x123456789abcdefn],
  ];
  for (const [t, b, v] of ok) assert.equal(intFromText(t, b), v, `int(${JSON.stringify(t)}, ${b})`);
});

test('intFromText refuses what int() raises ValueError on', () => {
  const bad: [string, number][] = [['010', 0], ['9', 8], ['1__0', 10], ['_1', 10], ['1_', 10], ['0x', 16], ['', 10], ['-', 10], ['0x_', 0], ['1 2', 10], ['0b2', 0]];
  for (const [t, b] of bad) assert.equal(intFromText(t, b), undefined, `int(${JSON.stringify(t)}, ${b})`);
  assert.equal(intFromText('1'.repeat(4301), 10), undefined, 'past sys.get_int_max_str_digits()');
  assert.equal(intFromText('1'.repeat(5000), 16) !== undefined, true, 'a power-of-two base has no digit limit');
});
