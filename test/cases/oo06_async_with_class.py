# Theme: async with on a class with __aenter__/__aexit__: the bound __aexit__
# is kept until the block ends, the as-target is what __aenter__ returned.
import asyncio


class Session:
    def __init__(self, name):
        self.name = name
        self.log = []

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append("exit")
        if exc is not None:
            caught = exc  # ?rc caught
        return isinstance(exc, KeyError)


async def main():
    s = Session("db one")  # ?rc s
    async with s as conn:
        inside = conn  # ?rc s conn inside
    after = s  # ?rc s
    async with Session("db two") as other:
        data = [other]  # ?rc other data
        raise KeyError("missing key!")
    kept = other  # ?rc kept data
    return s, other


pair = asyncio.run(main())  # ?rc pair
s1, s2 = pair  # ?rc s1 s2
del pair  # ?rc s1 s2
