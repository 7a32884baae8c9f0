# a match subject is copied for every case but the last real one (a trailing `case _` has no copy)
import sys
class Pt:
    __match_args__ = ("x",)
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        print(sys.getrefcount(self))
        return self._x
p = Pt([1.5])
match p:
    case Pt(x=[]):
        r = 0
    case Pt(a):
        r = a                     # ?rc r
q = Pt([2.5])
match q:
    case Pt(x=[]):
        s = 0
    case Pt(x=[1]):
        s = 1
    case _:
        s = 2
t = Pt([3.5])
match t:
    case Pt(x=[]):
        u = 0
    case Pt(x=[3.5]):
        u = 1
    case Pt(x=v):
        u = v
