# Theme: a paginated result set with a hand-written iterator class
# (__iter__/__next__), value objects with __eq__/__hash__ in sets and dicts,
# and an iterator that keeps its source alive.
import gc
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Pages:
    def __init__(self, rows, size):
        self.rows = rows
        self.size = size

    def __iter__(self):
        return PageIter(self)


class PageIter:
    def __init__(self, pages):
        self.pages = pages
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.pages.rows):
            raise StopIteration
        page = self.pages.rows[self.pos:self.pos + self.pages.size]  # ?rc page
        self.pos += self.pages.size
        return page


rows = [Point(i, i * 2) for i in range(7)]  # ?rc rows
book = Pages(rows, 3)  # ?rc book rows
seen = []
for page in book:
    seen.append(page)  # ?rc page
print(len(seen), sys.getrefcount(rows[0]))
it = iter(book)  # ?rc it book
one = next(it)  # ?rc one it
p = Point(1, 2)  # ?rc p
unique = {p, Point(1, 2), Point(3, 6)}  # ?rc p unique
index = {p: "first point!"}  # ?rc p index
label = index[Point(1, 2)]  # ?rc label
again = rows[1] in unique
del rows  # ?rc book
del book  # ?rc it
rest = list(it)  # ?rc rest
del it
gc.collect()
loop = PageIter(Pages([], 2))
loop.pages.rows.append(loop)
del loop
print(gc.collect())  # iterator, pages, rows list
