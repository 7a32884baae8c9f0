# Theme: a doubly linked list; every pair of neighbours is a cycle.
import gc
import sys


class DNode:
    __slots__ = ("value", "prev", "next", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = None
        self.tail = None

    def append(self, value):
        node = DNode(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        return node

    def remove(self, node):
        if node.prev is not None:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next is not None:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        node.prev = node.next = None


gc.collect()
dl = DList()  # ?rc dl DNode
a = dl.append(1.25)  # ?rc a
b = dl.append(2.25)  # ?rc a b
c = dl.append(3.25)  # ?rc b c
val = b.value  # ?rc val
dl.remove(b)  # ?rc a b c
print(sys.getrefcount(b))
del b  # ?rc val
print(gc.collect())
dl.remove(a)  # ?rc a c
dl.remove(c)  # ?rc c
print(gc.collect())
for i in range(5):
    dl.append(float(i) + 0.5)
head = dl.head  # ?rc head
del head
del dl
print(gc.collect())  # five slotted nodes and the list object
del a, c
print(gc.collect())
