# Theme: chained comparisons hold the middle operand once; set operations
# build new sets sharing members.
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


a, b, c = Num(1), Num(2), Num(3)  # ?rc a b c
ok = a < b < c  # ?rc a b c
s1 = {a, b}  # ?rc a b
s2 = {b, c}  # ?rc b c
both = s1 & s2  # ?rc b both
either = s1 | s2  # ?rc a b c
print(sys.getrefcount(b))
s1 -= s2  # ?rc b s1
del both, either  # ?rc a b c
s2.discard(b)  # ?rc b
