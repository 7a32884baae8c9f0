# Theme: array.array holds raw numbers: items read back are new floats / ints,
# a memoryview over it holds it and blocks resizing, iteration holds it until done.
import array
import sys

vals = array.array("d", [1.5, 2.5, 3.5])  # ?rc vals
x = vals[1]  # ?rc x vals
part = vals[0:2]  # ?rc part vals
ints = array.array("i", (n * 100 for n in range(4)))  # ?rc ints
big = ints[3]  # ?rc big
items = vals.tolist()  # ?rc items
it = iter(vals)  # ?rc it vals
for v in it:
    pass
print(sys.getrefcount(vals))
view = memoryview(vals)  # ?rc view vals
try:
    vals.append(4.5)
except BufferError:
    err = "resize refused"
view.release()  # ?rc vals
vals.append(4.5)  # ?rc vals
raw = vals.tobytes()  # ?rc raw
back = array.array("d")  # ?rc back
back.frombytes(raw)  # ?rc back raw
n = len(back)
first = back[0]  # ?rc first
vals.extend([5.5, 6.5])  # ?rc vals
mv = memoryview(vals)
total = sum(mv)  # ?rc total mv vals
mv.release()
bv = memoryview(b"not an identifier!")
codes = 0
for c in bv:
    codes += c
print(x, big, items, err, n, first, total, codes)  # ?rc bv
