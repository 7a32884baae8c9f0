# Theme: iterator classes: a paginated result set whose __iter__ returns a
# fresh cursor object with __next__, and a self-iterating countdown, used by
# for loops, list(), zip() and next() with a default.
import sys


class Page:
    def __init__(self, number, items):
        self.number = number
        self.items = items


class Cursor:
    def __init__(self, results):
        self.results = results
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.results.pages):
            raise StopIteration
        page = self.results.pages[self.index]
        self.index += 1
        return page


class ResultSet:
    def __init__(self, items, per_page):
        self.pages = [Page(i // per_page + 1, items[i:i + per_page])
                      for i in range(0, len(items), per_page)]

    def __iter__(self):
        return Cursor(self)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current * 0.5


data = [x * 1.5 for x in range(7)]  # ?rc data
results = ResultSet(data, 3)  # ?rc results data
for page in results:
    last = page  # ?rc results
print(last.number, last.items)
pages = list(results)  # ?rc pages last
first = pages[0]  # ?rc first
chunk = first.items  # ?rc chunk
cur = iter(results)  # ?rc cur results
head = next(cur)  # ?rc head first
rest = list(cur)  # ?rc rest cur
print(next(cur, None), sys.getrefcount(cur))
halves = list(Countdown(4))  # ?rc halves
pairs = list(zip(Countdown(3), pages))  # ?rc pairs first
cd = Countdown(2)  # ?rc cd
it = iter(cd)  # ?rc cd it
del pages, rest, pairs  # ?rc first last
del cur  # ?rc results
del page, last, head  # ?rc first
