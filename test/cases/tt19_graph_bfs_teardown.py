# Theme: an undirected graph with adjacency lists of neighbour names and a
# node table; a BFS builds a parent map of node objects. Only the nodes'
# back-pointer to the graph makes cycles.
import gc
from collections import deque


class Node:
    def __init__(self, graph, name):
        self.graph = graph
        self.name = name
        self.adj = []


class Graph:
    def __init__(self):
        self.nodes = {}

    def add_edge(self, a, b):
        for n in (a, b):
            if n not in self.nodes:
                self.nodes[n] = Node(self, n)
        self.nodes[a].adj.append(b)
        self.nodes[b].adj.append(a)

    def bfs(self, start):
        parents = {start: None}
        queue = deque([start])
        while queue:
            cur = queue.popleft()
            for nxt in self.nodes[cur].adj:
                if nxt not in parents:
                    parents[nxt] = self.nodes[cur]
                    queue.append(nxt)
        return parents


gc.collect()
gr = Graph()  # ?rc gr
for a, b in [("n1", "n2"), ("n2", "n3"), ("n3", "n1"), ("n3", "n4")]:
    gr.add_edge(a, b)
n3 = gr.nodes["n3"]  # ?rc n3 gr
tree = gr.bfs("n1")  # ?rc tree n3
del tree  # ?rc n3
print(gc.collect())
del n3
del gr
print(gc.collect())  # graph, its dict, 4 nodes, 4 adjacency lists
