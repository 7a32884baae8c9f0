// One range length for iteration, reversed() and random's population: the
// expected lengths are Python's len(range(...)) (checked with CPython 3.12).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { fitsLongRange, rangeLength, sliceIndices } from '../../src/analysis/interp/rangeValues';

test('rangeLength is len(range(start, stop, step)), empty ranges included', () => {
  const cases: [bigint, bigint, bigint, bigint][] = [
    [0n, 10n, 1n, 10n], [0n, 10n, 3n, 4n], [10n, 0n, -3n, 4n], [5n, 0n, 1n, 0n],
    [0n, 5n, -1n, 0n], [3n, 3n, 2n, 0n], [-7n, 7n, 7n, 2n], [5n, -3n, -2n, 4n],
  ];
  for (const [a, b, c, n] of cases) assert.equal(rangeLength([a, b, c]), n, `len(range(${a}, ${b}, ${c}))`);
  assert.equal(rangeLength([0n, 2n ** 70n, 1n]), 2n ** 70n);
});

test('fitsLongRange: range_iter takes its C long iterator only when the bounds, length and last step fit', () => {
  const max = 2n ** 63n - 1n;
  assert.equal(fitsLongRange([0n, 100n, 1n]), true);
  assert.equal(fitsLongRange([0n, max + 1n, 1n]), false);
  assert.equal(fitsLongRange([-max, max, 1n]), false); // length past a C long
  assert.equal(fitsLongRange([0n, max, 2n]), false); // stop + step - 1 overflows
  assert.equal(fitsLongRange([5n, 0n, 1n]), true); // empty: nothing to step past
});

test('sliceIndices is slice(a, b, c).indices(n) (values from CPython 3.12)', () => {
  const u = undefined;
  const cases: [(bigint | undefined)[], bigint, [bigint, bigint, bigint]][] = [
    [[u, u, u], 10n, [0n, 10n, 1n]], [[u, u, -1n], 10n, [9n, -1n, -1n]], [[-3n, u, u], 10n, [7n, 10n, 1n]],
    [[2n, 100n, 3n], 10n, [2n, 10n, 3n]], [[-100n, -20n, u], 10n, [0n, 0n, 1n]], [[u, -100n, -2n], 10n, [9n, -1n, -2n]],
    [[5n, 2n, u], 10n, [5n, 2n, 1n]], [[u, u, u], 0n, [0n, 0n, 1n]],
  ];
  for (const [parts, n, want] of cases) assert.deepEqual(sliceIndices(parts, n), want, `slice(${parts.join(', ')}).indices(${n})`);
  assert.equal(sliceIndices([u, u, 0n], 5n), undefined);
});
