# int % / divmod / >> 0 on values the analyzer does not know: the result may be the left int itself
import sys

n = len(sys.argv) * 10 ** 20
big = int("123456789012345")  # ?rc big
r = big % n  # ?rc big
q, rem = divmod(big, n)  # ?rc q
del r, rem
pair = divmod(n, 7)  # ?rc pair
qq, rr = pair  # ?rc qq rr
del pair, qq, rr
neg = -int("123456789012345")  # ?rc neg
sh0 = neg >> 0  # ?rc sh0 neg
sh1 = neg >> 1  # ?rc sh1 neg
pos = int("123456789012345")  # ?rc pos
shp = pos >> 0  # ?rc shp pos
shn = neg >> len(sys.argv)  # ?rc shn
del sh0, sh1, shp, shn
tail = [big, n]  # ?rc tail
