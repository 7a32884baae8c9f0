# int % and divmod: a remainder that took long_rem's "|a| < |b|" shortcut is a itself
import operator

big = int("123456789")  # ?rc big
md = big % 10 ** 12  # ?rc md big
q, rem = divmod(big, 10 ** 12)  # ?rc rem big
del md, q, rem
small_div = big % 1000  # ?rc small_div big
neg = -int("123456789012345")  # ?rc neg
wrap = neg % 10 ** 20  # ?rc wrap neg
kept = neg % -(10 ** 20)  # ?rc kept neg
flip = big % -(10 ** 20)  # ?rc flip big
del wrap, kept, flip
wide = int("2") ** 61  # ?rc wide
same_top = wide % (int("2") ** 61 + 7)  # ?rc same_top wide
lower_top = wide % (3 * 2 ** 60)  # ?rc lower_top wide
longer = (10 ** 30) % wide  # ?rc longer
del same_top, lower_top
acc = int("987654321")  # ?rc acc
acc %= 10 ** 15  # ?rc acc
r1 = operator.mod(acc, 10 ** 15)  # ?rc r1 acc
pair = divmod(acc, -(10 ** 15))  # ?rc pair acc
del r1, pair
lo, hi = int("5000000000"), int("7000000000")  # ?rc lo hi
both2 = lo % hi  # ?rc both2 lo
twice = divmod(lo, hi)[1] % hi  # ?rc twice lo
flag = True % 10 ** 20  # ?rc flag
