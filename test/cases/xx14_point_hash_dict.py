# Theme: a Point class with __eq__ and __hash__ used as dict keys and set
# members: looking up with an equal but different Point finds the stored
# entry, and the dict keeps its original key object.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1.5, 2.5)  # ?rc p
q = Point(1.5, 2.5)  # ?rc q
visits = {p: 1}  # ?rc visits p
visits[q] = visits[q] + 1  # ?rc p q
key = next(iter(visits))  # ?rc key p q
seen = set()
seen.add(q)  # ?rc q
seen.add(p)  # ?rc p q
r = Point(3.5, 4.5)
visits.update({r: 1})  # ?rc r
del visits[Point(1.5, 2.5)]  # ?rc p key
popped = visits.pop(r)
trail = [p, q, r, p]  # ?rc p r
unique = list(dict.fromkeys(trail))  # ?rc unique p q r
del trail, seen  # ?rc p q r
