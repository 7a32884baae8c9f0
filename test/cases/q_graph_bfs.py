# Application: a dependency graph as a dict of sets; breadth-first and
# depth-first traversals with collections.deque and an explicit stack.
import gc
import sys
from collections import deque


def build(edges):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    return graph


def bfs(graph, start):
    seen = {start}
    order = []
    queue = deque([start])  # ?rc queue
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    result = order  # ?rc result order
    return result


def dfs(graph, start, path=None):
    if path is None:
        path = []
    path.append(start)
    for nxt in sorted(graph[start]):
        if nxt not in path:
            dfs(graph, nxt, path)
    return path


edges = [("app", "db"), ("app", "web"), ("web", "db"), ("db", "disk"), ("web", "cdn")]  # ?rc edges
graph = build(edges)  # ?rc graph
deps = graph["app"]  # ?rc deps
order = bfs(graph, "app")  # ?rc order graph
walk = dfs(graph, "app")  # ?rc walk
q = deque(order, maxlen=3)  # ?rc q order
tail = list(q)  # ?rc tail
graph["disk"].add("app")  # ?rc deps
levels = {name: i for i, name in enumerate(order)}  # ?rc levels
ranked = sorted(levels.items(), key=lambda kv: -kv[1])  # ?rc ranked
pair = ranked[0]  # ?rc pair
print(sys.getrefcount(graph), sys.getrefcount(deps))
node_obj = [graph]  # ?rc node_obj graph
graph["self"] = node_obj  # ?rc node_obj
del graph, deps  # ?rc node_obj
print(gc.collect())
del node_obj
print(gc.collect())
