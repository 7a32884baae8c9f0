# Theme: route planning. City objects are keys of an adjacency dict of
# dicts (neighbour -> distance); Dijkstra runs on heapq with (distance,
# sequence, city) tuples and a `previous` dict, and the path is rebuilt
# by walking it backwards. Roads are added both ways.
import gc
import heapq
from itertools import count


class City:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class RoadMap:
    def __init__(self):
        self.adj = {}

    def road(self, a, b, km):
        self.adj.setdefault(a, {})[b] = km
        self.adj.setdefault(b, {})[a] = km  # ?rc a b

    def shortest(self, start, goal):
        seq = count()
        dist = {start: 0.0}
        previous = {}
        heap = [(0.0, next(seq), start)]
        while heap:
            d, _, city = heapq.heappop(heap)
            if city is goal:
                break
            for nxt, km in self.adj[city].items():
                nd = d + km
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    previous[nxt] = city
                    heapq.heappush(heap, (nd, next(seq), nxt))
        path, node = [], goal
        while node is not start:
            path.append(node)
            node = previous[node]
        path.append(start)  # ?rc start goal
        path.reverse()
        return dist[goal], path


amsterdam, berlin, cologne, dresden = (City(n) for n in ("AMS", "BER", "CGN", "DRS"))
roads = RoadMap()  # ?rc roads
roads.road(amsterdam, cologne, 260.5)  # ?rc amsterdam cologne
roads.road(cologne, berlin, 575.0)
roads.road(amsterdam, berlin, 655.25)  # ?rc berlin
roads.road(berlin, dresden, 193.75)  # ?rc dresden
km, path = roads.shortest(amsterdam, dresden)  # ?rc km path dresden
print(km, path)
hop = path[1]  # ?rc hop
neighbours = roads.adj[berlin]  # ?rc neighbours
far = neighbours[amsterdam]  # ?rc far
del hop, path, neighbours
print(gc.collect())
del roads  # ?rc amsterdam berlin
print(gc.collect())  # plain dicts of dicts, no cycles
