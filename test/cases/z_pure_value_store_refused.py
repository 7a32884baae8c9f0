# Stores into immutable library values (a date, compressed bytes, a Decimal) raise; the handlers run
import datetime, decimal, zlib
d = datetime.date(2020, 1, 2)
box = ["payload not identifier!"]   # ?rc box
try:
    d.year = 5
except AttributeError as e:
    box.append(e)        # ?rc box
z = zlib.compress(b"abc" * 10)
try:
    z[0] = 1
except TypeError:
    box.append(1.5 * 2)   # ?rc box
dec = decimal.Decimal("1.5")
try:
    dec.foo = 3
except AttributeError:
    box.append(dec)      # ?rc box dec
print(len(box))          # ?rc box
