# Graph adjacency dicts: vertex objects referencing each other through
# adjacency sets keyed by name, and an edge list of object pairs.
import gc


class Vertex:
    def __init__(self, name):
        self.name = name
        self.neighbors = []

    def connect(self, other):
        self.neighbors.append(other)  # ?rc other
        other.neighbors.append(self)


class Graph:
    def __init__(self):
        self.adj = {}
        self.vertices = {}

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, []).append(a)

    def vertex(self, name):
        v = self.vertices.get(name)
        if v is None:
            v = self.vertices[name] = Vertex(name)  # ?rc v
        return v


def bfs(adj, start):
    seen = [start]
    queue = [start]
    while queue:
        cur = queue.pop(0)
        for nb in adj.get(cur, []):
            if nb not in seen:
                seen.append(nb)
                queue.append(nb)
    return seen


g = Graph()
for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]:
    g.add_edge(a, b)
order = bfs(g.adj, "a")  # ?rc order
adj = g.adj  # ?rc adj
la = adj["a"]  # ?rc la

gc.collect()
va = g.vertex("alpha")  # ?rc va
vb = g.vertex("beta")  # ?rc va vb
va.connect(vb)  # ?rc va vb
va2 = g.vertex("alpha")  # ?rc va va2
nbs = va.neighbors  # ?rc nbs
del va2, nbs  # ?rc va
edges = [(va, vb)]  # ?rc va vb edges
pair = edges[0]  # ?rc pair
del pair  # ?rc va
del edges  # ?rc va vb
del va, vb
g.vertices.clear()
print(gc.collect())  # alpha <-> beta through neighbor lists


def ring(n):
    vs = [Vertex("r") for _ in range(n)]
    for i in range(n):
        vs[i].connect(vs[(i + 1) % n])
    head = vs[0]  # ?rc head
    return head


r = ring(4)  # ?rc r
del r
print(gc.collect())  # 4 vertices + 4 lists
