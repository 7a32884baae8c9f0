# A range keeps the ints it was given as start / stop / step (an exact int itself, a bool copied);
# .start / .stop / .step hand them out, as a slice's do; a range past a C long iterates with a
# longrangeiterobject that keeps its start (left open here).
import gc
offset = int("123456789")  # ?rc offset
pages = range(offset)  # ?rc offset
window = range(offset, offset + 50)  # ?rc offset
s = window.start  # ?rc offset s
e = window.stop  # ?rc e
st = window.step  # ?rc st
del pages, window  # ?rc offset e
flag = True
r2 = range(flag, offset, 7)  # ?rc offset
it = iter(r2)  # ?rc offset r2
del it, r2  # ?rc offset
big = 10 ** 30  # ?rc big
r3 = range(big, big + 10)  # ?rc big
it3 = iter(r3)  # ?rc big r3
x = next(it3)  # ?rc big x
del it3, r3  # ?rc big
for i in range(offset, offset + 2):
    pass
print(i)  # ?rc offset
lo = int("987654321")
sl = slice(lo, None)  # ?rc lo
got = sl.start  # ?rc lo got
none_stop = sl.stop
del sl  # ?rc lo
