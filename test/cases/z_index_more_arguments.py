# More builtins whose integer arguments go through the class's __index__: enumerate's start,
# itertools.repeat's times, combinations' r, str padding widths, split's maxsplit, int.to_bytes' length.
import itertools
kept = []
class I:
    def __index__(self):
        kept.append(self)
        return 2
i = I()
e = list(enumerate("ab", i))  # ?rc i
r = list(itertools.repeat(0, i))  # ?rc i
s = "ab".center(i)  # ?rc i
s = "ab".ljust(i)  # ?rc i
s = "abc".split(",", i)  # ?rc i
s = "abc"[i]  # ?rc i
t = (1, 2, 3).index(3, i)  # ?rc i
l = [1, 2, 3]
l.insert(i, 0)  # ?rc i
c = list(itertools.combinations([1, 2, 3], i))  # ?rc i
z = int.to_bytes(5, i, "big")  # ?rc i
print(len(kept))  # ?rc i
