# Theme: iterator classes. Paginator.__iter__ makes a fresh PageIter whose
# __next__ returns new page lists sharing the row objects; a generator
# method keeps its owner; a Ledger iterates by __getitem__ alone.
import gc


class Row:
    def __init__(self, key):
        self.key = key


class PageIter:
    def __init__(self, rows, size):
        self.rows = rows
        self.size = size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.rows):
            raise StopIteration
        page = self.rows[self.pos:self.pos + self.size]  # ?rc page
        self.pos += self.size
        return page


class Paginator:
    def __init__(self, rows, size):
        self.rows = rows
        self.size = size

    def __iter__(self):
        return PageIter(self.rows, self.size)

    def keys(self):
        for row in self.rows:
            yield row.key


class Ledger:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, i):
        return self.rows[i]


rows = [Row(k * 1.5) for k in range(5)]  # ?rc rows
head = rows[0]  # ?rc head
pager = Paginator(rows, 2)  # ?rc rows pager
pages = []
for page in pager:
    pages.append(page)  # ?rc page head
it = iter(pager)  # ?rc it pager
first = next(it)  # ?rc first head
second = next(it)
last = list(it)  # ?rc last
keys = pager.keys()
k0 = next(keys)  # ?rc pager k0
for r in Ledger(rows):
    key = r.key  # ?rc r
del pages, page  # ?rc head first
tail = rows[4]  # ?rc tail
del rows  # ?rc head tail
del it  # ?rc pager
keys.close()  # ?rc pager k0
del pager, first  # ?rc head
print(gc.collect())
