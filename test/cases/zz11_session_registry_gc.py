# Theme: sessions created in tasks are registered in a shared dict and point
# back at their manager; after asyncio.run the registry is dropped and the
# cycles are collected.
import asyncio
import gc


class Manager:
    def __init__(self):
        self.sessions = {}


class Session:
    def __init__(self, manager, user):
        self.manager = manager
        self.user = user
        self.log = []


async def login(manager, user):
    await asyncio.sleep(0)
    s = Session(manager, user)
    manager.sessions[user] = s  # ?rc s manager
    s.log.append("logged in now")
    return s


async def main():
    mgr = Manager()  # ?rc mgr
    got = await asyncio.gather(login(mgr, "ann"), login(mgr, "bob"))  # ?rc mgr got
    ann = got[0]  # ?rc ann
    del got  # ?rc ann mgr
    return mgr


mgr = asyncio.run(main())  # ?rc mgr
ann = mgr.sessions["ann"]  # ?rc ann mgr
n0 = gc.collect()
del ann
del mgr
n1 = gc.collect()
n2 = gc.collect()
