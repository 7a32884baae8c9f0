// Subclasses of threading.Thread (threadSubclass.ts, measured on 3.11.7, 3.12.1 and 3.13.0): the
// constructor's arguments are kept only as Thread.__init__ keeps them, start() runs the overriding
// run() (self's count open meanwhile), and after join() nothing of threading holds the instance.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `import threading
class Job(threading.Thread):
    def __init__(self, data):
        super().__init__()
        self.data = data
    def run(self):
        self.out = [x * 2 for x in self.data]
chunk = [0.5, 1.5]
job = Job(chunk)
job.start()
job.join()
out = job.out
del job
`;

test('a Thread subclass keeps its own attributes only, and is freed once joined and dropped', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    assert.deepEqual(countOf(r, 9, 'chunk'), [2, 2], python);
    assert.deepEqual(countOf(r, 11, 'job'), [1, 1], python);
    assert.deepEqual(countOf(r, 12, 'out'), [2, 2], python);
    assert.deepEqual(countOf(r, 13, 'chunk'), [1, 1], python);
    assert.deepEqual(countOf(r, 13, 'out'), [1, 1], python);
  }
});

test('inside an overriding run(), the thread object count is open', async () => {
  const r = await analyze(`import threading, sys
class T(threading.Thread):
    def run(self):
        n = sys.getrefcount(self)
t = T()
t.start()
t.join()
`, { python: '3.12' });
  const call = r.calls.find((c) => c.line === 4 && c.callee === 'sys.getrefcount');
  assert.equal(call?.returns[1], null);
});
