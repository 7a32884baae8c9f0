# Theme: task done callbacks: add_done_callback keeps the callback (and what
# functools.partial binds) until the task completes and runs it.
import asyncio
import functools


class Collector:
    def __init__(self):
        self.results = []

    def on_done(self, label, task):
        self.results.append((label, task.result()))


async def compute(x):
    await asyncio.sleep(0)
    return [x, x * 3.5]


async def main():
    col = Collector()  # ?rc col
    label = "first label!"  # ?rc label
    t = asyncio.create_task(compute(2))
    cb = functools.partial(col.on_done, label)  # ?rc cb col label
    t.add_done_callback(cb)  # ?rc cb
    await t  # ?rc cb col
    await asyncio.sleep(0)  # ?rc cb col
    res = t.result()  # ?rc res
    del t  # ?rc res
    del cb  # ?rc col label
    entry = col.results[0]  # ?rc entry res
    return col


col = asyncio.run(main())  # ?rc col
entry = col.results[0]  # ?rc entry
