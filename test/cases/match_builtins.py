# Class patterns with builtin types, namedtuples, inheritance and a missing
# attribute; OR patterns that capture; a tuple subject built for the match.
from collections import namedtuple

Pair = namedtuple("Pair", "left right")


class Base:
    __match_args__ = ("a",)

    def __init__(self, a):
        self.a = a


class Child(Base):
    pass


box = [0.5]
item = Pair(box, [1.5])  # ?rc item box

match item:
    case Pair(l, r):
        both = l  # ?rc l r box item both

match Child(box):
    case Base(inner):
        got = inner  # ?rc inner box got

match 10 ** 5:
    case str(s):
        print("str", s)
    case int(num):
        n2 = num  # ?rc num

match True:
    case int(flag):
        f = flag

match "text!":
    case [ch, *more]:
        print("not a sequence")
    case str() as s2:
        t = s2  # ?rc s2 t

obj = Child(box)
match obj:
    case Child(missing=m):
        print("never")
    case [x] | (x, _):
        print("never")
    case Base(a=[z]) | Base(a=(z, _)):
        zz = z  # ?rc z zz obj box

p, q = [2.5], [3.5]
match p, q:
    case (first, second):
        pair = first  # ?rc first second p q pair
