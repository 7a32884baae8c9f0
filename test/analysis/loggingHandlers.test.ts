// logging's standard handlers (loggingHandlers.ts): what StreamHandler / Formatter / addHandler keep
// (measured 3.11-3.13), and that log calls stay followed while only such handlers are installed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('StreamHandler keeps its stream, Formatter its format twice, a logger its handler once', async () => {
  const src = [
    'import io, logging',                                     // 1
    'buf = io.StringIO()',                                    // 2
    'h = logging.StreamHandler(buf)',                         // 3
    'fmt = "".join(["%(name)s", ":%(message)s"])',            // 4
    'f = logging.Formatter(fmt)',                             // 5
    'h.setFormatter(f)',                                      // 6
    'log = logging.getLogger("t")',                           // 7
    'log.addHandler(h)',                                      // 8
    'log.addHandler(h)',                                      // 9
    'p = [1.5]',                                              // 10
    'log.warning("p %s", p)',                                 // 11
    'log.removeHandler(h)',                                   // 12
    'del h',                                                  // 13
    'x = 0',                                                  // 14
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 3, 'buf'), [2, 2], python);
    assert.deepEqual(countOf(r, 5, 'fmt'), [3, 3], python);
    assert.deepEqual(countOf(r, 6, 'f'), [2, 2], python);
    assert.deepEqual(countOf(r, 8, 'h'), [2, 2], python);
    assert.deepEqual(countOf(r, 9, 'h'), [2, 2], python);
    // (the record the handler formats and drops keeps nothing: the argument is not escaped)
    assert.deepEqual(countOf(r, 11, 'p'), [1, 1], python);
    assert.deepEqual(countOf(r, 12, 'h'), [1, 1], python);
    // (the handler freed by its count lets go of its stream and formatter)
    assert.deepEqual(countOf(r, 14, 'buf'), [1, 1], python);
    assert.deepEqual(countOf(r, 14, 'f'), [1, 1], python);
  }
});

test('a handler added under an unknown condition, or read back through logger.handlers, is open', async () => {
  const src = [
    'import logging, sys',                                    // 1
    'log = logging.getLogger("t")',                           // 2
    'h = logging.NullHandler()',                              // 3
    'if len(sys.argv) > 3:',                                  // 4
    '    log.addHandler(h)',                                  // 5
    'x = 0',                                                  // 6
    'k = logging.NullHandler()',                              // 7
    'log.addHandler(k)',                                      // 8
    'p = [1.5]',                                              // 9
    'hs = log.handlers',                                      // 10
    'log.warning("p %s", p)',                                 // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.equal(countOf(r, 6, 'h')?.[1], null);
  assert.deepEqual(countOf(r, 8, 'k'), [2, 2]);
  // (once other code may hold the handlers list, a handler may keep records: arguments escape)
  assert.equal(countOf(r, 11, 'p')?.[1], null);
});

test('text a handler wrote to a StringIO is unknown; a handler in a cycle leaves the collection open', async () => {
  const src = [
    'import gc, io, logging',                                 // 1
    'buf = io.StringIO()',                                    // 2
    'logging.getLogger("t").addHandler(logging.StreamHandler(buf))', // 3
    'logging.getLogger("t").warning("x")',                    // 4
    'v = buf.getvalue()',                                     // 5
    'class O: pass',                                          // 6
    'o = O()',                                                // 7
    'o.h = logging.NullHandler()',                            // 8
    'o.self = o',                                             // 9
    'del o',                                                  // 10
    'n = gc.collect()',                                       // 11
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.equal(countOf(r, 5, 'v')?.[1], null);
  const c = r.calls.find((x) => x.line === 11 && x.callee === 'gc.collect')?.returns;
  assert.ok(Array.isArray(c) && c[1] === null, JSON.stringify(c));
});
