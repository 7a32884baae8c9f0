# A build-dependency graph: vertices hold adjacency lists of other vertices,
# so any edge back makes a cycle. Traversal, removal and collection, with
# the collector switched off and frozen for parts of the run.
import gc


class Vertex:
    def __init__(self, label):
        self.label = label
        self.out = []

    def link(self, other):
        self.out.append(other)  # ?rc other
        return other


def build(labels, edges):
    verts = {lab: Vertex(lab) for lab in labels}
    for a, b in edges:
        verts[a].link(verts[b])
    return verts


def reachable(start):
    seen = []
    stack = [start]
    while stack:
        v = stack.pop()
        if v in seen:
            continue
        seen.append(v)
        stack.extend(v.out)
    return seen


gc.collect()
g = build(["parse", "lex", "emit", "opt"],
          [("parse", "lex"), ("emit", "parse"), ("opt", "emit"), ("parse", "opt")])  # ?rc g
parse = g["parse"]  # ?rc parse
lex = g["lex"]  # ?rc lex
order = reachable(parse)  # ?rc order parse lex
n = len(order)  # ?rc n
del order  # ?rc parse lex
del g  # ?rc parse lex
print(gc.collect())  # nothing: parse still named
gc.disable()
del parse  # ?rc lex
print(gc.collect())  # parse -> opt -> emit -> parse: three vertices, three lists
gc.enable()
ring = [Vertex("ring node %d" % i) for i in range(3)]  # ?rc ring
for i, v in enumerate(ring):
    v.link(ring[(i + 1) % 3])  # ?rc v
first = ring[0]  # ?rc first
del ring, v  # ?rc first
loner = Vertex("self loop")
loner.link(loner)  # ?rc loner
gc.freeze()
del first, loner
print(gc.collect())  # frozen: nothing found
gc.unfreeze()
print(gc.collect())  # the ring and the self loop: four vertices, four lists
gc.disable()
