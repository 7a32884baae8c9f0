# collections.namedtuple for GPS track points: construction, _replace,
# _make from parsed rows, _asdict, and tuple unpacking. Namedtuples are
# tuples, so their items are plain references.
import gc
import sys
from collections import namedtuple

Point = namedtuple("Point", ["lat", "lon", "ele"], defaults=[0.0])


def parse(row):
    parts = [float(x) for x in row.split(";")]
    pt = Point._make(parts)  # ?rc pt parts
    return pt


lat = 48.8566 + 0.0001  # ?rc lat
lon = 2.3522 * 1.0  # ?rc lon
home = Point(lat, lon)  # ?rc home lat lon
moved = home._replace(ele=35.5)  # ?rc moved home lat
track = [home, moved]  # ?rc track home
for row in ("48.1;2.1;10.5", "48.2;2.2;11.5"):
    p = parse(row)  # ?rc p
    track.append(p)  # ?rc p
del p
a, b, c = moved  # ?rc a lat
del a, b, c
info = home._asdict()  # ?rc info lat
x = home.lat  # ?rc x lat
fields = Point._fields  # ?rc fields
print(sys.getrefcount(home))
last = track[-1]  # ?rc last
track.sort(key=lambda q: q.ele)  # ?rc last home
del track  # ?rc home moved last
del info, x  # ?rc lat
del home, moved  # ?rc lat lon
print(gc.collect())
