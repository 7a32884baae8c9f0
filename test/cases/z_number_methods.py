# Methods of int and float give what their type says: as_integer_ratio a new
# 2-tuple (of an exact int: the int itself and 1), to_bytes bytes, hex a str.
import gc

big = 10 ** 20  # ?rc big
pair = big.as_integer_ratio()  # ?rc pair big
num, den = pair  # ?rc big
del pair  # ?rc big
box = [2.5]
ratio = (1.5).as_integer_ratio()  # ?rc ratio
for part in ratio:
    keep = box  # ?rc box
raw = (1000).to_bytes(2, "big")  # ?rc raw
for byte in raw:
    again = box  # ?rc box
text = (0.5).hex()  # ?rc text
width = big.bit_length()
print(width, big.bit_count())
print(gc.collect())
