# Theme: graph search over City objects: an adjacency dict of lists, BFS
# with a deque, a visited set and a parent dict for the shortest path, and
# a recursive DFS that collects the visiting order.
from collections import deque


class City:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "City(" + self.name + ")"


def bfs_path(graph, start, goal):
    visited = {start}
    parent = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()  # ?rc queue
        if node is goal:
            break
        for nxt in graph[node]:
            if nxt not in visited:
                visited.add(nxt)
                parent[nxt] = node
                queue.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = parent[node]
    path.reverse()
    return path


def dfs(graph, node, seen, order):
    seen.add(node)
    order.append(node)  # ?rc order
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(graph, nxt, seen, order)


oslo, rome, lima, kiev, baku = (City(n) for n in ("Oslo A", "Rome B", "Lima C", "Kiev D", "Baku E"))
graph = {oslo: [rome, lima], rome: [oslo, kiev], lima: [oslo, kiev], kiev: [rome, lima, baku], baku: [kiev]}  # ?rc graph
path = bfs_path(graph, oslo, baku)  # ?rc path oslo kiev
order = []  # ?rc order
dfs(graph, oslo, set(), order)  # ?rc order oslo
names = " -> ".join(c.name for c in path)  # ?rc names
del graph[baku]  # ?rc baku kiev
del path  # ?rc oslo baku
