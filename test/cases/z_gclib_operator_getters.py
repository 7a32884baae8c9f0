# operator getters and their tuples: attrgetter always keeps a tuple of names (a
# dotted name as a tuple of parts), itemgetter(a, b) its argument tuple, and on
# 3.13 methodcaller a (name, *args) tuple; gc.collect() finds them with the getter.
import gc
import operator

by_name = operator.attrgetter("name")
box = [by_name]
box.append(box)
del box, by_name
print(gc.collect())

deep = operator.attrgetter("owner.name", "size")
box = [deep]
box.append(box)
del box, deep
print(gc.collect())

first = operator.itemgetter(0)
cols = operator.itemgetter(0, 2)
key = [7.5]
by_key = operator.itemgetter(key)  # ?rc key
box = [first, cols, by_key]
box.append(box)
del box, first, cols, by_key
print(gc.collect())  # ?rc key


class Item:
    def __init__(self, name, size):
        self.name = name
        self.size = size


items = [Item("b", 2.5), Item("a", 1.5)]
items.sort(key=operator.attrgetter("name"))
pairs = list(map(operator.itemgetter(1, 0), [(1.5, 2.5)]))  # ?rc pairs

stripper = operator.methodcaller("strip")
splitter = operator.methodcaller("split", ",", 1)
words = splitter("a,b,c")  # ?rc words
box = [stripper, splitter]
box.append(box)
del box, stripper, splitter
print(gc.collect())
