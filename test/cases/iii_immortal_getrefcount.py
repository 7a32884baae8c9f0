# Theme: sys.getrefcount on immortal singletons and on mortal computed
# values held in containers; aliasing through list and dict.
import sys

n = None
print(sys.getrefcount(n))
print(sys.getrefcount(True))
small = 7
print(sys.getrefcount(small))
big = 7 ** 20  # ?rc big
held = [big, big]  # ?rc big held
print(sys.getrefcount(big))
d = {"k1 key!": big}  # ?rc big
text = "-".join(["not", "an", "identifier"])  # ?rc text
print(sys.getrefcount(text))
empty = ()
print(sys.getrefcount(empty))
del held  # ?rc big
d.clear()  # ?rc big
f = float("inf")  # ?rc f
print(sys.getrefcount(f))
