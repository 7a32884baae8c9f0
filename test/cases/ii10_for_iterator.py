# Theme: for loops over enumerate, zip, reversed, iter(callable, sentinel)
# and a custom iterator class; break leaves the loop variable bound;
# for/else; the iterator is dropped when the loop ends.


class Item:
    pass


class Countdown:
    def __init__(self, items):
        self.items = items
        self.pos = len(items)

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == 0:
            raise StopIteration
        self.pos -= 1
        return self.items[self.pos]


a, b, c = Item(), Item(), Item()  # ?rc a
row = [a, b, c]  # ?rc row a
for i, x in enumerate(row):
    if x is b:
        break
held = x  # ?rc b x row
for pos, (left, right) in enumerate(zip(row, row[1:])):
    pass  # ?rc left right
for y in reversed(row):
    pass
else:
    done = y  # ?rc a row
cd = Countdown(row)  # ?rc row cd
for z in cd:
    pass  # ?rc cd z
total = 0
for z in iter(cd.items.pop, a):
    total += 1  # ?rc z
del x, held, left, right, y, done, z  # ?rc a b c
