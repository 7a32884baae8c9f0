# copy.copy / copy.deepcopy of instances whose class defines __getstate__ (and maybe __setstate__), no __reduce__
import copy, gc, sys

class S:
    def __init__(self, v):
        self.v = v
        self.tmp = [9.5]
    def __getstate__(self):
        print(sys.getrefcount(self))
        return {"v": self.v}
    def __setstate__(self, st):
        print(sys.getrefcount(st), sys.getrefcount(self))
        self.v = st["v"]

class M:
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return {"w": self.v, "note": [1.5]}

class E:
    def __getstate__(self):
        return None

val = [1.5]                              # ?rc val
s = S(val)                               # ?rc s val
sc = copy.copy(s)                        # ?rc sc val
sd = copy.deepcopy(s)                    # ?rc sd val
dv = sd.v                                # ?rc dv
m = M(val)                               # ?rc m
mc = copy.copy(m)                        # ?rc mc val
w = mc.w                                 # ?rc w val
md = copy.deepcopy(m)                    # ?rc md val
e = E()                                  # ?rc e
ec = copy.copy(e)                        # ?rc ec
s.me = s
sd2 = copy.deepcopy(s)                   # ?rc sd2 s
del sc, sd, dv, mc, w, md
print(sys.getrefcount(val))
del s
print(gc.collect())
