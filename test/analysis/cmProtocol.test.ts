// Objects that are not context managers (cmProtocol.ts), measured on CPython 3.11-3.13: `with`
// raises TypeError (an `except TypeError` catches it), and ExitStack.enter_context's TypeError
// keeps the manager through its frame.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const WITH = `class Handle:
    def __enter__(self):
        return self
h = Handle()
try:
    with h:
        pass
except TypeError as e:
    err = e
n = 1
`;

test('with on a type without __exit__ is a TypeError that drops the manager', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(WITH, { python });
    const l = r.lines.find((x) => x.line === 9)!;
    assert.ok(l, 'the except clause runs');
    assert.deepEqual(l.refcounts[l.bindings.h[0]], [1, 1]);
  }
});

const ENTER = `from contextlib import ExitStack
class Closer:
    def __exit__(self, *exc):
        return False
c = Closer()
st = ExitStack()
try:
    st.enter_context(c)
except TypeError as e:
    failed = e
n = 1
`;

test('enter_context of a type without __enter__: TypeError whose traceback keeps the manager and the stack', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(ENTER, { python });
    const l = r.lines.find((x) => x.line === 10)!;
    assert.ok(l, 'the except clause runs');
    assert.deepEqual(l.refcounts[l.bindings.c[0]], [2, 2]);
    assert.deepEqual(l.refcounts[l.bindings.st[0]], [2, 2]);
  }
});

const SUPPRESS_SUB = `import contextlib
class Quiet(contextlib.suppress):
    pass
with Quiet(KeyError):
    {}["k"]
after = [1.5]
`;

test('a subclass of a library manager whose __exit__ the model cannot see may suppress: the program goes on', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SUPPRESS_SUB, { python });
    const l = r.lines.find((x) => x.line === 6);
    assert.ok(l && l.bindings.after, 'the line after the with block runs (CPython: suppressed)');
  }
});
