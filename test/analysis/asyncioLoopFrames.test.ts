// asyncio.run's loop frames (asyncioLoopFrames.ts): from 3.12 a kept traceback of a task's
// exception links them as f_back and keeps the main Task, and so asyncio.run's result, until the
// traceback goes; on 3.11 a coroutine's frame links nothing and the result is the caller's alone.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `import asyncio
async def failing():
    await asyncio.sleep(0)
    raise KeyError("k")
async def main():
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return [t.exception()]
res = asyncio.run(main())
err = res[0]
tb = err.__traceback__
err.__traceback__ = None
del tb
`;

test('a task traceback keeps the result of asyncio.run from 3.12, until it goes', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    const kept = python === '3.11' ? 1 : 2;
    assert.deepEqual(countOf(r, 10, 'res'), [kept, kept], `after asyncio.run (${python})`);
    assert.deepEqual(countOf(r, 13, 'res'), [kept, kept], `tb still held (${python})`);
    assert.deepEqual(countOf(r, 14, 'res'), [1, 1], `traceback gone (${python})`);
  }
});
