# The walrus operator in a comprehension binds in the enclosing scope: the
# last value stays named after the comprehension finishes.


class Item:
    def __init__(self, w):
        self.w = w


items = [Item(1.5), Item(2.5), Item(3.5)]  # ?rc items
heavy = [last for it in items if (last := it).w > 2]  # ?rc heavy last
first = items[0]  # ?rc first
doubled = [(y := x) for x in items]  # ?rc y doubled
del items  # ?rc first y
squares = [(sq := v * v) for v in (1.5, 2.5)]  # ?rc sq squares


def scoped(seq):
    out = [(z := e) for e in seq]  # ?rc z out
    return z


tail = scoped(doubled)  # ?rc tail
doubled.clear()  # ?rc tail y last
heavy = None  # ?rc last
