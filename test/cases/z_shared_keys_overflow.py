# Theme: where an instance keeps its attributes. Instances of a class share
# one keys table of at most 30 names, and each new instance takes one free
# slot while more than one is left. A name that finds no slot moves that
# instance's values into a dict of its own, which gc.collect() counts.
import gc


class Row:
    pass


class Node:
    def __init__(self, value):
        self.value = value
        self.kids = []


gc.collect()
row = Row()  # ?rc row
for i in range(30):
    setattr(row, "col_%d" % i, i * 0.5)
row.me = row  # ?rc row
del row
print(gc.collect())  # the row and its dict

nodes = [Node(i * 1.5) for i in range(40)]  # ?rc nodes
first = nodes[0]
second = nodes[1]
first.parent = first  # the one slot left
second.parent = second
second.label = second  # no slot: second's values move into a dict
del nodes, first, second
print(gc.collect())  # two cycles: 2 nodes, 2 kids lists, one dict

objs = [Row() for _ in range(25)]
lone = objs[0]
lone.a = 2.5
lone.b = 2.5
lone.c = 2.5
lone.d = 2.5
lone.e = 2.5
lone.me = lone  # the sixth name: 25 instances left five slots
objs.clear()
del lone
print(gc.collect())
