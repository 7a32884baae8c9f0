# Augmented assignment on a tuple builds a new tuple, on a list it mutates in
# place; slicing copies a bytearray while a memoryview shares it and pins
# the buffer.
import sys


class Item:
    pass


it = Item()
t = (it,)  # ?rc it
t_alias = t
t += (it,)  # ?rc it t_alias
lst = [it]  # ?rc it
l_alias = lst  # ?rc lst
lst += [it, it]  # ?rc it l_alias
lst *= 2  # ?rc it
del t_alias, l_alias  # ?rc it


def grow(seq, obj):
    seq += (obj,)  # ?rc seq obj
    return seq


bigger = grow(t, it)  # ?rc it
same_list = grow(lst, it)  # ?rc same_list
print(sys.getrefcount(it))
buf = bytearray(b"not an identifier!")
cut = buf[2:6]
view = memoryview(buf)  # ?rc buf
sub = view[2:6]  # ?rc buf view
sub2 = sub[1:]  # ?rc view
raw = bytes(sub)  # ?rc buf
del view
sub.release()  # ?rc buf
del sub, sub2  # ?rc buf
with memoryview(buf) as mv:
    chunk = mv[:4]  # ?rc buf mv
    chunk.release()  # ?rc buf
print(sys.getrefcount(buf))
