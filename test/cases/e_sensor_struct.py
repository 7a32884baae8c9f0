# Theme: a sensor packet codec: struct.pack/unpack of fixed records,
# array('d') buffers, memoryview slices, zip_longest and starmap.
import array
import gc
import itertools
import struct
import sys

RECORD = struct.Struct("<HdI")  # ?rc RECORD
HEADER = b"SENS"  # ?rc HEADER


class Reading:
    __slots__ = ("sensor", "value", "seq")

    def __init__(self, sensor, value, seq):
        self.sensor = sensor
        self.value = value
        self.seq = seq


def encode(readings):
    parts = [HEADER]  # ?rc parts
    for r in readings:
        parts.append(RECORD.pack(r.sensor, r.value, r.seq))
    return b"".join(parts)


def decode(blob):
    body = blob[len(HEADER):]  # ?rc body blob
    out = [Reading(*t) for t in RECORD.iter_unpack(body)]  # ?rc out
    return out


readings = [Reading(i % 3, 20.0 + 0.25 * i, 1000 + i) for i in range(6)]  # ?rc readings
r0 = readings[0]  # ?rc r0
blob = encode(readings)  # ?rc blob HEADER
decoded = decode(blob)  # ?rc decoded blob
d0 = decoded[0]  # ?rc d0
val = d0.value  # ?rc val
values = array.array("d", (r.value for r in readings))  # ?rc values
view = memoryview(values)  # ?rc view values
part = view[1:3]  # ?rc part values
tolist = part.tolist()  # ?rc tolist
part.release()  # ?rc values
view.release()  # ?rc values
raw = values.tobytes()  # ?rc raw
back = array.array("d")  # ?rc back
back.frombytes(raw)  # ?rc back raw
total = sum(back)  # ?rc total
one = struct.pack(">i", -70000)  # ?rc one
(num,) = struct.unpack(">i", one)  # ?rc num
diffs = list(itertools.starmap(lambda a, b: b.value - a.value, zip(readings, readings[1:])))  # ?rc diffs
padded = list(itertools.zip_longest(readings[:2], [9.5], fillvalue=None))  # ?rc padded r0
print(sys.getrefcount(r0), sys.getrefcount(blob))
del readings, padded  # ?rc r0
del decoded  # ?rc d0
print(gc.collect())
print(total, tolist, num, diffs)
