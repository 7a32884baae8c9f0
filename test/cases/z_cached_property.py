# functools.cached_property: the getter runs once with the instance and the value goes into its __dict__.
import functools, gc
class Node:
    def __init__(self, vals):
        self.vals = vals
    @functools.cached_property
    def ring(self):
        return [self]
    @functools.cached_property
    def total(self):
        t = sum(self.vals)
        return t
n = Node([1.5, 2.5])  # ?rc n
r = n.ring  # ?rc n r
r2 = n.ring  # ?rc n r
t = n.total  # ?rc t
del r, r2  # ?rc n
d = n.__dict__  # ?rc d
del n, d
x = gc.collect()  # ?rc x
print(x)
