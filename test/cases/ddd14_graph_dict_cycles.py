# Theme: an adjacency map stored as nested dicts that point at each other;
# dropping the graph leaves cycles made only of dicts and lists.
import gc
import sys


def make_graph(names):
    nodes = {}
    for name in names:
        nodes[name] = {"name": name, "edges": []}
    return nodes


def connect(nodes, a, b):
    nodes[a]["edges"].append(nodes[b])
    nodes[b]["edges"].append(nodes[a])


gc.collect()
g = make_graph(["n1!", "n2!", "n3!"])  # ?rc g
connect(g, "n1!", "n2!")
connect(g, "n2!", "n3!")
n2 = g["n2!"]  # ?rc n2
print(sys.getrefcount(n2), len(n2["edges"]))
del g
print(gc.collect())  # n2 still reaches the other nodes
del n2
n = gc.collect()  # the outer dict died by count; 3 dicts, 3 lists
print(n)
lonely = make_graph(["solo!"])
solo = lonely["solo!"]  # ?rc solo
solo["edges"].append(solo)  # ?rc solo
solo["owner"] = lonely  # ?rc lonely
del lonely, solo
print(gc.collect())
chain = {}
cur = chain
for depth in range(4):
    nxt = {"up": cur}  # ?rc cur
    cur["down"] = nxt
    cur = nxt
del nxt, cur
print(sys.getrefcount(chain))
del chain
print(gc.collect())  # 5 dicts, each pointing up and down
