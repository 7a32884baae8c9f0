# Theme: asyncio basics: asyncio.run of a main coroutine that awaits helper
# coroutines; the results come back through the awaits and out of run().
import asyncio


class Record:
    def __init__(self, name):
        self.name = name


async def load(name):
    rec = Record(name)  # ?rc rec
    await asyncio.sleep(0)
    return rec


async def load_all(names):
    out = []
    for n in names:
        r = await load(n)  # ?rc r
        out.append(r)
    total = len(out)  # ?rc out
    return out


async def main():
    names = ["alpha one", "beta two", "gamma three"]  # ?rc names
    pending = load_all(names)  # ?rc names pending
    records = await pending  # ?rc records names
    first = records[0]  # ?rc first records
    del pending  # ?rc names
    return records


result = asyncio.run(main())  # ?rc result
head = result[0]  # ?rc head result
tail = result[-1]  # ?rc tail
result.pop()  # ?rc tail
del result  # ?rc head tail
