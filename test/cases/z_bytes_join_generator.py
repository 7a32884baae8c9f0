# Theme: bytes.join over a generator reads it into a sequence first, so the joined content is known
import struct
parts = [struct.pack("<h", i) for i in range(3)]
blob = b"".join(p for p in parts)  # ?rc blob
frames = list(struct.iter_unpack("<h", blob))  # ?rc frames
f0 = frames[0]  # ?rc f0
one = parts[1]
same = b"".join(x for x in [one])  # ?rc one same
sep = b"-".join(iter(parts))  # ?rc sep
ba = bytearray(b"ab")
fresh = bytearray().join(t for t in [ba])  # ?rc ba fresh
