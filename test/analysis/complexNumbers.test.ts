// Complex numbers: the arithmetic of Objects/complexobject.c on [real, imag] pairs (values checked
// against CPython 3.11-3.13 by hand: `(1+2j)/(3+4j)`, `2j**2`, `0j**-1`), the constant keys that
// keep folded constants apart, and the counts the engine gives complex results.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { complexRepr, cPow, cQuot, encodeComplex } from '../../src/analysis/ir/complexMath';
import { constKey, foldBinary, foldUnary } from '../../src/analysis/ir/constants';
import { analyze, countOf } from '../helpers/engine';

test('complex arithmetic follows complexobject.c', () => {
  // (1+2j)/(3+4j) == (0.44+0.08j) in CPython: Smith's method, the larger divisor part first
  assert.deepEqual(cQuot([1, 2], [3, 4]), [0.44, 0.08]);
  assert.equal(cQuot([1, 0], [0, 0]), 'ZeroDivisionError');
  // a small integer power is repeated products: 2j**2 == (-4+0j), exactly
  assert.deepEqual(cPow([0, 2], [2, 0]), [-4, 0]);
  assert.equal(cPow([0, 0], [-1, 0]), 'ZeroDivisionError');
  assert.equal(cPow([1e200, 0], [2, 0]), 'OverflowError');
  assert.equal(complexRepr([0, 4]), '4j');
  assert.equal(complexRepr([3, -4]), '(3-4j)');
  assert.equal(complexRepr([-0, -4]), '(-0-4j)');
  assert.equal(encodeComplex([-0, 1]), '-0,1');
});

test('folded complex constants keep their real part and the sign of a zero', () => {
  const four = { t: 'complex' as const, re: 0, v: 4 };
  const three = { t: 'int' as const, v: 3n };
  assert.deepEqual(foldBinary('+', three, four), { t: 'complex', re: 3, v: 4 });
  // -4j is (-0-4j); 0 - 4j is (0-4j): two constants
  const neg = foldUnary('-', four)!;
  const diff = foldBinary('-', { t: 'int', v: 0n }, four)!;
  assert.notEqual(constKey(neg), constKey(diff));
  // (an operation complex refuses is left to run)
  assert.equal(foldBinary('//', four, three), undefined);
  assert.equal(foldBinary('/', four, { t: 'int', v: 0n }), undefined);
});

test('complex results are new objects; +c and complex(c) give c itself', async () => {
  const src = [
    'z = 3 + 4j',                 // 1
    'p = z * z',                  // 2
    'same = +z',                  // 3
    'copy = complex(z)',          // 4
    'made = complex(1, 2)',       // 5
    're = z.real',                // 6
    'd = {1 + 0j: "a"}',          // 7
    'x = d[1]',                   // 8
    'r = (-8) ** 0.5',            // 9
    'base = -8',                  // 10
    'r2 = base ** 0.5',           // 11
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 2, 'p'), [1, 1], python);
    // (co_consts, the parser's arena, z, same, copy: oracle truth 5 on 3.11-3.13)
    assert.deepEqual(countOf(r, 4, 'z'), [5, 5], python);
    assert.deepEqual(countOf(r, 5, 'made'), [1, 1], python);
    assert.deepEqual(countOf(r, 6, 're'), [1, 1], python);
    // (1+0j is equal to 1 and hashes as 1: the lookup finds the entry)
    assert.ok(countOf(r, 8, 'x'), python);
    // (a negative base to a fractional power is complex's power: folded, a constant (co_consts,
    // the parser's arena, r); computed at run time, a new complex)
    assert.deepEqual(countOf(r, 9, 'r'), [3, 3], python);
    assert.deepEqual(countOf(r, 11, 'r2'), [1, 1], python);
  }
});
