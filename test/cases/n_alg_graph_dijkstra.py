# Theme: a weighted road network, Dijkstra's shortest paths with heapq, and
# a BFS over the same adjacency lists; path reconstruction via a prev-map.
import gc
import heapq
import sys
from collections import deque


class City:
    def __init__(self, name):
        self.name = name
        self.roads = []

    def connect(self, other, km):
        self.roads.append((other, km))
        other.roads.append((self, km))  # ?rc other


def dijkstra(source):
    dist = {source: 0.0}
    prev = {}
    heap = [(0.0, 0, source)]
    tie = 1
    while heap:
        d, _, city = heapq.heappop(heap)  # ?rc city
        if d > dist[city]:
            continue
        for nxt, km in city.roads:
            nd = d + km
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = city
                heapq.heappush(heap, (nd, tie, nxt))
                tie += 1
    return dist, prev


def path_to(prev, target):
    route = [target]
    while route[-1] in prev:
        route.append(prev[route[-1]])  # ?rc route
    route.reverse()
    return route


def bfs_hops(start):
    hops = {start: 0}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        for nxt, _ in cur.roads:
            if nxt not in hops:
                hops[nxt] = hops[cur] + 1
                queue.append(nxt)
    return hops


gc.collect()
names = ["Ashford Hill", "Bree Town", "Carn Dum", "Dale Cross"]
cities = [City(n) for n in names]
a, b, c, d = cities  # ?rc a d
a.connect(b, 4.5)  # ?rc a
b.connect(c, 2.25)
a.connect(c, 9.75)  # ?rc c
c.connect(d, 1.5)  # ?rc d
dist, prev = dijkstra(a)  # ?rc prev d
route = path_to(prev, d)  # ?rc route d
label = " -> ".join(city.name for city in route)  # ?rc label
total = dist[d]  # ?rc total
hops = bfs_hops(a)  # ?rc a
print(label, total, hops[d], sys.getrefcount(d))
del dist, prev, route, hops  # ?rc a c
del a, b, c, d, cities
print(gc.collect())  # 4 cities, 4 road lists, 6 road tuples
