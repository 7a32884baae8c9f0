# Theme: async comprehensions: [x async for x in agen] and [await c for c in
# coros] build lists while the generator or coroutines hold their inputs.
import asyncio


class Cell:
    def __init__(self, v):
        self.v = v


async def cells(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield Cell(i)


async def double(cell):
    await asyncio.sleep(0)
    return Cell(cell.v * 2)


async def main():
    row = [c async for c in cells(3)]  # ?rc row
    c0 = row[0]  # ?rc c0
    doubled = [await double(c) for c in row]  # ?rc doubled c0
    big = [c async for c in cells(4) if c.v > 1]  # ?rc big
    mapping = {c.v: c async for c in cells(2)}  # ?rc mapping
    m1 = mapping[1]  # ?rc m1
    return row, doubled


row, doubled = asyncio.run(main())  # ?rc row doubled
d0 = doubled[0]  # ?rc d0
del doubled  # ?rc d0
