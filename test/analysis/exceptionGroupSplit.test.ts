// eg.subgroup / eg.split through nested groups (exceptiongroup_split_recursive): a callable
// condition is called on each group before its parts; derived groups share the leaves.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `a = KeyError("a")
inner = ExceptionGroup("inner", [a, ValueError("v")])
outer = ExceptionGroup("outer", [inner, OSError("o")])
seen = []
def pick(e):
    seen.append(e)
    return isinstance(e, KeyError)
sub = outer.subgroup(pick)
n = len(seen)
m, r = outer.split(ValueError)
`;

test('split / subgroup walk nested groups, the condition called on groups too', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    // a: its variable, inner's args list and excs tuple, seen, and sub's inner part (args list, excs)
    assert.deepEqual(countOf(r, 8, 'a'), [6, 6], python);
    // outer and inner were passed to pick: seen holds them (inner: also outer's args list and excs)
    assert.deepEqual(countOf(r, 9, 'outer'), [2, 2], python);
    assert.deepEqual(countOf(r, 10, 'inner'), [4, 4], python);
  }
});
