# Theme: expensive buffers that resurrect themselves into a recycling bin
# from __del__; the next owner takes them back, and a second death does not
# run __del__ again (PEP 442), so the buffer is really freed then.
import gc
import sys

recycle_bin = []


class Buffer:
    deaths = 0

    def __init__(self, size):
        self.data = bytearray(size)
        self.owner = None

    def __del__(self):
        Buffer.deaths += 1
        recycle_bin.append(self)  # ?rc self


class Owner:
    def __init__(self, buf):
        self.buf = buf
        buf.owner = self


gc.collect()
b = Buffer(64)  # ?rc b
del b
got = recycle_bin.pop()  # ?rc got
print(Buffer.deaths, sys.getrefcount(got))
del got  # second death: freed without a finalizer
print(Buffer.deaths, len(recycle_bin))
owner = Owner(Buffer(128))  # ?rc owner
buf = owner.buf  # ?rc buf
del buf
del owner
n = gc.collect()  # the buffer resurrects itself and with it its owner
print(n, Buffer.deaths)
kept = recycle_bin[0]  # ?rc kept
prev = kept.owner  # ?rc prev
print(type(prev).__name__)
del prev
kept.owner = None
recycle_bin.clear()  # ?rc kept
del kept
print(gc.collect(), Buffer.deaths)
