# Theme: an undirected graph whose vertices keep sets of their neighbours.
# Edges are mutual references through sets; removing a vertex properly
# breaks its cycles, dropping the whole graph leaves them to gc.
import gc


class Vertex:
    def __init__(self, label):
        self.label = label
        self.neighbours = set()

    def connect(self, other):
        self.neighbours.add(other)
        other.neighbours.add(self)

    def detach(self):
        for n in list(self.neighbours):
            n.neighbours.discard(self)
        self.neighbours.clear()


gc.collect()
a, b, c = Vertex("a"), Vertex("b"), Vertex("c")
a.connect(b)  # ?rc a b
b.connect(c)
c.connect(a)  # ?rc a b c
c.detach()  # ?rc a b c
del c
print("detached vertex freed by refcount:", gc.collect())
del a, b
print("a-b cycle:", gc.collect())  # two vertices, their dicts are not separate, two sets

graph = {label: Vertex(label) for label in "pqrs"}
for x, y in [("p", "q"), ("q", "r"), ("r", "s"), ("s", "p")]:
    graph[x].connect(graph[y])
hub = graph["p"]  # ?rc hub
graph.clear()
print("hub keeps everything alive:", gc.collect())
del hub
print("square graph:", gc.collect())
