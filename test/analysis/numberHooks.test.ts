// Number conversions run the class's own hooks (numberHooks.ts): which hook, in which order, with
// which version, and the TypeError a result of the wrong type gives.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

const stops = (r: AnalysisResult): string[] => r.diagnostics.filter((d) => d.code === 'uncaught-exception').map((d) => `${d.line}: ${d.message}`);

const TRUNC_ONLY = [
  'kept = []',                                     // 1
  'class T:',                                      // 2
  '    def __trunc__(self):',                      // 3
  '        kept.append(self)',                     // 4
  '        return 3',                              // 5
  't = T()',                                       // 6
  'try:',                                          // 7
  '    n = int(t)',                                // 8
  'except TypeError:',                             // 9
  '    n = None',                                  // 10
  'done = t',                                      // 11
].join('\n');

test('int(x) falls back to __trunc__ up to 3.13 and not in 3.14', async () => {
  const r13 = await analyze(TRUNC_ONLY, { python: '3.13' });
  assert.deepEqual(countOf(r13, 11, 't'), [3, 3]); // t, kept's item, done
  const r14 = await analyze(TRUNC_ONLY, { python: '3.14' });
  assert.deepEqual(countOf(r14, 11, 't'), [2, 2]); // the hook never ran: TypeError
});

test('__int__ comes before __index__, and __float__ before __index__', async () => {
  const src = [
    'kept = []',                                   // 1
    'class Both:',                                 // 2
    '    def __int__(self):',                      // 3
    '        kept.append("int")',                  // 4
    '        return 1',                            // 5
    '    def __float__(self):',                    // 6
    '        kept.append("float")',                // 7
    '        return 1.0',                          // 8
    '    def __index__(self):',                    // 9
    '        kept.append(self)',                   // 10
    '        return 1',                            // 11
    'x = Both()',                                  // 12
    'a = int(x) + float(x)',                       // 13
    'done = x',                                    // 14
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 14, 'x'), [2, 2]); // __index__ never ran
});

test('a __float__ that returns a str is a TypeError at the call', async () => {
  const src = [
    'class Bad:',                                  // 1
    '    def __float__(self):',                    // 2
    '        return "1.5"',                        // 3
    'f = float(Bad())',                            // 4
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.equal(stops(r).length, 1);
  assert.match(stops(r)[0], /^4: .*uncaught TypeError/);
});
