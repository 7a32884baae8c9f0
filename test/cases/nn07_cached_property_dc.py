# Theme: functools.cached_property on a dataclass: the first access stores
# the computed value in the instance __dict__ under the property's name;
# later accesses read the dict; deleting the attribute drops the cache.
import gc
from dataclasses import dataclass, field
from functools import cached_property


@dataclass
class Polygon:
    points: list = field(default_factory=list)
    label: str = "unnamed shape"

    @cached_property
    def bbox(self):
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return (min(xs), min(ys), max(xs), max(ys))

    @cached_property
    def closed(self):
        return self.points + self.points[:1]


gc.collect()
pts = [(0.5, 0.5), (2.5, 0.5), (2.5, 3.5)]  # ?rc pts
poly = Polygon(pts)  # ?rc poly pts
box = poly.bbox  # ?rc box
box2 = poly.bbox  # ?rc box
ring = poly.closed  # ?rc ring
first = pts[0]  # ?rc first
d = vars(poly)  # ?rc d poly
del d
del poly.closed  # ?rc ring
fresh = poly.closed  # ?rc fresh ring
poly.points.append((0.5, 3.5))
stale = poly.bbox  # ?rc stale box
del box, box2, stale, ring, fresh  # ?rc first
del poly  # ?rc pts first
print(gc.collect())
