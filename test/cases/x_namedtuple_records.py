# Records as namedtuples and plain tuples: fields share the objects; _replace
# builds a new record; unpacking binds the same objects.
import sys
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])


class Tag:
    pass


t = Tag()  # ?rc t
p = Point(t, 2)  # ?rc p t
q = p._replace(y=3)  # ?rc q t
x, y = p  # ?rc x t
px = p.x  # ?rc px t
pts = [p, q]  # ?rc pts p q
del x, px  # ?rc t
del pts  # ?rc p q
print(sys.getrefcount(t))
