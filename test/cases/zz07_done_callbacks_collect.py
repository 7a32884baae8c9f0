# Theme: done callbacks collecting task results into a shared results list;
# a bound method of a Collector is registered on several tasks.
import asyncio


class Outcome:
    def __init__(self, key, value):
        self.key = key
        self.value = value


class Collector:
    def __init__(self):
        self.outcomes = []
        self.finished = 0

    def on_done(self, task):
        self.outcomes.append(task.result())
        self.finished += 1


async def compute(key, delay):
    await asyncio.sleep(delay)
    out = Outcome(key, [delay * 100.5])
    return out


async def main():
    col = Collector()  # ?rc col
    tasks = []
    for i, key in enumerate(["k-one", "k-two", "k-three"]):
        t = asyncio.create_task(compute(key, 0.01 * (3 - i)))
        t.add_done_callback(col.on_done)  # ?rc col t
        tasks.append(t)
    await asyncio.gather(*tasks)  # ?rc col
    await asyncio.sleep(0)  # ?rc col
    first = col.outcomes[0]  # ?rc first
    last_task = tasks[0]  # ?rc last_task
    tasks.clear()  # ?rc last_task first
    del t, last_task  # ?rc first col
    return col


col = asyncio.run(main())  # ?rc col
o0 = col.outcomes[0]  # ?rc o0
val = o0.value  # ?rc val
