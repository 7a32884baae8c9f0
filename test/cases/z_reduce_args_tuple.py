# functools.reduce: the reducer sees the accumulator, the item, and what the
# call's argument tuple holds (the function, the iterable, the initial value).
import functools
import sys


class Item:
    pass


def combine(acc, it):
    pair = [acc, it]  # ?rc acc it
    print(sys.getrefcount(combine))
    return acc


one = Item()
two = Item()
start = Item()
items = [one, two]
res = functools.reduce(combine, items, start)  # ?rc res start
res2 = functools.reduce(combine, items)  # ?rc res2 one
total = functools.reduce(lambda a, b: a + b, [1.5, 2.5, 3.5])  # ?rc total
