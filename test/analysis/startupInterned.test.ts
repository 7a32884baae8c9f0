// Texts a script finds interned at startup differ per version (startupInterned.ts, measured by
// scripts/genStartupInterned.py): sys.intern / attrgetter / methodcaller leave the argument alone
// only where its text was interned before, and open the count where that depends on the installation.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';
import { startupInterned } from '../../src/analysis/interp/startupInterned';

test('the measured tables differ per version', () => {
  // 'literals' (3.11's startup only), 'strings' (3.12's: the oracle's sitecustomize constant kept
  // immortal), 'attrname' (all three; on 3.13 mortal, so not in startupStrings313.ts),
  // 'CANCELLED' (3.12 / 3.13), 'argparse' (3.11: only where a .pth file imports it)
  const rows: [string, string, string, string][] = [
    ['literals', 'yes', 'no', 'no'],
    ['strings', 'no', 'yes', 'no'],
    ['attrname', 'yes', 'yes', 'yes'],
    ['CANCELLED', 'no', 'yes', 'yes'],
    ['argparse', 'maybe', 'no', 'no'],
    ['zqwvut', 'no', 'no', 'no'],
  ];
  for (const [text, ...want] of rows) {
    assert.deepEqual((['3.11', '3.12', '3.13'] as const).map((v) => startupInterned(v, text)), want, text);
  }
});

test('sys.intern and attrgetter leave a startup-interned text alone on that version only', async () => {
  const src = [
    'import operator, sys',                                   // 1
    'a = "".join(["lite", "rals"])',                          // 2
    'ai = sys.intern(a)',                                     // 3
    'b = "".join(["CANC", "ELLED"])',                         // 4
    'bg = operator.attrgetter(b)',                            // 5
    'c = "".join(["arg", "parse"])',                          // 6
    'ci = sys.intern(c)',                                     // 7
  ].join('\n');
  const r11 = await analyze(src, { python: '3.11' });
  assert.deepEqual(countOf(r11, 3, 'a'), [1, 1]);
  assert.deepEqual(countOf(r11, 5, 'b'), [2, 2]);
  assert.deepEqual(countOf(r11, 7, 'c'), [1, null]);
  const r12 = await analyze(src, { python: '3.12' });
  assert.equal(countOf(r12, 3, 'a'), 'immortal');
  assert.deepEqual(countOf(r12, 5, 'b'), [1, 1]);
  assert.equal(countOf(r12, 7, 'c'), 'immortal');
  const r13 = await analyze(src, { python: '3.13' });
  assert.deepEqual(countOf(r13, 3, 'a'), [2, 2]);
  assert.deepEqual(countOf(r13, 5, 'b'), [1, 1]);
});
