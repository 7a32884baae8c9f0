// partial(x, ...) where x may be a partial of a subclass (partialObjects.ts): partial_new
// flattens any partial instance without a __dict__ (measured on CPython 3.11-3.13), so the
// new partial does not hold x itself.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const SUB = `from functools import partial
def f(a, b):
    return (a, b)
class Sub(partial):
    pass
base = [1.5]
sp = Sub(f, base)
sq = partial(sp, 1)
`;

test('a partial over an instance of a partial subclass does not claim to hold it', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SUB, { python });
    const l = r.lines.find((x) => x.line === 8)!;
    const [lo, hi] = l.refcounts[l.bindings.sp[0]];
    // CPython: 1 (only the name; sq holds f and (base, 1))
    assert.ok(lo <= 1 && (hi === null || hi >= 1), `sp's count ${lo}..${hi} must admit 1`);
  }
});
