# Binary packet encoder/decoder with struct, bytearray buffers and memoryview slices.
import struct
import gc

HEADER = struct.Struct("<HHI")  # ?rc HEADER


class Packet:
    __slots__ = ("kind", "seq", "payload")

    def __init__(self, kind, seq, payload):
        self.kind = kind
        self.seq = seq
        self.payload = payload  # ?rc payload

    def encode(self):
        head = HEADER.pack(self.kind, self.seq, len(self.payload))  # ?rc head
        return head + self.payload


def decode(buf):
    view = memoryview(buf)  # ?rc view buf
    kind, seq, size = HEADER.unpack_from(view, 0)
    body = view[HEADER.size:HEADER.size + size]  # ?rc body view
    data = bytes(body)  # ?rc data
    body.release()
    view.release()
    return Packet(kind, seq, data)


payload = b"hello packet world"  # ?rc payload
p = Packet(7, 1000, payload)  # ?rc p payload
wire = p.encode()  # ?rc wire
ba = bytearray(wire)  # ?rc ba
q = decode(ba)  # ?rc q ba
qp = q.payload  # ?rc qp
mv = memoryview(ba)  # ?rc mv ba
tail = mv[8:]  # ?rc tail mv ba
tail[0:5] = b"HELLO"
print(bytes(ba))
del mv  # ?rc tail ba
tail.release()  # ?rc ba
del tail  # ?rc ba
ba.extend(b"!!")  # ?rc ba
values = struct.unpack("<3f", struct.pack("<3f", 1.5, 2.5, 3.5))  # ?rc values
x = values[0]  # ?rc x values
chunks = [wire[i:i + 4] for i in range(0, len(wire), 4)]  # ?rc chunks
joined = b"".join(chunks)  # ?rc joined
n = gc.collect()
print(q.kind, qp, joined == wire, n)
