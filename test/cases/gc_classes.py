# Theme: classes are containers in cycles: a dead class is collected with its parts.
import gc

gc.collect()

def make():
    class Local:
        pass
    return Local

K = make()
del K
print(gc.collect())

class A:
    def method(self):
        return self

class B(A):
    pass

del B
print(gc.collect())
inst = A()
inst.m = inst.method  # ?rc inst
del inst
print(gc.collect())
def factory():
    class Node:
        def __init__(self):
            self.next = self
    return Node()
n = factory()
del n
print(gc.collect())
