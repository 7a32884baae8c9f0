# Theme: __slots__ and weak references. A slotted class only supports
# weakrefs when '__weakref__' is in its slots; the ref adds no strong
# reference, and a dead referent makes the ref return None.
import weakref


class Point:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Segment:
    __slots__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start  # ?rc start
        self.end = end


coord = 2.5 * 3  # ?rc coord
p = Point(coord, coord)  # ?rc p coord
q = Point(coord, 1.5 * 5)  # ?rc q coord
r = weakref.ref(p)  # ?rc p r
seg = Segment(p, q)  # ?rc p q seg
same = r()  # ?rc p same
del same  # ?rc p
alive = [r() for _ in range(3)]  # ?rc p alive
del alive  # ?rc p
seg.start = q  # ?rc p q
del p  # ?rc r coord
dead = r()  # ?rc r
r2 = weakref.ref(q)  # ?rc q r2
seg = None  # ?rc q
del q  # ?rc r2 coord
