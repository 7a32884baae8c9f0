# Breadth-first search over a route map with collections.deque as the
# queue; a 0-1 variant uses appendleft for free edges. Paths are lists.
import gc
from collections import deque

routes = {
    "Lisbon": ["Madrid", "Porto"],
    "Porto": ["Madrid"],
    "Madrid": ["Paris", "Barcelona"],
    "Barcelona": ["Paris"],
    "Paris": [],
}  # ?rc routes
start_path = ["Lisbon"]  # ?rc start_path


def bfs(graph, path0, goal):
    queue = deque([path0])  # ?rc queue path0
    seen = {path0[0]}
    while queue:
        path = queue.popleft()  # ?rc path
        last = path[-1]
        if last == goal:
            return path
        for nxt in graph[last]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None


found = bfs(routes, start_path, "Paris")  # ?rc found start_path
hops = len(found) - 1


def zero_one(graph, src, free):
    dist = {src: 0}
    dq = deque([src])
    order = []  # ?rc order
    while dq:
        node = dq.popleft()
        order.append(node)
        for nxt in graph[node]:
            cost = 0 if (node, nxt) in free else 1
            if nxt not in dist or dist[node] + cost < dist[nxt]:
                dist[nxt] = dist[node] + cost
                if cost == 0:
                    dq.appendleft(nxt)
                else:
                    dq.append(nxt)
    return dist, order


dist, order = zero_one(routes, "Lisbon", {("Lisbon", "Porto"), ("Porto", "Madrid")})  # ?rc dist order
madrid = routes["Madrid"]  # ?rc madrid
route_text = " -> ".join(found)  # ?rc route_text
del routes  # ?rc madrid
del found  # ?rc start_path
print(route_text, hops, dist, order)
print(gc.collect())
