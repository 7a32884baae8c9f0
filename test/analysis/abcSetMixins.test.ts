// collections.abc MutableSet mixins run the class's own methods (abcSetMixins.ts), on the oracle
// case test/cases/z_abc_set_mixins.py: counts measured on CPython 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, countOf, ROOT } from '../helpers/engine';

const SRC = fs.readFileSync(path.join(ROOT, 'test', 'cases', 'z_abc_set_mixins.py'), 'utf8');
const lineOf = (text: string): number => SRC.split('\n').findIndex((l) => l.startsWith(text)) + 1;

test('MutableSet: remove asks __contains__ then discards, |= adds through add, <= against a builtin set runs __ge__', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SRC, { python });
    // (a: its name and log's entry from __contains__; after |=, the Tags' set entry too)
    assert.deepEqual(countOf(r, lineOf('t.remove(a)'), 'a'), [2, 2]);
    assert.deepEqual(countOf(r, lineOf('t |= [a, b]'), 'a'), [3, 3]);
    const l = r.lines.find((x) => x.line === lineOf('sl = {b} <= t'))!;
    assert.equal(r.objects[l.bindings.sl[0]]?.label, 'True');
  }
});
