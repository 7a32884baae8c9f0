# Theme: collections.abc.Iterable / Iterator subclasses; a paged result set
# whose iterator object keeps the source alive while it runs.
import gc
from collections.abc import Iterable, Iterator


class PageIterator(Iterator):
    def __init__(self, source):
        self.source = source
        self.pos = 0

    def __next__(self):
        if self.pos >= len(self.source.rows):
            raise StopIteration
        row = self.source.rows[self.pos]
        self.pos += 1
        return row


class Pages(Iterable):
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        return PageIterator(self)


rows = [[0.5], [1.5], [2.5]]  # ?rc rows
pages = Pages(rows)  # ?rc pages rows
it = iter(pages)  # ?rc it pages
same = iter(it)  # ?rc same it -- Iterator.__iter__ returns self
row = next(it)  # ?rc row
del same  # ?rc it
rest = list(it)  # ?rc rest row
isinst = isinstance(pages, Iterable)  # ?rc pages
copies = [r for r in pages]  # ?rc copies rows
zipped = list(zip(pages, pages))  # ?rc zipped pages
pair = zipped[0]  # ?rc pair row
del it  # ?rc pages
rows.append(pages)  # ?rc pages
del pages, zipped, pair, copies
print(gc.collect())
del rows, rest
print(gc.collect())  # rows <-> pages cycle
after = row  # ?rc after
