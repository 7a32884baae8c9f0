# Theme: a directed graph stored as Node objects with adjacency lists in a
# dict keyed by name. Edges in both directions form cycles; clearing the
# adjacency lists before dropping the graph avoids the collector.
import gc


class Vertex:
    def __init__(self, name):
        self.name = name
        self.out = []


def build(names, edges):
    graph = {n: Vertex(n) for n in names}
    for src, dst in edges:
        graph[src].out.append(graph[dst])
    return graph


gc.collect()
names = ["alpha", "beta", "gamma", "delta"]
g = build(names, [("alpha", "beta"), ("beta", "gamma"), ("gamma", "alpha"),
                  ("alpha", "delta")])  # ?rc g
va = g["alpha"]  # ?rc va
vd = g["delta"]  # ?rc vd -- only the dict, va.out and the name
out = va.out  # ?rc out va
del g  # ?rc va vd out
print(gc.collect())  # nothing: everything is still reachable from va
del va, vd, out
print(gc.collect())  # alpha, beta, gamma cycle; delta hangs off it

h = build(names, [("alpha", "beta"), ("beta", "alpha"), ("gamma", "delta"),
                  ("delta", "gamma")])  # ?rc h
vb = h["beta"]  # ?rc vb
for v in h.values():
    v.out.clear()
del v  # ?rc vb
del h  # ?rc vb
print(gc.collect())  # cleared edges: nothing cyclic was left
w = vb  # ?rc w vb
