# Theme: fixed-width binary records decoded with struct.Struct.unpack_from
# into namedtuples via _make, sorted by attrgetter, the bad ones filtered
# out, and the byte buffer released.
import struct
from collections import namedtuple
from operator import attrgetter

Rec = namedtuple("Rec", "station temp humidity")
LAYOUT = struct.Struct("<hff")  # ?rc LAYOUT
buf = bytearray(LAYOUT.size * 4)  # ?rc buf
for i, (t, h) in enumerate([(21.5, 40.0), (19.0, 55.5), (-99.0, 0.0), (23.25, 38.0)]):
    LAYOUT.pack_into(buf, i * LAYOUT.size, i + 100, t, h)  # ?rc buf
recs = [Rec._make(LAYOUT.unpack_from(buf, off))
        for off in range(0, len(buf), LAYOUT.size)]  # ?rc recs buf
r0 = recs[0]  # ?rc r0
temp0 = r0.temp  # ?rc temp0
good = [r for r in recs if r.temp > -50]  # ?rc good r0
by_temp = sorted(good, key=attrgetter("temp"))  # ?rc by_temp r0
coldest = by_temp[0]  # ?rc coldest
hum = attrgetter("humidity")(coldest)  # ?rc hum
as_dict = r0._asdict()  # ?rc as_dict temp0
moved = r0._replace(station=200)  # ?rc moved temp0
del recs, good  # ?rc r0 coldest
del by_temp  # ?rc coldest
view = memoryview(buf)  # ?rc buf view
chunk = bytes(view[:LAYOUT.size])  # ?rc chunk
view.release()  # ?rc buf
del buf  # ?rc chunk
print(coldest.station, hum, moved.station, len(as_dict))
