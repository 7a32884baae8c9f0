// A generator's frame is on the interpreter's stack only while one of its steps
// runs, as in CPython: suspended at a yield, it is no running frame. The heap
// panel's frames come from that stack, so a statement after `next(g)` shows
// the module frame alone (the generator object holds its frame), and the
// frames shown while the generator's own lines run include it above the caller.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const SOURCE = `def numbers(limit):
    total = []
    for i in range(limit):
        total.append(i)
        yield total
gen_a = numbers(3)
first = next(gen_a)
gen_b = numbers(2)
second = next(gen_b)
rest = list(gen_a)
after = len(rest)
`;

test('a suspended generator frame is not a running frame', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python, snapshots: true });
    const frames = (line: number): string[][] => (r.snapshots ?? []).filter((s) => s.line === line).map((s) => s.frames.map((f) => f.name));
    // After next(gen_a) and next(gen_b): both suspended, only the module runs.
    assert.deepEqual(frames(9), [['<module>']], `line 9 (${python})`);
    // list(gen_a) runs gen_a to its end while gen_b stays suspended; then the module alone again.
    assert.deepEqual(frames(11), [['<module>']], `line 11 (${python})`);
    // Inside the generator's body: the module frame, then the generator's own.
    for (const f of frames(4)) assert.deepEqual(f, ['<module>', 'numbers'], `line 4 (${python})`);
    assert.ok(frames(4).length >= 3, 'line 4 recorded on each step');
  }
});
