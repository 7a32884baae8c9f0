# Theme: object.__getstate__() (3.11+) returns the instance's own attribute
# dict (None when it has no attributes), and caches the class's slot names
# in a new __slotnames__ list in the class's dict.
import gc


class Node:
    def __init__(self):
        self.items = [1.5]


gc.collect()
n = Node()
state = n.__getstate__()  # ?rc state n
same = state is n.__dict__  # ?rc state
empty = Node()
del empty.items
nothing = empty.__getstate__()
print(nothing is None)
del n, state, empty, nothing, Node
print(gc.collect())  # the class's objects and its __slotnames__ list


class Point:
    pass


p = Point()
p.me = p
p.__getstate__()
del p
print(gc.collect())  # 3.11/3.12: the point and its dict; 3.13: the point
