# sum / math.prod with no items: an int start past a C long is the result itself, a smaller one new
import math

big = int("123456789012345678901234567890")  # ?rc big
s0 = sum([], big)  # ?rc s0 big
s1 = sum((), big)  # ?rc s1 big
del s0, s1
s2 = sum([0], big)  # ?rc s2 big
s3 = sum([big])  # ?rc s3 big
del s2, s3
mid = int("123456789012")  # ?rc mid
s4 = sum([], mid)  # ?rc s4 mid
edge = int("9223372036854775808")  # ?rc edge
s5 = sum([], edge)  # ?rc s5 edge
fits = int("9223372036854775807")  # ?rc fits
s6 = sum([], fits)  # ?rc s6 fits
low = -int("9223372036854775809")  # ?rc low
s7 = sum([], low)  # ?rc s7 low
del s5, s6, s7
p0 = math.prod([], start=big)  # ?rc p0 big
p1 = math.prod([], start=mid)  # ?rc p1 mid
del p0, p1
