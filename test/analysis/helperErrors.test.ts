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

const CLOSING = `import gc
from contextlib import closing
class R:
    pass
r = R()
bad = []
try:
    with closing(r):
        pass
except AttributeError as e:
    bad.append(e)
n = 1
bad.append(bad)
del bad
m = gc.collect()
`;

test('closing() of a thing without close: the AttributeError keeps it, __exit__\'s frame keeps the manager; a collection frees them once', async () => {
  // r: its name, closing's `thing` (the manager kept by closing.__exit__'s frame), the AttributeError's obj
  assert.deepEqual(await countsAt(CLOSING, 12, 'r'), [[3, 3], [3, 3], [3, 3]]);
  // (after the collection freed the cycle, only the name: tp_clear's references are not dropped twice)
  assert.deepEqual(await countsAt(CLOSING, 15, 'r'), [[1, 1], [1, 1], [1, 1]]);
});

const GETTER = `from functools import cached_property, singledispatchmethod
class T:
    @cached_property
    def bad(self):
        raise ValueError(1)
    @singledispatchmethod
    def h(self, arg):
        raise KeyError(arg)
t = T()
try:
    t.bad
except ValueError as e:
    a = e
x = [1.5]
try:
    t.h(x)
except KeyError as e:
    b = e
n = 1
`;

test('a raising cached_property getter keeps __get__\'s frame; a raising singledispatchmethod keeps _method\'s', async () => {
  // x: its name, _method's args tuple, h's frame (arg), the KeyError's args
  assert.deepEqual(await countsAt(GETTER, 19, 'x'), [[4, 4], [4, 4], [4, 4]]);
  // t after the getter raised: its name, the getter's frame (self), __get__'s (instance)
  assert.deepEqual(await countsAt(GETTER, 13, 't'), [[3, 3], [3, 3], [3, 3]]);
});
