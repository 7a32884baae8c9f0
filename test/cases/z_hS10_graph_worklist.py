# Theme: a graph traversal keeps neighbours in sets and fills a worklist (list and deque) in set order
from collections import deque


class Node:
    def __init__(self, label):
        self.label = label
        self.edges = set()

    def link(self, other):
        self.edges.add(other)


root = Node("root")
pad = [Node("pad") for _ in range(4)]
left = Node("left")
del pad
mid = Node("mid")
junk = [Node("junk") for _ in range(3)]
right = Node("right")
del junk
root.link(left)
root.link(mid)
root.link(right)
stack = []
for n in root.edges:
    stack.insert(0, n)
top = stack[0]
peeked = True  # ?rc left mid right
top = None
head, *tail = stack
unpacked = True  # ?rc left mid right
del head, tail
del stack[0]
dropped = True  # ?rc left mid right
stack = None
queue = deque()
for n in root.edges:
    queue.append(n)
n = None
nxt = queue.popleft()
taken = True  # ?rc left mid right
nxt = None
queue.clear()
done = True  # ?rc left mid right
