# Theme: builtins that iterate: enumerate, zip, reversed, sorted, map, filter.
class Item:
    def __init__(self, n):
        self.n = n

a = Item(3)
b = Item(1)
items = [a, b]  # ?rc a b items
pairs = list(enumerate(items))  # ?rc a b pairs
zipped = list(zip(items, items))  # ?rc a b zipped
rev = list(reversed(items))  # ?rc a b rev
ordered = sorted(items, key=lambda it: it.n)  # ?rc a b ordered
names = list(map(lambda it: it.n, items))  # ?rc a names
big = list(filter(lambda it: it.n > 2, items))  # ?rc a b big
del pairs, zipped  # ?rc a b
for i, it in enumerate(items):
    pass  # ?rc it
first = next(iter(items))  # ?rc a first
total = sum(it.n for it in items)  # ?rc a total
