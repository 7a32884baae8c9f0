# Theme: route planning over a small weighted graph: defaultdict(list)
# adjacency, heapq Dijkstra, itertools.product for pairs, namedtuple edges,
# functools.lru_cache memoised path lengths.
import functools
import gc
import heapq
import itertools
import sys
from collections import defaultdict, namedtuple

Edge = namedtuple("Edge", "src dst cost")

EDGES = [Edge("Amsterdam", "Berlin", 6.5), Edge("Berlin", "Prague", 4.25),
         Edge("Amsterdam", "Paris", 5.0), Edge("Paris", "Prague", 9.75)]  # ?rc EDGES
graph = defaultdict(list)  # ?rc graph
for e in EDGES:
    graph[e.src].append(e)  # ?rc e
    graph[e.dst].append(Edge(e.dst, e.src, e.cost))
first = EDGES[0]  # ?rc first


def dijkstra(start):
    dist = {start: 0.0}  # ?rc dist
    heap = [(0.0, start)]  # ?rc heap
    while heap:
        d, node = heapq.heappop(heap)
        for edge in graph[node]:
            nd = d + edge.cost
            if nd < dist.get(edge.dst, float("inf")):
                dist[edge.dst] = nd
                heapq.heappush(heap, (nd, edge.dst))
    return dist


@functools.lru_cache(maxsize=8)
def shortest(a, b):
    table = dijkstra(a)  # ?rc table
    return table[b]


far = shortest("Amsterdam", "Prague")  # ?rc far
far2 = shortest("Amsterdam", "Prague")  # ?rc far far2
info = shortest.cache_info()  # ?rc info
cities = sorted(graph)  # ?rc cities
pairs = [(a, b) for a, b in itertools.product(cities, cities) if a < b]  # ?rc pairs
p0 = pairs[0]  # ?rc p0
lengths = {pair: shortest(*pair) for pair in pairs}  # ?rc lengths
longest = max(lengths, key=lengths.get)  # ?rc longest p0
ams = graph["Amsterdam"]  # ?rc ams first
print(sys.getrefcount(first), sys.getrefcount(far))
shortest.cache_clear()  # ?rc far
del lengths, pairs  # ?rc p0 longest
graph["loop"].append(graph)  # ?rc graph
del graph, ams, e
print(gc.collect())
print(info, cities)
