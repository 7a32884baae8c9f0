# Slice assignment from iterables other than a list or tuple: a str, a range, a generator, a dict, a
# set, a map; of a known number of items the list is spliced exactly, otherwise it stays open.
import gc
import os
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []


def gen(n):
    for i in range(n):
        yield Node(str(i))


def maybe(n):
    for i in range(n):
        if len(sys.argv) > 5:
            yield Node("x")
        yield i


root = Node("root")
root.kids[:] = "abc"  # ?rc root
root.kids[1:2] = range(4)  # ?rc root
root.kids[:0] = gen(2)  # ?rc root
first = root.kids[0]  # ?rc first
root.kids[2:] = {"k": 1, "j": 2}  # ?rc first
root.kids[0:1] = map(str, [1, 2, 3])  # ?rc first
keep = root.kids  # ?rc keep
keep[:] = maybe(3)  # ?rc keep
keep[:] = os.environ.get("NOPE", "xy")  # ?rc keep
spare = Node("spare")
spare.kids[:] = (c for c in "pq")  # ?rc spare
spare.kids[1:1] = [spare]  # ?rc spare
del spare
n = gc.collect()  # ?gc n
loop = Node("loop")
loop.kids[:] = iter([loop, loop])  # ?rc loop
loop.kids[:] = "z"  # ?rc loop
try:
    loop.kids[::2] = "abc"
except ValueError as e:
    msg = e  # ?rc msg loop
