// A dropped @dataclass class is cyclic garbage with the objects the decorator made that the
// model does not build (dataclassParts.ts): gc.collect() counts them (measured 3.11-3.13).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const collected = (r: AnalysisResult, line: number): unknown => r.calls.find((c) => c.line === line && c.callee === 'gc.collect')?.returns;

const SRC = [
  'import gc',                                   // 1
  'from dataclasses import dataclass',           // 2
  '@dataclass',                                  // 3
  'class P:',                                    // 4
  '    a: int',                                  // 5
  '    b: float',                                // 6
  'del P',                                       // 7
  'n1 = gc.collect()',                           // 8
  '@dataclass(order=True, frozen=True)',         // 9
  'class Q:',                                    // 10
  '    a: int',                                  // 11
  '    b: float',                                // 12
  'del Q',                                       // 13
  'n2 = gc.collect()',                           // 14
  '@dataclass(slots=True)',                      // 15
  'class S:',                                    // 16
  '    a: int',                                  // 17
  'del S',                                       // 18
  'n3 = gc.collect()',                           // 19
].join('\n');

test('a dropped dataclass: its params, generated __repr__ / __eq__ / order methods and frozen cells are counted', async () => {
  // (measured: P 20, 21 on 3.13, whose repr has a cell more; Q 35, 34 on 3.13, whose frozen methods share their cells)
  const expected = { '3.11': [20, 35], '3.12': [20, 35], '3.13': [21, 34] } as const;
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SRC, { python });
    const [p, q] = expected[python];
    assert.deepEqual(collected(r, 8), [p, p], python);
    assert.deepEqual(collected(r, 14), [q, q], python);
    // (slots=True: the class made again from a copy is not counted)
    assert.equal((collected(r, 19) as [number, number | null])[1], null, python);
  }
});
