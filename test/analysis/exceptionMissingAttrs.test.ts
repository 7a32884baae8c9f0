// getattr(exc, name, default) / hasattr(exc, name) on an exception for a name that no builtin
// exception class of its MRO has (exceptionMembers.ts onlyHookMayHave): AttributeError, so the
// default comes back and the exception's count stays known; a member (OSError.errno), an exception
// that escaped, or a class __getattr__ hook keep their own answers (measured 3.11-3.13).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('a name no exception type has: the default, counts stay known', async () => {
  const src = [
    'class JobError(Exception):',                          // 1
    '    pass',                                            // 2
    'token = object()',                                    // 3
    'err = JobError("x")',                                 // 4
    'a = getattr(err, "job", token)',                      // 5
    'b = getattr(OSError(2, "no"), "errno", token)',       // 6
    'c = hasattr(err, "job")',                             // 7
    'import somewhere_unknown',                            // 8
    'somewhere_unknown.keep(err)',                         // 9
    'd = getattr(err, "job", token)',                      // 10
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 5, 'err'), [1, 1], python);
    assert.deepEqual(countOf(r, 5, 'token'), [2, 2], python);
    // (errno is OSError's member: the int, not the default)
    assert.deepEqual(countOf(r, 6, 'token'), [2, 2], python);
    assert.deepEqual(countOf(r, 7, 'err'), [1, 1], python);
    // (given to code the model does not follow: it may have set the attribute)
    assert.deepEqual(countOf(r, 10, 'token'), [1, null], python);
  }
});

test('a class __getattr__ hook answers instead', async () => {
  const src = [
    'class Lazy(Exception):',                              // 1
    '    def __getattr__(self, name):',                    // 2
    '        return self',                                 // 3
    'lazy = Lazy()',                                       // 4
    'got = getattr(lazy, "anything", None)',               // 5
    'has = hasattr(lazy, "x")',                            // 6
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 5, 'lazy'), [2, 2], python);
    assert.deepEqual(countOf(r, 6, 'lazy'), [2, 2], python);
  }
});
