# Theme: async for over an async generator and over a class with __aiter__/__anext__,
# driven by hand: the generator frame keeps its argument and current item; else runs
# after StopAsyncIteration; break leaves the generator suspended until it is dropped.
class Item:
    pass


async def items(source):
    for part in source:
        yield part
    finished = source  # ?rc source


class Countdown:
    def __init__(self, things):
        self.things = things
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= len(self.things):
            raise StopAsyncIteration
        self.i += 1
        return self.things[self.i - 1]


async def main():
    source = [Item(), Item(), Item()]  # ?rc source
    seen = []
    async for x in items(source):
        seen.append(x)  # ?rc x source
    else:
        done = seen  # ?rc seen source
    g = items(source)  # ?rc g
    async for y in g:
        break
    paused = source  # ?rc source y g
    del g  # ?rc source y
    cd = Countdown(source)  # ?rc cd
    async for z in cd:
        got = z  # ?rc z cd
    return seen


def drive(co):
    try:
        co.send(None)
    except StopIteration as stop:
        return stop.value


out = drive(main())  # ?rc out
first = out[0]  # ?rc first
