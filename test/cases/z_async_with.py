# Theme: async with on a class with __aenter__/__aexit__, driven by hand (no event loop):
# the bound __aexit__ holds the manager for the block, the as-name stays bound after it,
# a true __aexit__ result suppresses, continue/break leave through __aexit__.
class Session:
    def __init__(self, name):
        self.name = name
        self.log = []

    async def __aenter__(self):
        self.log.append("enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.log.append("exit")
        held = self  # ?rc self
        return exc_type is KeyError


async def main():
    s = Session("one")  # ?rc s
    async with s as conn:
        inside = conn  # ?rc s conn inside
    after = s  # ?rc s conn
    async with Session("two") as other:
        data = [other]  # ?rc other data
        raise KeyError("missing")
    kept = other  # ?rc kept data
    for i in range(2):
        async with s:
            if i == 0:
                continue
            break
    last = s  # ?rc s
    return s, other


def drive(co):
    try:
        co.send(None)
    except StopIteration as stop:
        return stop.value


pair = drive(main())  # ?rc pair
s1, s2 = pair  # ?rc s1 s2
del pair  # ?rc s1 s2
