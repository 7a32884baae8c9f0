# Graph library: adjacency dicts, BFS, DFS, Dijkstra shortest path and node objects.
import gc
import heapq
from collections import deque


class Node:
    def __init__(self, label):
        self.label = label
        self.meta = {}

    def __lt__(self, other):
        return self.label < other.label


class Graph:
    def __init__(self):
        self.adj = {}  # ?rc self

    def add_edge(self, a, b, weight=1.0):
        self.adj.setdefault(a, {})[b] = weight
        self.adj.setdefault(b, {})[a] = weight  # ?rc a b

    def bfs(self, start):
        seen = [start]
        queue = deque([start])  # ?rc queue start
        while queue:
            node = queue.popleft()
            for nxt in sorted(self.adj[node]):
                if nxt not in seen:
                    seen.append(nxt)
                    queue.append(nxt)
        return seen

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)  # ?rc seen
        for nxt in sorted(self.adj[start]):
            if nxt not in seen:
                self.dfs(nxt, seen)
        return seen

    def shortest(self, src, dst):
        dist = {src: 0.0}
        prev = {}
        heap = [(0.0, src)]  # ?rc heap
        while heap:
            d, node = heapq.heappop(heap)
            if node is dst:
                break
            for nxt, w in self.adj[node].items():
                nd = d + w
                if nxt not in dist or nd < dist[nxt]:
                    dist[nxt] = nd
                    prev[nxt] = node
                    heapq.heappush(heap, (nd, nxt))
        path = [dst]
        while path[-1] is not src:
            path.append(prev[path[-1]])
        path.reverse()  # ?rc path
        return path, dist[dst]


g = Graph()  # ?rc g
a, b, c, d, e = (Node(x) for x in "abcde")  # ?rc a e
g.add_edge(a, b, 4.0)  # ?rc a b
g.add_edge(a, c, 1.0)
g.add_edge(c, b, 2.0)  # ?rc c
g.add_edge(b, d, 5.0)
g.add_edge(c, d, 8.0)
g.add_edge(d, e, 3.0)  # ?rc d e
order = g.bfs(a)  # ?rc order a
depth = g.dfs(a)  # ?rc depth
path, cost = g.shortest(a, e)  # ?rc path cost a
labels = [n.label for n in path]
print(labels, cost, [n.label for n in order], [n.label for n in depth])
neighbours = g.adj[c]  # ?rc neighbours
del order, depth  # ?rc a b
del path  # ?rc a e
n = gc.collect()
a.meta["graph"] = g  # ?rc g
del g  # ?rc neighbours c
del neighbours
n = gc.collect()
del a, b, c, d, e
n = gc.collect()
print(n)
