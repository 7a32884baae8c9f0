# Theme: async generator driven by asend/athrow: sent values are held by the
# generator frame; athrow raises inside it and the handler's object is yielded.
import asyncio


class Frame:
    def __init__(self, body):
        self.body = body


async def accumulator():
    items = []
    while True:
        try:
            got = yield len(items)
        except ValueError as e:
            got = Frame(e.args)
        items.append(got)
        last = got  # ?rc last items


async def main():
    gen = accumulator()  # ?rc gen
    n0 = await gen.asend(None)
    f1 = Frame("hello world!")  # ?rc f1
    n1 = await gen.asend(f1)  # ?rc f1
    f2 = Frame("bye world!")
    n2 = await gen.asend(f2)  # ?rc f1 f2
    n3 = await gen.athrow(ValueError("bad frame!"))
    await gen.aclose()  # ?rc f1 f2
    del gen  # ?rc f1 f2
    return f1


out = asyncio.run(main())  # ?rc out
