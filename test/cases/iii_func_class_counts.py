# Theme: getrefcount of functions, classes and methods: module globals,
# __qualname__-free but the class holds its functions in its dict.
import sys
import gc


def helper():
    return 1


class K:
    def meth(self):
        return super().__init__

    @staticmethod
    def st():
        return 2


f = helper  # ?rc f
print(sys.getrefcount(helper))
m = K.meth  # ?rc m
sm = K.__dict__["st"]  # ?rc sm
k = K()
bound = k.meth  # ?rc bound k
print(sys.getrefcount(K))
T = type("T", (K,), {"x": [1.5]})  # ?rc T
t = T()  # ?rc t
del t
print(sys.getrefcount(T))
del T
print(gc.collect())
