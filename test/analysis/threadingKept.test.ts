// threading.Semaphore / BoundedSemaphore / Barrier / Timer keep their arguments (threadingKept.ts,
// measured 3.11-3.13): a Semaphore lets its value go once acquire computes a new one, the bound
// stays; what the model does not follow (a BoundedSemaphore released past its value) opens them.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('Semaphore, BoundedSemaphore, Barrier and Timer keep their arguments', async () => {
  const src = [
    'import threading',                                       // 1
    'v = int("5001")',                                        // 2
    'bs = threading.BoundedSemaphore(v)',                     // 3
    'bs.acquire()',                                           // 4
    'def act(): pass',                                        // 5
    't = float("2.5")',                                       // 6
    'br = threading.Barrier(2, act, t)',                      // 7
    'tm = threading.Timer(t, act)',                           // 8
    'del br, tm',                                             // 9
    'bs.release()',                                           // 10
    'bs.release()',                                           // 11
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 3, 'v'), [3, 3], python);
    assert.deepEqual(countOf(r, 4, 'v'), [2, 2], python);
    assert.deepEqual(countOf(r, 7, 't'), [2, 2], python);
    assert.deepEqual(countOf(r, 8, 'act'), [3, 3], python);
    assert.deepEqual(countOf(r, 9, 't'), [1, 1], python);
    assert.deepEqual(countOf(r, 10, 'v'), [2, 2], python);
    // (past its value: ValueError, not followed)
    assert.deepEqual(countOf(r, 11, 'v'), [1, null], python);
  }
});
