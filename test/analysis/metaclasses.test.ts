// Metaclasses of the program run as __build_class__ calls them (metaclasses.ts), and
// super(C, obj) with explicit arguments. Expected values measured on CPython 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const META_NEW = `import sys, gc
class M(type):
    def __new__(mcs, name, bases, ns):
        print(sys.getrefcount(ns), sys.getrefcount(ns['x']))
        cls = super().__new__(mcs, name, bases, ns)
        print(sys.getrefcount(ns['x']))
        return cls
class A(metaclass=M):
    x = [1]
print(sys.getrefcount(A), sys.getrefcount(A.x), sys.getrefcount(M))
B = M("B", (A,), {"x": [2]})
print(sys.getrefcount(B), sys.getrefcount(M))
del A
gc.collect()
del B
gc.collect()
print(sys.getrefcount(M))
`;

function returns(r: Awaited<ReturnType<typeof analyze>>, line: number): (number | null)[][] {
  return r.calls.filter((c) => c.line === line).map((c) => c.returns as (number | null)[]);
}

test('a metaclass __new__ runs on the namespace dict; type.__new__ copies it; the class holds its metaclass once', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(META_NEW, { python });
    assert.ok(!r.diagnostics.some((d) => /does not run this metaclass/.test(d.message)), python);
    // ns: __build_class__ (or the caller), the slot's argument tuple, the local, the argument
    assert.deepEqual(returns(r, 4), [[4, 4], [2, 2]], python);
    // after type.__new__: the class dict's copy holds the value too
    assert.deepEqual(returns(r, 6), [[3, 3]], python);
    assert.deepEqual(returns(r, 10), [[5, 5], [2, 2], [5, 5]], python);
    assert.deepEqual(returns(r, 12), [[3, 3], [6, 6]], python);
    assert.deepEqual(r.calls.filter((c) => c.callee === 'gc.collect').map((c) => c.returns), [[0, 0], [11, 11]], python);
    assert.deepEqual(returns(r, 17), [[4, 4]], python);
  }
});

const SUPER_TWO = `import sys
class Base:
    pass
class Named(Base):
    pass
class Doc(Named):
    pass
doc = Doc()
sup = super(Named, doc)
print(sys.getrefcount(Doc), sys.getrefcount(Named), sys.getrefcount(doc), sys.getrefcount(sup))
sc = super(Named, Doc)
print(sys.getrefcount(Doc))
`;

test('super(C, obj) outside a method holds C, obj and type(obj)', async () => {
  const r = await analyze(SUPER_TWO, { python: '3.12' });
  assert.deepEqual(returns(r, 10), [[5, 5], [7, 7], [3, 3], [2, 2]]);
  assert.deepEqual(returns(r, 12), [[7, 7]]);
});
