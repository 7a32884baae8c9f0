// Library objects that keep their arguments (measured 3.11-3.13): a queue's maxsize, an asyncio
// Semaphore's value (until it changes) and BoundedSemaphore's bound, a name interned in place by
// attrgetter / methodcaller / sys.intern (internInPlace.ts), a bytes format kept by struct.Struct
// and by the module functions' cache until struct._clearcache().
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('queue.Queue and asyncio.BoundedSemaphore keep their argument', async () => {
  const src = [
    'import asyncio, queue',                                  // 1
    'm = 10**30 + 1',                                         // 2
    'q = queue.Queue(m)',                                     // 3
    'del q',                                                  // 4
    'async def main():',                                      // 5
    '    v = int("5001")',                                    // 6
    '    s = asyncio.BoundedSemaphore(v)',                    // 7
    '    await s.acquire()',                                  // 8
    '    del s',                                              // 9
    'asyncio.run(main())',                                    // 10
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    // (the name, the folded constant and the script's parser arena; the queue's maxsize)
    assert.deepEqual(countOf(r, 3, 'm'), [4, 4], python);
    assert.deepEqual(countOf(r, 4, 'm'), [3, 3], python);
    // (_value and _bound_value; acquire makes _value a new int, the bound stays)
    assert.deepEqual(countOf(r, 7, 'v'), [3, 3], python);
    assert.deepEqual(countOf(r, 8, 'v'), [2, 2], python);
    assert.deepEqual(countOf(r, 9, 'v'), [1, 1], python);
  }
});

test('attrgetter and methodcaller intern a fresh name in place; a startup-interned one is left alone', async () => {
  const src = [
    'import operator',                                        // 1
    'n = "".join(["ef", "gh"])',                              // 2
    'g = operator.attrgetter(n)',                             // 3
    'm = "".join(["up", "per"])',                             // 4
    'mc = operator.methodcaller(m)',                          // 5
  ].join('\n');
  const r11 = await analyze(src, { python: '3.11' });
  assert.deepEqual(countOf(r11, 3, 'n'), [2, 2]);
  assert.deepEqual(countOf(r11, 5, 'm'), [1, 1]);
  const r12 = await analyze(src, { python: '3.12' });
  assert.equal(countOf(r12, 3, 'n'), 'immortal');
  assert.deepEqual(countOf(r12, 5, 'm'), [1, 1]);
  // (3.13's methodcaller keeps the argument tuple, holding the name as it was given)
  const r13 = await analyze(src, { python: '3.13' });
  assert.deepEqual(countOf(r13, 5, 'm'), [2, 2]);
});

test('struct keeps a bytes format in the Struct and in its cache until _clearcache()', async () => {
  const src = [
    'import struct',                                          // 1
    'b = b"".join([b"<", b"hh"])',                            // 2
    'st = struct.Struct(b)',                                  // 3
    'f = b"".join([b">", b"H"])',                             // 4
    'p = struct.pack(f, 1)',                                  // 5
    'struct._clearcache()',                                   // 6
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 3, 'b'), [2, 2], python);
    assert.deepEqual(countOf(r, 5, 'f'), [3, 3], python);
    assert.deepEqual(countOf(r, 6, 'f'), [1, 1], python);
  }
});

test('count(start) past a C ssize_t keeps its start; lru_cache(maxsize) closes over maxsize', async () => {
  const src = [
    'import functools, itertools',                            // 1
    'big = 10**30 + 1',                                       // 2
    'c = itertools.count(big)',                               // 3
    'n = next(c)',                                            // 4
    'small = 10**10 + 1',                                     // 5
    'c2 = itertools.count(small)',                            // 6
    'ms = int("5000")',                                       // 7
    'lc = functools.lru_cache(maxsize=ms)',                   // 8
    'def f(x): return x',                                     // 9
    'w = lc(f)',                                              // 10
    'del lc',                                                 // 11
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 3, 'big'), [4, 4], python);
    // (next() hands out the held start itself)
    assert.deepEqual(countOf(r, 4, 'n'), [4, 4], python);
    // (a start that fits is kept as a C number: fast mode)
    assert.deepEqual(countOf(r, 6, 'small'), [3, 3], python);
    assert.deepEqual(countOf(r, 8, 'ms'), [2, 2], python);
    // (the wrapper's cache_parameters shares the decorator's cell)
    assert.deepEqual(countOf(r, 11, 'ms'), [2, 2], python);
  }
});
