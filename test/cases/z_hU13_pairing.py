# Theme: enumerate / zip / map over a set pair members with indexes or partners in the set's hash order
class Node:
    def __init__(self, name):
        self.name = name
        self.slot = None


def tag(n):
    return [n]


a = Node("a")
b = Node("b")
c = Node("c")
nodes = {a, b, c}
zero = None
for i, n in enumerate(nodes):
    if i == 0:
        zero = n
del i, n
indexed = True  # ?rc a b c
partners = [["p"], ["q"], ["r"]]
p0 = partners[0]
for n, p in zip(nodes, partners):
    n.slot = p
del n, p
paired = True  # ?rc a b c p0
wrapped = list(map(tag, nodes))
head = wrapped[0]
w = len(wrapped)  # ?rc a b c head wrapped
for n in nodes:
    n.slot = None
del n, head
wrapped = None
reset = True  # ?rc a b c p0
table = dict(zip(range(3), nodes))
t0 = table[0]
looked = True  # ?rc a b c t0
