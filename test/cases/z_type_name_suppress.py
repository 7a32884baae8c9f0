# Theme: builtin type __name__ and __suppress_context__
import gc
import sys
class Node:
    def __init__(self):
        self.me = self
a = Node()
b = [1]
name = type(b).__name__  # ?rc name
print(sorted([type(a).__name__, list.__name__, dict.__name__, ValueError.__name__]))
print(sys.getrefcount(list.__name__), name)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as err:
    flag = err.__suppress_context__
    print(err.__suppress_context__, flag)
    e2 = err
try:
    raise OSError("x")
except OSError as err:
    print(err.__suppress_context__)
    e3 = err
e3.__cause__ = e2
print(e3.__suppress_context__, e3.__cause__ is e2)  # ?rc e2
e3.__cause__ = None  # ?rc e2
e3.__context__ = e2  # ?rc e2
print(e3.__suppress_context__)
del a
print(gc.collect())
