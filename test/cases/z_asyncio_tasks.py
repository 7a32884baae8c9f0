# Theme: asyncio tasks: asyncio.sleep(0, result) hands back result itself; a task's coroutine
# keeps its arguments until its steps run; main's suspension lets the tasks run.
import asyncio


class Token:
    pass


async def relay(tok):
    got = await asyncio.sleep(0, tok)  # ?rc got tok
    again = await asyncio.sleep(0, result=got)  # ?rc again tok
    return again


async def side(tok, log):
    await asyncio.sleep(0)
    log.append(tok)


async def main():
    tok = Token()  # ?rc tok
    back = await relay(tok)  # ?rc back tok
    log = []
    t = asyncio.create_task(side(Token(), log))
    keep = [2.5 * 3]  # ?rc keep
    await t
    return back, keep


back, keep = asyncio.run(main())  # ?rc back keep
