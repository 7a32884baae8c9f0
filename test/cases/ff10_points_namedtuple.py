# Theme: immutable points and result rows with collections.namedtuple:
# _make, _replace, _asdict, defaults, unpacking, namedtuples as dict keys.
import gc
import sys
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Row = namedtuple("Row", "name score tags", defaults=((),))

origin = Point(0.0, 0.0)  # ?rc origin
p = Point._make([1.5, -2.5])  # ?rc p
moved = p._replace(x=p.x + 10.0)  # ?rc moved p
y = p.y  # ?rc y
as_dict = p._asdict()  # ?rc as_dict y
pts = sorted([moved, p, origin])  # ?rc pts p
lookup = {p: "first point!", moved: "moved point!"}  # ?rc lookup p
label = lookup[Point(1.5, -2.5)]  # ?rc label
tags = ["red team", "beta"]  # ?rc tags
r = Row("Ada Lovelace", 97.5, tags)  # ?rc r tags
r2 = r._replace(score=r.score + 1.0)  # ?rc r2 tags
x, yy = moved  # ?rc x
fields = Row._fields  # ?rc fields
rows = [Row(f"user {i}", i * 2.5) for i in range(3)]  # ?rc rows
bare = rows[1]  # ?rc bare
total = sum(row.score for row in rows)  # ?rc total
del pts, lookup  # ?rc p
print(sys.getrefcount(origin), label, r2, fields, total, gc.collect())
