# struct.Struct(fmt) keeps a bytes format (s_format) but converts a str one to new bytes; the module
# functions' cache keeps each first format object as its key, and the cache's Struct holds a bytes
# format once more; an equal format later finds the entry; _clearcache() lets all of them go.
import struct

f = "".join(["<", "ii"])
st = struct.Struct(f)  # ?rc f
b = b"".join([b"<", b"hh"])
st2 = struct.Struct(b)  # ?rc b
fs = st2.format  # ?rc b fs
del st2  # ?rc b
f2 = "".join([">", "q"])
p = struct.pack(f2, 1)  # ?rc f2
f3 = "".join([">", "d"])
n = struct.calcsize(f3)  # ?rc f3
b3 = b"".join([b">", b"H"])
p3 = struct.pack(b3, 1)  # ?rc b3
b4 = b"".join([b">", b"H"])
u = struct.unpack(b4, p3)  # ?rc b3 b4
b5 = b"".join([b">", b"B"])
it = struct.iter_unpack(b5, b"\x01\x02")  # ?rc b5
items = list(it)  # ?rc b5
struct._clearcache()  # ?rc f2 f3 b3 b4 b5
p4 = struct.pack(b4, 2)  # ?rc b3 b4
