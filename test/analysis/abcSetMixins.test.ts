// collections.abc MutableSet mixins run the class's own methods (abcSetMixins.ts): counts measured
// on CPython 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const SRC = `from collections.abc import MutableSet
seen = []
class Tags(MutableSet):
    def __init__(self):
        self.data = set()
    def __contains__(self, x):
        seen.append(x)
        return x in self.data
    def __iter__(self):
        return iter(list(self.data))
    def __len__(self):
        return len(self.data)
    def add(self, x):
        self.data.add(x)
    def discard(self, x):
        self.data.discard(x)
a = object()
t = Tags()
t |= [a]
t.remove(a)
ok = t <= {a}
`;

test('MutableSet: |= adds through add, remove asks __contains__ then discards, <= runs __len__ and __iter__', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SRC, { python });
    const rc = (line: number): unknown => { const l = r.lines.find((x) => x.line === line)!; return l.refcounts[l.bindings.a[0]]; };
    // (a: its name, the set's entry; then seen's entry instead)
    assert.deepEqual(rc(19), [2, 2]);
    assert.deepEqual(rc(20), [2, 2]);
    const l = r.lines.find((x) => x.line === 21)!;
    assert.equal(r.objects[l.bindings.ok[0]]?.label, 'True');
  }
});
