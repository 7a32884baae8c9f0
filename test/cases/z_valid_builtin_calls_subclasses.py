# Theme: valid operations on instances of builtin subclasses and __index__ objects
# (no TypeError / KeyError: the builtin base supplies the slot, hash and equality)
import gc


class Meters(int):
    pass


class Tag(str):
    pass


class Count:
    def __index__(self):
        return 3


class Row:
    pass


width = Meters(40)  # ?rc width
total = width + 1000  # ?rc total
more = 1000 + width  # ?rc more
rows = [Row(), Row()]  # ?rc rows
table = {"name": rows, 7: "seven"}  # ?rc table
found = table.get(Tag("name"))  # ?rc found rows
taken = table.pop(Tag("name"))  # ?rc taken rows table
has_seven = Meters(7) in table  # ?rc has_seven
seen = {"x", "y"}  # ?rc seen
seen.discard(Tag("x"))  # ?rc seen
line = Count() * "-="  # ?rc line
cells = Count() * [0.5]  # ?rc cells
plain = object()  # ?rc plain
kind = plain.__class__  # ?rc plain
rows.append(Row())  # ?rc rows
del taken, found  # ?rc rows
gc.collect()
