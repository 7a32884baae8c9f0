// A function's __annotations__ (funcAnnotations.ts), measured on 3.11.7 / 3.12.1 / 3.13.0: made a
// dict on first read and kept by the function, so every read is the same dict and it holds the
// annotation values after the function is gone.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `class V:
    pass
def f(x: V) -> V:
    return x
def g(y):
    return y
a = f.__annotations__
b = f.__annotations__
e = g.__annotations__
del f
`;

// (line, name, count): the dict at the first read and the second; g's empty one; after `del f` the
// dict still keeps V twice, as the annotation of x and of the return
const EXPECTED: [number, string, [number, number]][] = [[7, 'a', [2, 2]], [8, 'a', [3, 3]], [9, 'e', [2, 2]], [10, 'a', [2, 2]], [10, 'V', [6, 6]]];

test('__annotations__ is one dict per function, made at the first read (3.11-3.13)', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    for (const [line, name, count] of EXPECTED) assert.deepEqual(countOf(r, line, name), count, `${python} ${name} line ${line}`);
  }
});
