# Theme: fixed-size binary records with struct: a Struct reused for packing
# and unpacking, module-level pack/unpack whose format cache keeps the format
# object, iter_unpack's iterator holding the Struct and the buffer, and
# pack_into writing into a bytearray.
import gc
import struct

RECORD = struct.Struct("<HdI")  # ?rc RECORD


class Reading:
    def __init__(self, sensor, value, seq):
        self.sensor = sensor
        self.value = value
        self.seq = seq


readings = [Reading(i, 20.0 + 0.5 * i, 70000 + i) for i in range(4)]
parts = [RECORD.pack(r.sensor, r.value, r.seq) for r in readings]  # ?rc parts
blob = b"".join(parts)  # ?rc blob
first = struct.unpack("<HdI", parts[0])  # ?rc first
seq = first[2]  # ?rc seq first
value = first[1]  # ?rc value
fmt = "".join(["<", "ii"])  # ?rc fmt
pair = struct.pack(fmt, -5, 300)  # ?rc fmt pair
again = struct.unpack(fmt, pair)  # ?rc fmt again
big = again[1]  # ?rc big
it = RECORD.iter_unpack(blob)  # ?rc it blob RECORD
rows = list(it)  # ?rc rows blob RECORD
del it  # ?rc blob
row2 = rows[2]  # ?rc row2
buf = bytearray(8)  # ?rc buf
struct.pack_into("<HH", buf, 2, 7, 9)  # ?rc buf
back = struct.unpack_from("<HH", buf, 2)  # ?rc back buf
size = RECORD.size
text = RECORD.format  # ?rc text
flag = struct.unpack("<?3s", b"\x01abc")  # ?rc flag
label = flag[1]  # ?rc label
del parts, rows
print(seq, value, big, row2, back, size, text, label, gc.collect())
