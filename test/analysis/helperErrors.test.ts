// What the exceptions of functools / operator helpers keep (measured on CPython 3.11-3.13):
// attrgetter / methodcaller's AttributeError keeps the object (set_attribute_error_context),
// cached_property on a __slots__ instance raises TypeError in its __get__ frame, and an error out
// of a singledispatch implementation keeps wrapper's frame with its args tuple.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

async function countsAt(src: string, line: number, name: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    const l = r.lines.find((x) => x.line === line);
    out.push(l ? l.refcounts[l.bindings[name][0]] : 'not run');
  }
  return out;
}

const GETTERS = `from operator import attrgetter, methodcaller
class P:
    __slots__ = ("x",)
p = P()
try:
    attrgetter("z")(p)
except AttributeError as e:
    a = e
mc = methodcaller("m", p)
try:
    mc(p)
except AttributeError as e:
    b = e
n = 1
`;

test('attrgetter / methodcaller: the AttributeError keeps the object; a failed lookup takes no argument references', async () => {
  // p: its name, methodcaller's args tuple, each AttributeError's obj
  assert.deepEqual(await countsAt(GETTERS, 14, 'p'), [[4, 4], [4, 4], [4, 4]]);
});

const SLOTS = `from functools import cached_property
class P:
    __slots__ = ("x",)
    @cached_property
    def norm(self):
        return 1
p = P()
try:
    p.norm
except TypeError as e:
    err = e
n = 1
`;

test('cached_property on an instance without __dict__: TypeError keeping the instance twice', async () => {
  // p: its name, __get__'s frame (instance), the AttributeError in __context__ (obj)
  assert.deepEqual(await countsAt(SLOTS, 12, 'p'), [[3, 3], [3, 3], [3, 3]]);
});

const DISPATCH = `from functools import singledispatch
class R:
    pass
@singledispatch
def f(x):
    raise ValueError(x)
r = R()
try:
    f(r)
except ValueError as e:
    err = e
n = 1
`;

test("an error out of a singledispatch implementation keeps wrapper's args tuple", async () => {
  // r: its name, wrapper's args tuple, f's frame (x), the exception's args
  assert.deepEqual(await countsAt(DISPATCH, 12, 'r'), [[4, 4], [4, 4], [4, 4]]);
});
