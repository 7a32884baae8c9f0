# Application: an undirected graph with adjacency lists and back references
# to the owning graph; BFS distances; then del and gc.collect().
import gc
import sys


class Vertex:
    def __init__(self, graph, name):
        self.graph = graph
        self.name = name
        self.adj = []

    def __repr__(self):
        return "V(%s)" % self.name


class Graph:
    def __init__(self):
        self.vertices = {}

    def add(self, name):
        v = Vertex(self, name)  # ?rc v
        self.vertices[name] = v  # ?rc v
        return v

    def connect(self, a, b):
        va, vb = self.vertices[a], self.vertices[b]  # ?rc va vb
        va.adj.append(vb)
        vb.adj.append(va)

    def bfs(self, start):
        dist = {start: 0}
        frontier = [self.vertices[start]]
        while frontier:
            nxt = []
            for v in frontier:
                for w in v.adj:
                    if w.name not in dist:
                        dist[w.name] = dist[v.name] + 1
                        nxt.append(w)
            frontier = nxt
        return dist


gc.collect()
g = Graph()  # ?rc g
for name in ["alpha", "beta", "gamma", "delta"]:
    g.add(name)  # ?rc g
g.connect("alpha", "beta")
g.connect("beta", "gamma")
g.connect("gamma", "alpha")
alpha = g.vertices["alpha"]  # ?rc alpha g
dist = g.bfs("alpha")  # ?rc dist alpha
owner = alpha.graph  # ?rc owner g
del owner  # ?rc g
print(gc.collect())
del g  # ?rc alpha
print(gc.collect())
del alpha
print(gc.collect())
solo = Graph()  # ?rc solo
d = solo.add("delta")  # ?rc d solo
d.adj.append(d)  # ?rc d
del solo  # ?rc d
print(sys.getrefcount(d))
del d
print(gc.collect())
