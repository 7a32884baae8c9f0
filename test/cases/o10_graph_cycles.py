# Directed graph with adjacency lists of node objects; cycle detection and teardown.
import gc


class Vertex:
    def __init__(self, name):
        self.name = name
        self.out = []
        self.incoming = []

    def link(self, other):
        self.out.append(other)  # ?rc other
        other.incoming.append(self)  # ?rc self


class Graph:
    def __init__(self):
        self.vertices = {}

    def vertex(self, name):
        v = self.vertices.get(name)
        if v is None:
            v = Vertex(name)  # ?rc v
            self.vertices[name] = v  # ?rc v
        return v

    def edge(self, a, b):
        self.vertex(a).link(self.vertex(b))

    def has_cycle(self):
        state = {}

        def visit(v):
            state[v.name] = 1
            for w in v.out:
                s = state.get(w.name, 0)
                if s == 1 or (s == 0 and visit(w)):
                    return True
            state[v.name] = 2
            return False

        found = any(visit(v) for v in self.vertices.values() if state.get(v.name, 0) == 0)  # ?rc state
        return found


g = Graph()  # ?rc g
for a, b in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]:
    g.edge(a, b)
va = g.vertices["a"]  # ?rc va
vc = g.vertices["c"]  # ?rc vc
cyc = g.has_cycle()
n1 = gc.collect()
verts = list(g.vertices.values())  # ?rc verts va vc
del g  # ?rc va vc
n2 = gc.collect()
del verts  # ?rc va vc
n3 = gc.collect()
del va, vc
n4 = gc.collect()
print(cyc, n1, n2, n3, n4)
