# Theme: why `del` does not free an object. `del name` removes one name;
# the object lives on while any list, dict, attribute or closure still
# refers to it. Only when the last reference goes does it disappear.
import sys


class BigBuffer:
    def __init__(self, size):
        self.data = bytearray(size)


buf = BigBuffer(1024)  # ?rc buf
cache = {"latest buffer": buf}  # ?rc buf
history = [buf]  # ?rc buf


class Holder:
    pass


holder = Holder()
holder.target = buf  # ?rc buf


def keep_alive(obj):
    def peek():
        return len(obj.data)
    return peek


peek = keep_alive(buf)  # ?rc buf
survivor = history[0]  # ?rc buf survivor
del buf  # ?rc survivor
print(peek(), sys.getrefcount(survivor))
del history  # ?rc survivor
cache.pop("latest buffer")  # ?rc survivor
holder.target = None  # ?rc survivor
del holder  # ?rc survivor
del peek  # ?rc survivor
payload = survivor.data  # ?rc payload survivor
names = globals()
names["backup"] = survivor  # ?rc survivor -- a global made through the dict
del survivor  # ?rc payload
restored = names["backup"]  # ?rc restored
del names["backup"]  # ?rc restored payload
