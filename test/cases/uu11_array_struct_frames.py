# Theme: binary sensor frames: struct.pack into bytes, struct.iter_unpack
# back into tuples, an array('d') of values with a memoryview over it,
# and tolist() copies; buffers are released before the array is dropped.
import struct
from array import array

FRAME = struct.Struct("<Hd")  # ?rc FRAME
blob = b"".join(FRAME.pack(i, 20.0 + i * 0.25) for i in range(5))  # ?rc blob
frames = list(FRAME.iter_unpack(blob))  # ?rc frames blob
f0 = frames[0]  # ?rc f0
temp0 = f0[1]  # ?rc temp0
values = array("d", (f[1] for f in frames))  # ?rc values
view = memoryview(values)  # ?rc view values
half = view[1:3]  # ?rc half view
copied = values.tolist()  # ?rc copied
c0 = copied[0]  # ?rc c0
half.release()  # ?rc values view
view.release()  # ?rc values view
values.append(c0 * 2)  # ?rc c0
got = values[5]  # ?rc got
values.extend(copied)  # ?rc values copied
header = struct.pack("<I", len(values))
payload = header + values.tobytes()  # ?rc payload
count, = struct.unpack_from("<I", payload)  # ?rc payload
del frames  # ?rc f0 temp0
print(count, got, len(payload))
