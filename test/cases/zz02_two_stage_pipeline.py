# Theme: a producer/parser/writer pipeline over two bounded queues; records
# created in the parser stage end up in a shared output list.
import asyncio


class Raw:
    def __init__(self, text):
        self.text = text


class Record:
    def __init__(self, raw):
        self.raw = raw
        self.fields = raw.text.split(",")


async def produce(q1, lines):
    for line in lines:
        raw = Raw(line)
        await q1.put(raw)  # ?rc raw
    await q1.put(None)


async def parse(q1, q2):
    while (raw := await q1.get()) is not None:
        rec = Record(raw)
        await q2.put(rec)  # ?rc rec
    await q2.put(None)


async def write(q2, out):
    while True:
        rec = await q2.get()
        if rec is None:
            break
        out.append(rec)  # ?rc rec


async def main():
    lines = ["a,1", "b,2", "c,3"]
    q1 = asyncio.Queue(maxsize=1)  # ?rc q1
    q2 = asyncio.Queue(maxsize=1)
    out = []
    stages = [produce(q1, lines), parse(q1, q2), write(q2, out)]  # ?rc q1 q2 out
    await asyncio.gather(*stages)  # ?rc q1 q2 out
    stages.clear()  # ?rc q1 q2 out
    first = out[0]  # ?rc first
    raw0 = first.raw  # ?rc raw0
    return out


out = asyncio.run(main())  # ?rc out
r0 = out[0]  # ?rc r0
raw0 = r0.raw  # ?rc raw0
del out  # ?rc r0 raw0
