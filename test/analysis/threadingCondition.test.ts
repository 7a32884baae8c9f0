// threading.Condition (threadingCondition.ts, measured on 3.11.7, 3.12.1 and 3.13.0): it holds
// the lock, bound methods of it (two for a Lock, five for an RLock) and a waiter deque; a notify
// without the lock raises RuntimeError whose traceback keeps notify's frame and so the Condition.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `import threading
lock = threading.Lock()
cond = threading.Condition(lock)
rl = threading.RLock()
c2 = threading.Condition(rl)
with c2:
    c2.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    err = e
del err, c2
`;

test('a Condition holds its lock and bound methods of it; a failed notify keeps it in the traceback', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    assert.deepEqual(countOf(r, 3, 'lock'), [4, 4], python);
    assert.deepEqual(countOf(r, 5, 'rl'), [7, 7], python);
    assert.deepEqual(countOf(r, 7, 'c2'), [2, 2], python);
    assert.deepEqual(countOf(r, 11, 'cond'), [2, 2], python);
    assert.deepEqual(countOf(r, 12, 'cond'), [1, 1], python);
    assert.deepEqual(countOf(r, 12, 'rl'), [1, 1], python);
  }
});
