# gi_yieldfrom / cr_await: the sub-iterator a suspended `yield from` / `await` delegates to (held
# by the delegating frame's stack), None before the start, at a plain yield and once finished;
# gi_running / gi_suspended as booleans.


class Chunk:
    def __init__(self, n):
        self.n = n


def reader(chunks):
    for c in chunks:
        got = yield c
        if got is not None:
            chunks.append(got)
    return len(chunks)


def pipeline(chunks):
    yield "start"
    total = yield from reader(chunks)
    yield total


parts = [Chunk(1), Chunk(2)]  # ?rc parts
p = pipeline(parts)
before = p.gi_yieldfrom  # ?rc p
first = next(p)  # ?rc p
at_plain = p.gi_yieldfrom  # ?rc p
c1 = next(p)  # ?rc c1 p
sub = p.gi_yieldfrom  # ?rc sub p parts
state = (p.gi_running, p.gi_suspended)  # ?rc state
extra = Chunk(3)  # ?rc extra
c2 = p.send(extra)  # ?rc extra sub c2
also = p.gi_yieldfrom  # ?rc also sub
del also  # ?rc sub
rest = list(p)  # ?rc rest sub
after = p.gi_yieldfrom  # ?rc sub p
del p  # ?rc sub parts
del sub  # ?rc parts extra


async def leaf(x):
    return x


class Step:
    def __await__(self):
        got = yield self
        return got


async def outer(box):
    v = await Step()
    return await leaf(box) if v else None


box = Chunk(9)  # ?rc box
co = outer(box)  # ?rc co box
step = co.send(None)  # ?rc step co
waiting = co.cr_await  # ?rc waiting step
co.close()  # ?rc waiting step co
