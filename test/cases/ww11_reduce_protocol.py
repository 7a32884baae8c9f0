# Theme: copying objects through __reduce__ / __reduce_ex__: copy.copy and
# deepcopy rebuild via the returned callable and argument tuple.
import copy
import gc


class Point:
    def __init__(self, x, y, tags):
        self.x = x
        self.y = y
        self.tags = tags

    def __reduce__(self):
        return (Point, (self.x, self.y, self.tags))


class Bag:
    def __init__(self):
        self.items = []

    def __reduce_ex__(self, protocol):
        return (Bag, (), {"items": self.items})


x = 1.25 * 2  # ?rc x
tags = ["north", "east"]  # ?rc tags
p = Point(x, 10 ** 6, tags)  # ?rc p x
q = copy.copy(p)  # ?rc q x tags
r = copy.deepcopy(p)  # ?rc r x tags
rtags = r.tags
red = p.__reduce__()  # ?rc red
args = red[1]  # ?rc args x
del red, args  # ?rc x tags
bag = Bag()
bag.items.append(p)  # ?rc p
bag2 = copy.copy(bag)  # ?rc bag2 p
shared_items = bag2.items  # ?rc shared_items
bag3 = copy.deepcopy(bag)  # ?rc bag3 p
items3 = bag3.items  # ?rc items3
bag.items.append(bag)  # ?rc bag
del bag, bag2, shared_items  # ?rc p
print(gc.collect())
