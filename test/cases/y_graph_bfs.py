# Theme: a graph as a dict of adjacency lists of Vertex objects, BFS with
# collections.deque, shortest paths rebuilt from a parent map.
import gc
import sys
from collections import deque


class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def connect(self, other):
        self.edges.append(other)
        other.edges.append(self)


def bfs(start):
    parent = {start: None}
    queue = deque([start])  # ?rc queue start
    order = []
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in v.edges:
            if w not in parent:
                parent[w] = v
                queue.append(w)
    return order, parent


def path_to(parent, goal):
    path = []
    while goal is not None:
        path.append(goal)
        goal = parent[goal]
    path.reverse()
    return path


names = ["north", "south", "east", "west", "centre"]
verts = [Vertex(n) for n in names]  # ?rc verts
a, b, c, d, e = verts  # ?rc a e
a.connect(b)
b.connect(c)  # ?rc b c
c.connect(d)
d.connect(e)
a.connect(e)  # ?rc a e
order, parent = bfs(a)  # ?rc order parent a c
route = path_to(parent, c)  # ?rc route c a
print([v.name for v in route], sys.getrefcount(c))
del order  # ?rc c
del parent  # ?rc c b
del route  # ?rc c a
del verts  # ?rc a
del a, b, c, d
print(gc.collect())
del e
print(gc.collect())  # five vertices and their edge lists
