# A name a branch of unknown direction rebinds (or deletes) holds one of two
# objects afterwards: tests on it (is None, truth, isinstance) go either way.
import gc
import sys


class Node:
    def __init__(self, label):
        self.label = label
        self.peer = None


def pick(flag):
    x = None
    if flag > len(sys.argv):
        x = Node("picked one")
    keep = [1.5]  # ?rc keep
    if x is None:
        holder = [keep]  # ?rc keep
    else:
        holder = [keep, keep]  # ?rc keep
    return holder


h = pick(int(sys.argv[0] == "zz"))  # ?rc h
n = [2.5]
y = n  # ?rc n
if len(sys.argv) > 5:
    y = None
if y is not None:
    z = [n, n]  # ?rc n
m = [n]  # ?rc n

a = Node("first node!")
b = Node("second node!")
cur = a
if len(sys.argv) > 7:
    cur = b
if cur is a:
    a.peer = b  # ?rc a b
if isinstance(cur, Node):
    tag = cur.label  # ?rc a b
if cur:
    extra = [cur]  # ?rc a b

w = [3.5]
alias = w  # ?rc w
if len(sys.argv) > 9:
    del alias
try:
    again = [alias]  # ?rc w
except NameError:
    again = None
del a, b, cur
print(gc.collect())
