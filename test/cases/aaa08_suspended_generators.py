# Theme: a suspended generator keeps its arguments, locals and the iterator
# it loops over alive until it finishes or is closed; a generator caught in
# a cycle is closed by the collector.
import gc


class Chunk:
    def __init__(self, data):
        self.data = data


def reader(chunks, sep):
    buf = []
    try:
        for ch in chunks:
            buf.append(ch)
            yield len(buf)
    finally:
        buf.clear()  # ?rc chunks


def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b


parts = [Chunk(b"ab"), Chunk(b"cd"), Chunk(b"ef")]  # ?rc parts
first = parts[0]  # ?rc first
g = reader(parts, "; ")  # ?rc parts g
next(g)  # ?rc first parts
next(g)  # ?rc first
g.close()  # ?rc first parts
pg = pairs(parts)  # ?rc parts
t = next(pg)  # ?rc t first
del t  # ?rc first
del pg  # ?rc first parts
gc.collect()
box = [first]
gg = reader(box, "; ")
box.append(gg)
next(gg)  # ?rc box first
next(gg)  # ?rc gg
del box, gg  # ?rc first
print(gc.collect())
print(first.data)  # ?rc first
