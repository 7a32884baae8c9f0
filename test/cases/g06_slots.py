# Theme: __slots__. Slot values are stored in the instance; subclasses
# without __slots__ get a dict; a slot holding the instance itself is a cycle.
import gc


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tagged(Point):
    pass


v = [2.5]  # ?rc v
p = Point(v, v)  # ?rc v p
p.x = p  # ?rc v p
q = Tagged(v, v)  # ?rc v q
q.note = v  # ?rc v
q.self_ref = q  # ?rc q
gc.collect()
del p
print(gc.collect())  # one slotted instance in a self-cycle
del q
print(gc.collect())  # Tagged with a __dict__ entry referencing itself
pts = [Point(v, None) for _ in range(5)]  # ?rc v pts
first = pts[0]  # ?rc first
pts.clear()  # ?rc v first
del first  # ?rc v
