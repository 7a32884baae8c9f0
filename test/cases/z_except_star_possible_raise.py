# Theme: a try with except* around code that may raise where the model cannot tell (a TaskGroup
# whose task fails): its clauses may run, and one that keeps the group keeps the frame's variables.
import asyncio
class Res:
    pass
async def ok(out):
    await asyncio.sleep(0)
    out.append(Res())
async def bad():
    await asyncio.sleep(0)
    raise ValueError("boom")
async def main():
    out = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(out))
            tg.create_task(bad())
    except* ValueError as eg:
        err = eg
    return out
result = asyncio.run(main())  # ?rc result
first = result[0] if result else None  # ?rc result
print(len(result))
