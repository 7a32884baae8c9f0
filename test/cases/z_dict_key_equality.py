# Theme: storing under a key equal to one already in a dict keeps the old
# key and releases the old value. Equality decided by __eq__: comparing
# vars() dicts is followed; an answer the model cannot know (a comparison
# with a random draw) leaves both outcomes open, never the wrong one.
import gc
import random


class Loc:
    def __init__(self, row):
        self.row = row

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __hash__(self):
        return hash(self.row)


l1, l2 = Loc(1.5), Loc(1.5)
old = [0.5]  # ?rc old
grid = {l1: old}  # ?rc old l1
grid[l2] = [2.5]  # ?rc old l1 l2
l3 = Loc(2.5)
grid[l3] = old  # ?rc old l3


class Fuzzy:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return random.random() < 2

    def __hash__(self):
        return 7


f1, f2 = Fuzzy(1), Fuzzy(2)
kept = [3.5]  # ?rc kept
table = {f1: kept}  # ?rc kept f1
table[f2] = [4.5]  # ?rc kept f1 f2
l1.grid = grid
del l1, l2, l3, grid
print(gc.collect())
