# Theme: reference cycles through tasks and coroutines: an object keeping the
# task that runs its own method; gc.collect() after asyncio.run returns.
import asyncio
import gc


class Service:
    def __init__(self, name):
        self.name = name
        self.task = None
        self.ticks = []

    async def loop(self, n):
        for i in range(n):
            await asyncio.sleep(0)
            self.ticks.append(i)
        return self


async def main():
    svc = Service("poller one")  # ?rc svc
    svc.task = asyncio.create_task(svc.loop(2))  # ?rc svc
    same = await svc.task  # ?rc svc same
    del same  # ?rc svc
    node = [svc]
    node.append(node)  # ?rc node svc
    return svc


svc = asyncio.run(main())  # ?rc svc
t = svc.task  # ?rc t svc
n1 = gc.collect()
del t
svc.task = None  # ?rc svc
n2 = gc.collect()
del svc
n3 = gc.collect()
