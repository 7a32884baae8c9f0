// The random model must draw exactly what CPython's random module draws after
// random.seed(n): the expected values below were printed by CPython 3.12
// (`random.seed(2024); [random.getrandbits(32) for _ in range(3)]` and so on).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MersenneTwister } from '../../src/analysis/interp/randomModule';

test('MT19937 seeded from an int gives CPython\'s words', () => {
  const mt = new MersenneTwister(2024n);
  assert.deepEqual([mt.getrandbits(32), mt.getrandbits(32), mt.getrandbits(32)], [2019024262n, 780421486n, 3127871324n]);
  // A seed wider than one word, and a negative one (its absolute value is used).
  assert.equal(new MersenneTwister(2n ** 70n + 5n).getrandbits(32), 2004888747n);
});

test('random(), randbelow and getrandbits past 32 bits follow random.py', () => {
  const mt = new MersenneTwister(0n);
  assert.equal(mt.random(), 0.8444218515250481);
  assert.equal(1n + mt.randbelow(100n), 98n); // randint(1, 100)
  assert.equal(mt.getrandbits(70), 44651664552134903426n);
});

test('shuffle\'s draws: reversed(range(1, n)), j = randbelow(i + 1)', () => {
  const mt = new MersenneTwister(-12345n);
  const l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = l.length - 1; i >= 1; i--) {
    const j = Number(mt.randbelow(BigInt(i + 1)));
    [l[i], l[j]] = [l[j], l[i]];
  }
  assert.deepEqual(l, [8, 7, 3, 5, 1, 2, 9, 4, 0, 6]);
});
