// Library bases that add nothing to instances (libraryBases.ts) and PyObject_LengthHint
// (lengthHint.ts): counts measured on CPython 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const INERT = `import gc
from collections.abc import Sized
from typing import Generic, TypeVar
T = TypeVar("T")
class Bag(Sized):
    def __len__(self):
        return 0
class Box(Generic[T]):
    pass
b = Bag()
b.me = b
x = Box()
x.me = x
del b, x
n = gc.collect()
k = Bag
del Bag
m = gc.collect()
`;

test('instances on inert library bases: a collection finds exactly them', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(INERT, { python });
    assert.deepEqual(r.calls.find((c) => c.line === 15 && c.callee === 'gc.collect')?.returns, [2, 2]);
    // (the class's count is a plain class's: two names, __mro__, two descriptors)
    const l = r.lines.find((x) => x.line === 16)!;
    assert.deepEqual(l.refcounts[l.bindings.k[0]], [5, 5]);
  }
});

const HINT = `seen = []
class Bag:
    def __iter__(self):
        return iter((1, 2))
    def __len__(self):
        seen.append(self)
        return 2
b = Bag()
x = list(b)
t = tuple(b)
s = set(b)
`;

test('list() and tuple() call __len__ as a length hint; set() does not', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(HINT, { python });
    const rc = (line: number): unknown => { const l = r.lines.find((x) => x.line === line)!; return l.refcounts[l.bindings.b[0]]; };
    assert.deepEqual(rc(9), [2, 2]);
    assert.deepEqual(rc(10), [3, 3]);
    assert.deepEqual(rc(11), [3, 3]);
  }
});

const REGISTER = `from collections.abc import Sequence
class Row:
    pass
alias = Sequence.register(Row)
r = Row()
ok = isinstance(r, Sequence)
`;

test('register with a collections.abc ABC: isinstance true, the class given back, no count kept', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(REGISTER, { python });
    const l = r.lines.find((x) => x.line === 6)!;
    assert.equal(r.objects[l.bindings.ok[0]]?.label, 'True');
    // (Row: two names, __mro__, two descriptors, the instance; the registry's weak reference counts nothing)
    assert.deepEqual(l.refcounts[l.bindings.Row[0]], [6, 6]);
  }
});
