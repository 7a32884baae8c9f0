# Theme: sys.getrefcount() on attributes, container items, globals(),
# classes and functions, bound methods, and `self` inside methods.
import sys


class Node:
    def __init__(self, value):
        self.value = value

    def count_self(self):
        return sys.getrefcount(self)


payload = [1.5, 2.5]
n = Node(payload)
print(sys.getrefcount(n.value))  # payload, the attribute, the argument
print(sys.getrefcount(n))
table = {"first": n, "second": payload}
print(sys.getrefcount(table["first"]))
print(sys.getrefcount(globals()["payload"]))
print(sys.getrefcount(Node))
print(sys.getrefcount(Node.count_self))
print(n.count_self())
bound = n.count_self
print(bound())
print(sys.getrefcount(bound))
nodes = [Node(payload) for _ in range(3)]
print(sys.getrefcount(payload))
print([sys.getrefcount(x) for x in nodes])
print(sys.getrefcount((n, n)[0]))


def show(obj):
    alias = obj
    return sys.getrefcount(alias)


print(show(payload))
print(sys.getrefcount(show))
del nodes
print(sys.getrefcount(payload))
