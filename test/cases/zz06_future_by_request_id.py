# Theme: an RPC-style client: each call parks a Future in a pending dict keyed
# by request id; a separate dispatcher task completes the futures with replies.
import asyncio


class Reply:
    def __init__(self, rid, data):
        self.rid = rid
        self.data = data


class Client:
    def __init__(self, loop):
        self.loop = loop
        self.pending = {}
        self.outbox = []

    def call(self, rid):
        fut = self.loop.create_future()
        self.pending[rid] = fut
        self.outbox.append(rid)
        return fut


async def dispatcher(client):
    await asyncio.sleep(0)
    for rid in list(client.outbox):
        rep = Reply(rid, [rid, "payload for rid"])
        fut = client.pending.pop(rid)
        fut.set_result(rep)  # ?rc rep fut


async def main():
    client = Client(asyncio.get_running_loop())  # ?rc client
    f1 = client.call(1001)  # ?rc f1
    f2 = client.call(1002)  # ?rc f2
    disp = asyncio.create_task(dispatcher(client))  # ?rc client
    r1 = await f1  # ?rc r1 f1
    r2 = await f2  # ?rc r2 f2
    await disp  # ?rc r1 f1
    del f1  # ?rc r1
    data = r2.data  # ?rc data
    return r1, f2


r1, f2 = asyncio.run(main())  # ?rc r1 f2
r2 = f2.result()  # ?rc r2
del f2  # ?rc r2
