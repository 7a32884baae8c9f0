# Theme: a graph of nodes with adjacency lists; edges in both directions
# make cycles, and dropping the graph leaves them to the collector.
import gc
import sys


class Vertex:
    def __init__(self, label):
        self.label = label
        self.adj = []

    def connect(self, other):
        self.adj.append(other)
        other.adj.append(self)


gc.collect()
graph = {}  # ?rc graph
for i in range(4):
    graph[i] = Vertex(i)
v0 = graph[0]  # ?rc v0
v1 = graph[1]  # ?rc v1
v0.connect(v1)  # ?rc v0 v1
v1.connect(graph[2])  # ?rc v1
v2 = graph[2]  # ?rc v2
v2.connect(graph[3])  # ?rc v2
v3 = graph[3]  # ?rc v3
v3.connect(v0)  # ?rc v0 v3
adj0 = v0.adj  # ?rc adj0
print(sys.getrefcount(v0))
print(len(adj0))
del adj0
degree = [len(graph[k].adj) for k in range(4)]  # ?rc degree
del v0, v1, v2, v3
print(gc.collect())  # nothing: graph still holds them
graph.clear()  # ?rc graph
print(gc.collect())  # 4 vertices + 4 adjacency lists

lonely = Vertex("lonely one")  # ?rc lonely
lonely.connect(lonely)  # ?rc lonely
print(sys.getrefcount(lonely))
del lonely
print(gc.collect())
labels = frozenset(["node one", "node two"])  # ?rc labels
all_labels = labels.union()  # ?rc labels -- nothing to add
print(len(all_labels))
