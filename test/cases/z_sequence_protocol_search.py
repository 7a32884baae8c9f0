# Theme: a container class with only __len__ / __getitem__ (or __iter__):
# `in` iterates it and compares item by item (identity first), keeping no
# reference once done; reversed() asks len() and holds the container until
# it is exhausted.
class Pile:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Bag:
    def __init__(self, *things):
        self.things = list(things)

    def __iter__(self):
        return iter(self.things)


x = [1.5]  # ?rc x
y = [2.5]
pile = Pile([x, y])  # ?rc pile
has = x in pile  # ?rc pile x
missing = [3.5] not in pile  # ?rc pile
back = reversed(pile)  # ?rc pile back
last = next(back)  # ?rc y last pile
first = next(back)  # ?rc x first
rest = list(back)  # ?rc pile rest
bag = Bag(x, y)  # ?rc bag x
found = y in bag  # ?rc bag y
print(has, missing, found, [2.5] in bag)
