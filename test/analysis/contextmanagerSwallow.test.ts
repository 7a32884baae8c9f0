// An exception a @contextmanager generator swallows: on 3.12+ the generator's finished frame object
// (kept by the exception's traceback entry for it) links contextlib's __exit__ frame, which keeps
// the exception, so the exception, its traceback, both frames, the manager and the generator stay
// as a cycle for gc.collect(); 3.11 frees them by reference counting. Expected values printed by
// CPython 3.11.7 / 3.12.1 / 3.13.0.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = [
  'import gc, sys',
  'from contextlib import contextmanager',
  '@contextmanager',
  'def quiet(payload):',
  '    try:',
  '        yield payload',
  '    except KeyError:',
  '        pass',
  'gc.collect()',
  'box = []',
  'with quiet(box):',
  "    raise KeyError('k')",
  'n = sys.getrefcount(box)',
  'found = gc.collect()',
  'after = box',
].join('\n');

test('a swallowed exception is built as the cycle through contextlib.__exit__ (3.12+), freed on 3.11', async () => {
  for (const [python, held, found] of [['3.11', 2, 0], ['3.12', 3, 8], ['3.13', 3, 8]] as const) {
    const r = await analyze(SOURCE, { python });
    const rc = r.calls.find((c) => c.line === 13 && c.callee === 'sys.getrefcount');
    assert.deepEqual(rc?.returns, [held, held], `getrefcount (${python})`);
    const collect = r.calls.find((c) => c.line === 14 && c.callee === 'gc.collect');
    assert.deepEqual(collect?.returns, [found, found], `gc.collect (${python})`);
    // The generator frame's `payload` went with the cycle.
    assert.deepEqual(countOf(r, 15, 'box'), [2, 2], `after the collection (${python})`);
  }
});
