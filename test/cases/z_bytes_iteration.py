# Iterating bytes / bytearray gives small ints (cached, immortal from 3.12): loops over them run, tuple(b) is a new tuple.
import sys

box = [0.5]  # ?rc box
raw = b"\x01\x02 xyz"
codes = tuple(raw)  # ?rc codes
codes2 = tuple(bytearray(raw))  # ?rc codes2
for byte in raw:
    hit = box  # ?rc box
for byte in bytes([7, 8]):
    hit2 = box  # ?rc box
del hit, hit2
buf = bytearray(b"abc")
buf.append(100)
buf += b"xyz"  # ?rc buf
for byte in buf:
    seen = box  # ?rc box
del seen
numbers = list(b"\x05\x06\x07 long")  # ?rc numbers
first = raw[0]
print(first, len(raw), len(numbers))
# Text the analysis does not know: the loop body still runs (counts are open there).
text = str(sys.argv[0])
for ch in text:
    got = box
print(len(box))  # ?rc box
