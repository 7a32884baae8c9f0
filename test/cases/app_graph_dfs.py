# Theme: a directed graph of Vertex objects with adjacency lists, a
# recursive depth-first search, a cycle detector, and teardown by gc.
import gc
import sys


class Vertex:
    def __init__(self, label):
        self.label = label
        self.out = []

    def link(self, other):
        self.out.append(other)  # ?rc other


def dfs(v, seen, order):
    if v in seen:
        return
    seen.add(v)
    for w in v.out:
        dfs(w, seen, order)
    order.append(v)  # ?rc v


def has_cycle(start):
    stack = [start]
    seen = set()
    while stack:
        cur = stack.pop()
        if cur in seen:
            return True
        seen.add(cur)
        stack.extend(cur.out)
    return False


gc.collect()
a, b, c = Vertex(1.5), Vertex(2.5), Vertex(3.5)  # ?rc a b c
a.link(b)  # ?rc b
b.link(c)  # ?rc c
a.link(c)  # ?rc c
order = []
dfs(a, set(), order)  # ?rc a b c order
print(sys.getrefcount(c))
cyc = has_cycle(a)  # ?rc a
del order  # ?rc a b c
c.link(a)  # ?rc a
print(has_cycle(a))
graph = {"v": [a, b, c]}  # ?rc graph a
del a, b, c
print(gc.collect())  # nothing: graph still names them
del graph
print(gc.collect())  # 3 vertices + 3 out lists
