# Theme: a line reader generator. An exception thrown into it is caught
# inside the generator and kept on the buffer; the generator is suspended
# inside that handler for one step; close() runs its finally block.
import gc


class Buffer:
    def __init__(self, lines):
        self.lines = lines
        self.error = None
        self.closed = []


def reader(buf):
    try:
        for line in buf.lines:
            try:
                yield line
            except ValueError as e:
                buf.error = e
                yield None
    finally:
        buf.closed.append(buf)


lines = [str(10 ** 6), str(10 ** 7), str(10 ** 8)]
buf = Buffer(lines)  # ?rc buf lines
gen = reader(buf)  # ?rc buf
one = next(gen)  # ?rc one
bad = ValueError(one)  # ?rc one bad
res = gen.throw(bad)  # ?rc bad buf one
two = next(gen)  # ?rc bad two
gen.close()  # ?rc buf bad
del gen  # ?rc buf bad
buf.error = None  # ?rc bad
del bad  # ?rc one buf
buf.closed.clear()  # ?rc buf
print(gc.collect())
g2 = reader(buf)
three = next(g2)  # ?rc buf three
del g2  # ?rc buf three
print(gc.collect())
