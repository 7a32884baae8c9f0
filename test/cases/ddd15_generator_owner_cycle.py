# Theme: a paginator that stores its own generator on itself; a suspended
# generator in a cycle is closed by its finalizer (its finally runs), a
# finished one is just freed.
import gc
import sys

closed = []


class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size
        self.pages = self._pages()

    def _pages(self):
        try:
            for start in range(0, len(self.items), self.size):
                page = self.items[start:start + self.size]  # ?rc page
                yield page
        finally:
            closed.append(len(self.items))


gc.collect()
p = Paginator([1.5, 2.5, 3.5, 4.5, 5.5], 2)  # ?rc p
first = next(p.pages)  # ?rc first p
print(first, sys.getrefcount(p))
del first
del p
n = gc.collect()
print(n, closed)
q = Paginator([7.25, 8.25], 2)
pages = list(q.pages)  # ?rc pages q
print(closed)
del q
print(gc.collect())  # finished generator: paginator, its items, the generator
print(len(pages), sys.getrefcount(pages))
r = Paginator([9.5, 10.5, 11.5], 1)
gen = r.pages  # ?rc gen
next(gen)
r.pages = None  # ?rc gen r
del r
print(closed, gc.collect())  # gen keeps the paginator alive
gen.close()  # ?rc gen
print(closed)
del gen
print(gc.collect())
