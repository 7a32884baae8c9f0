# Theme: a record schema whose field-name tuple is written after dict
# displays and keyword calls that use the same names: the compiler builds a
# key tuple for {"sku": .., "qty": ..} (and the keyword names of make(sku=,
# qty=)) first, and the later literal tuple loads that same constant.
def make(**fields):
    return dict(fields)

blank = {"sku": None, "qty": 0}  # ?rc blank
FIELDS = ("sku", "qty")  # ?rc FIELDS
first = make(sku="A-100", qty=3)  # ?rc first
ORDER = ("sku", "qty", "price")  # ?rc ORDER
def to_row(rec):
    return tuple(rec.get(f) for f in FIELDS)

rows = [to_row(first), to_row(blank)]  # ?rc rows FIELDS
line = make(sku="B-200", qty=5, price=9.5)  # ?rc line ORDER
KEYS = ("sku", "qty", "price")  # ?rc KEYS ORDER
weights = [0.25, 0.5, 0.75]  # ?rc weights
W = (0.25, 0.5, 0.75)  # ?rc W
names = FIELDS  # ?rc names FIELDS
def header():
    return ("sku", "qty")

h = header()  # ?rc h FIELDS
cols = [h, FIELDS]  # ?rc cols h
del names, h  # ?rc FIELDS
del cols  # ?rc FIELDS KEYS
