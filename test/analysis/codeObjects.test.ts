// Code objects (codeObjects.ts), measured on 3.11.7 / 3.12.1 / 3.13.0: `__code__` is one object
// per def; co_consts is the code's own tuple only when one of its constants is nowhere else, since
// the compiler merges equal constant tuples (co_consts ones included) across the file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `T = (None, "shared-text")
def h():
    return "shared-text"
def k():
    return "only-in-k"
hc = h.__code__.co_consts
kc = k.__code__.co_consts
fs = [lambda: i for i in range(3)]
lc = fs[0].__code__
`;

test('co_consts is exact only when provably unmerged; __code__ shared by the functions of one def', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    // (h's co_consts is T itself in CPython: both open)
    assert.equal(countOf(r, 6, 'hc')?.[1], null, python);
    assert.equal(countOf(r, 6, 'T')?.[1], null, python);
    assert.deepEqual(countOf(r, 7, 'kc'), [2, 2], python);
    // the module's co_consts, three lambdas, lc
    assert.deepEqual(countOf(r, 9, 'lc'), [5, 5], python);
  }
});

// Measured: greet's and shout's co_consts are their own tuples (count 2 with the name) on 3.11-3.13,
// though each constant is also the module's or a dict display's; pair's is PAIR itself.
const PAIRWISE = `GREETING = "hello, world!"
settings = {"greeting": GREETING, "retries": 3.5}
PAIR = (None, "pair only")
def shout(name):
    return "hello, world!".upper() + name
def retries():
    return 3.5
def pair():
    return "pair only"
s = shout.__code__.co_consts
r = retries.__code__.co_consts
p = pair.__code__.co_consts
`;

test('co_consts told apart from each other tuple one by one (3.12+); 3.11 and equal tuples stay open', async () => {
  for (const python of ['3.12', '3.13'] as const) {
    const r = await analyze(PAIRWISE, { python });
    assert.deepEqual(countOf(r, 10, 's'), [2, 2], python);
    assert.deepEqual(countOf(r, 11, 'r'), [2, 2], python);
    assert.equal(countOf(r, 12, 'p')?.[1], null, python);
  }
  const r11 = await analyze(PAIRWISE, { python: '3.11' });
  assert.equal(countOf(r11, 10, 's')?.[1], null);
});
