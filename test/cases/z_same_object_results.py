# Builtin methods and attributes that hand back the very object they were
# called on when there is nothing to change: str.removeprefix / removesuffix /
# expandtabs, format specs a string already meets, int / float .real,
# .numerator and .conjugate(), frozenset.copy(), bytes(b), b"".join([b]);
# and bytes made at run time (encode, bytes(...)) are bytes, with .decode().
name = "report-2024.csv"  # ?rc name
stem = name.removeprefix("tmp-")  # ?rc stem name
base = name.removesuffix(".txt")  # ?rc base name
trimmed = name.removesuffix(".csv")  # ?rc trimmed name
line = "col a, col b"  # ?rc line
expanded = line.expandtabs()  # ?rc expanded line
label = "disk full on sda1"  # ?rc label
cell = f"{label:10}"  # ?rc cell label
cell2 = format(label, "<8")  # ?rc cell2 label
cell3 = "{:>5}".format(label)  # ?rc cell3 label
wide = f"{label:30}"  # ?rc wide label
short = f"{label:.3}"  # ?rc short label
price = 10 ** 20  # ?rc price
whole = price.real  # ?rc whole price
top = price.numerator  # ?rc top price
conj = price.conjugate()  # ?rc conj price
ratio = 1.5 * 3  # ?rc ratio
rpart = ratio.real  # ?rc rpart ratio
rconj = ratio.conjugate()  # ?rc rconj ratio
tags = frozenset(["red", "green", "blue"])  # ?rc tags
snapshot = tags.copy()  # ?rc snapshot tags
payload = b"header:body"  # ?rc payload
same = bytes(payload)  # ?rc same payload
joined = b"".join([payload])  # ?rc joined payload
enc = "caf\u00e9 au lait".encode()  # ?rc enc
dec = enc.decode()  # ?rc dec enc
raw = bytes([104, 105, 33])  # ?rc raw
text = raw.decode()  # ?rc text raw
after = [1.5]  # ?rc after
print(stem, base, trimmed, expanded, cell, cell2, cell3, wide, short, whole, top, conj, rpart, rconj, snapshot, same, joined, dec, text, after)
