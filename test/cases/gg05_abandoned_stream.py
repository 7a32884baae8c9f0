# Theme: a streaming reader is abandoned half-way. The suspended generator
# frame keeps the source list, its iterator, the current item and the
# buffer alive; close() (or dropping the generator) runs the finally clause
# and frees them.
import gc
import sys

closed = []


class Chunk:
    def __init__(self, data):
        self.data = data


def stream(chunks, size):
    buffer = []
    try:
        for chunk in chunks:
            buffer.append(chunk)
            if len(buffer) == size:
                yield buffer
                buffer = []
    finally:
        closed.append(len(buffer))


c1, c2, c3 = Chunk(1.5), Chunk(2.5), Chunk(3.5)
source = [c1, c2, c3]
gen = stream(source, 2)  # ?rc source gen
first = next(gen)  # ?rc first c1 c2 source
del first
print(sys.getrefcount(source))
gen.close()  # ?rc source c1 c2 gen
print(closed)
g2 = stream(source, 1)
held = next(g2)
alive = g2.gi_frame is not None
held2 = next(g2)  # ?rc held held2 c1 c2
del g2  # ?rc held c2 source
print(closed)
g3 = stream(source, 5)
rest = list(g3)  # ?rc source
print(closed, rest, gc.collect())
pairs = zip(source, stream(source, 1))
a, b = next(pairs)
del pairs  # ?rc a b source
print(closed)
