# str.format / format_map fields with accessors: get_field_object takes the argument, then for each
# `.attr` PyObject_GetAttr and for each `[i]` / `[key]` PyObject_GetItem (an int for digits, else a
# str), letting go of each object once the next one is there; nothing is kept by the result, and a
# lone field giving an exact str hands that str back itself.
class Row:
    def __init__(self, name, amount):
        self.name = name
        self.amount = amount
        self.tags = ["tag one!", "tag two!"]
nm = "alpha item, big"  # ?rc nm
r0 = Row(nm, 12.5)  # ?rc r0 nm
line = "{0.name}: {0.amount:>8.2f}".format(r0)  # ?rc line nm r0
lone = "{0.name}".format(r0)  # ?rc lone nm
auto = "{.name}".format(r0)  # ?rc auto nm
tag = "{0.tags[1]}".format(r0)  # ?rc tag
idx = "{0[1]} and {0[0]}".format(["first!", "second!"])  # ?rc idx
d = {"who": r0, "k": [nm]}  # ?rc d r0
fm = "{who.name} / {k[0]}".format_map(d)  # ?rc fm nm d
kw = "{row.amount:.1f}".format(row=r0)  # ?rc kw r0
try:
    "{0.missing}".format(r0)
except AttributeError as e:
    err = e
print(err)  # ?rc r0 nm
try:
    "{0[5]}".format([1, 2])
except IndexError as e:
    ierr = e
print(ierr)  # ?rc nm
