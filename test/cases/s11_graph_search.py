# Theme: graph search over a dict adjacency list. BFS finds shortest
# paths with a parent map, DFS (recursive and iterative) lists reachable
# nodes, and a weighted variant uses heapq (Dijkstra).
import gc
import sys
import heapq
from collections import deque


class Graph:
    def __init__(self):
        self.adj = {}

    def add_edge(self, a, b, w=1.0):
        self.adj.setdefault(a, []).append((b, w))
        self.adj.setdefault(b, []).append((a, w))

    def bfs_path(self, start, goal):
        parent = {start: None}  # ?rc parent
        queue = deque([start])  # ?rc queue
        while queue:
            node = queue.popleft()
            if node == goal:
                break
            for nxt, _ in self.adj.get(node, []):
                if nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        path = []
        node = goal
        while node is not None:
            path.append(node)
            node = parent.get(node)
        path.reverse()  # ?rc path
        return path

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)  # ?rc seen
        for nxt, _ in sorted(self.adj[start]):
            if nxt not in seen:
                self.dfs(nxt, seen)
        return seen

    def dfs_iter(self, start):
        order, stack = [], [start]
        while stack:
            node = stack.pop()
            if node in order:
                continue
            order.append(node)
            stack.extend(n for n, _ in sorted(self.adj[node], reverse=True))
        return order

    def dijkstra(self, start):
        dist = {start: 0.0}  # ?rc dist
        heap = [(0.0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.adj[node]:
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    heapq.heappush(heap, (nd, nxt))
        return dist


g = Graph()  # ?rc g
edges = [("the depot", "north yard", 2.5), ("north yard", "mill", 1.25),
         ("the depot", "south gate", 4.0), ("south gate", "mill", 0.5),
         ("mill", "quarry", 3.0)]  # ?rc edges
for a, b, w in edges:
    g.add_edge(a, b, w)
adj = g.adj  # ?rc adj
depot_edges = adj["the depot"]  # ?rc depot_edges
path = g.bfs_path("the depot", "quarry")  # ?rc path
print(" -> ".join(path), sys.getrefcount(path))
order = g.dfs("the depot")  # ?rc order
order2 = g.dfs_iter("the depot")  # ?rc order2
print(order == order2, order)
dist = g.dijkstra("the depot")  # ?rc dist
far = max(dist.items(), key=lambda kv: kv[1])  # ?rc far
print(far)
quarry = dist["quarry"]  # ?rc quarry
ranked = sorted(dist, key=dist.get)  # ?rc ranked
print(ranked)
del dist  # ?rc quarry
first = edges[0]  # ?rc first
del edges  # ?rc first
del g  # ?rc adj depot_edges
print(gc.collect())  # adjacency lists of tuples: no cycles
