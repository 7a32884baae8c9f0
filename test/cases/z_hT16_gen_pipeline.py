# Chained generator pipelines, partially consumed, methods that are generators.


class Row:
    def __init__(self, v):
        self.v = v


def source(rows):
    for r in rows:
        yield r


def only_big(it):
    for r in it:
        if r.v > 1:
            yield r


def tagged(it, tag):
    for r in it:
        yield (tag, r)


r1 = Row(1.5)  # ?rc r1
r2 = Row(0.5)  # ?rc r2
r3 = Row(2.5)  # ?rc r3
rows = [r1, r2, r3]  # ?rc rows
tag = ["label"]  # ?rc tag
pipe = tagged(only_big(source(rows)), tag)  # ?rc pipe rows tag
t1 = next(pipe)  # ?rc t1 r1 tag
t2 = next(pipe)  # ?rc t2 r3 tag
del pipe  # ?rc rows tag r1 r3
del t1, t2  # ?rc r1 r3 tag


class Table:
    def __init__(self, rows):
        self.rows = rows

    def scan(self):
        for r in self.rows:
            yield self, r


tb = Table(rows)  # ?rc tb rows
sc = tb.scan()  # ?rc tb sc
pair = next(sc)  # ?rc tb pair r1
del pair  # ?rc tb r1
del sc  # ?rc tb
