# Theme: gc.collect counts: cycles of lists and dicts, dropped and collected.
import gc

def ring(n):
    nodes = [[] for _ in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
    return nodes[0]

r = ring(3)
del r
a = gc.collect()
d = {}
d["self"] = d
del d
b = gc.collect()
pair = ([], [])
pair[0].append(pair[1])
pair[1].append(pair[0])
del pair
c = gc.collect()
keep = ring(4)  # ?rc keep
e = gc.collect()
