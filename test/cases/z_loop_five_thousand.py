# A loop of 5,000 rounds, a cycle made in each, one in 1,000 kept: run exactly (the loop bound is
# 10,000 rounds), so gc.collect() counts the 4,995 dead cycles and the kept ones stay exact.
import gc
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
keep = []
for i in range(5000):
    n = Node(i)
    if i % 1000 == 0:
        keep.append(n)
del n
got = gc.collect()  # ?gc got
k0 = keep[0]  # ?rc k0 keep
