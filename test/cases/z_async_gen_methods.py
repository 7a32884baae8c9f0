# Theme: an async generator driven by __anext__/asend/athrow/aclose, by hand: a pending
# asend(v) keeps v until the await completes; athrow raises inside the frame; aclose
# releases the frame and what it holds.
class Box:
    def __init__(self, body):
        self.body = body


async def accumulator():
    items = []
    while True:
        try:
            got = yield len(items)
        except ValueError as e:
            got = Box(e.args)
        if got is not None:
            items.append(got)
            last = got  # ?rc last items


async def main():
    gen = accumulator()  # ?rc gen
    n0 = await gen.asend(None)
    b1 = Box("one")  # ?rc b1
    n1 = await gen.asend(b1)  # ?rc b1
    b2 = Box("two")
    n2 = await gen.asend(b2)  # ?rc b1 b2
    n3 = await gen.athrow(ValueError("bad"))
    first = await gen.__anext__()  # ?rc b1 b2
    await gen.aclose()  # ?rc b1 b2
    del gen  # ?rc b1 b2
    return b1


def drive(co):
    try:
        co.send(None)
    except StopIteration as stop:
        return stop.value


out = drive(main())  # ?rc out
