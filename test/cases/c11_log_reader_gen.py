# Theme: a log reader generator. A suspended generator's frame holds its
# arguments, its locals and the iterator of its `for` loop; exhausting or
# closing it releases them, and its `finally` (with a `del`) runs on close().
# A suspended generator caught in a cycle is closed by the collector.
import gc


class Line:
    def __init__(self, text):
        self.text = text


def read_lines(lines, sink):
    seen = []
    try:
        for line in lines:
            seen.append(line)
            yield line
    finally:
        sink.extend(seen)  # ?rc seen
        del seen


gc.collect()
l1, l2, l3 = Line("first line!"), Line("second line!"), Line("third line!")
source = [l1, l2, l3]
archive = []
gen = read_lines(source, archive)  # ?rc source archive -- not started yet
got = next(gen)  # ?rc source l1 got
second = next(gen)  # ?rc l2
gen.close()  # ?rc source l1 l2
full = read_lines(source, archive)  # ?rc source
items = list(full)  # ?rc source l3 archive
print(full.gi_frame is None)
del items, full  # ?rc l3
archive.clear()  # ?rc l1 l2 l3
loop = [l1]
g = read_lines(loop, archive)  # ?rc loop
loop.append(g)  # ?rc g
first = next(g)  # ?rc l1 first
del loop, g
print(gc.collect())  # finalizer closes the generator
print(len(archive))  # ?rc l1
