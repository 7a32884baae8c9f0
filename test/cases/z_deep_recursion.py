# Recursion deeper than 150 frames (300: well under what CPython allows):
# plain recursion, a property recursing down a chain, generators delegating
# with yield from; the model follows it to the end instead of cutting at 150 (up to 330 frames).
def fact(n):
    if n <= 1:
        return 1
    r = n * fact(n - 1)
    return r
x = [1.5]
def depth(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return depth(n - 1, acc)
out = depth(300, x)  # ?rc x out
big = fact(250)  # ?rc big
class Node:
    def __init__(self, c):
        self.child = c
    @property
    def size(self):
        return 1 + (self.child.size if self.child else 0)
n = None
for i in range(300):
    n = Node(n)
s = n.size  # ?rc n
def g(n):
    if n:
        yield from g(n - 1)
    yield n
vals = list(g(300))  # ?rc vals
