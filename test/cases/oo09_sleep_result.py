# Theme: asyncio.sleep(0) yields once to the loop; asyncio.sleep(0, result)
# hands back the result object itself.
import asyncio


class Token:
    pass


async def relay(tok):
    got = await asyncio.sleep(0, tok)  # ?rc got tok
    again = await asyncio.sleep(0, result=got)  # ?rc again tok
    return again


async def ticker(box, n):
    for i in range(n):
        await asyncio.sleep(0)
        box.append(i * 2.5)
    count = len(box)  # ?rc box


async def main():
    tok = Token()  # ?rc tok
    back = await relay(tok)  # ?rc back tok
    box = []
    await asyncio.gather(ticker(box, 2), ticker(box, 3))  # ?rc box
    items = box[:]  # ?rc items box
    return back, items


back, items = asyncio.run(main())  # ?rc back items
