# struct.iter_unpack takes its Struct from the struct module's format cache: the
# iterator's Struct outlives it (the cache keeps it), and a later call with the
# same format shares it; a Struct made by the program is the iterator's own.
import gc
import struct

data = bytes(range(8))
records = struct.iter_unpack("<hh", data)
box = [records]
box.append(box)
del box, records
print(gc.collect())  # ?rc data

again = struct.iter_unpack("<hh", data)
first = next(again)  # ?rc first
box = [again, first]
box.append(box)
del box, again
print(gc.collect())

own = struct.Struct(">HH")
it = own.iter_unpack(data)
box = [it]
box.append(box)
del box, it, own
print(gc.collect())  # ?rc data

pairs = list(struct.iter_unpack("<hh", data))  # ?rc pairs data
