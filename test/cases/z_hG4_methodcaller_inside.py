# A task queue stores operator.methodcaller jobs with keyword arguments; the method sees them once.
import operator


class Box:
    def put(self, a, key=None, val=None):
        got = [a, key, val]  # ?rc a key val self
        return got


first = [1.5]
kk = "key text!"
vv = {"v": 2}
mc = operator.methodcaller("put", first, key=kk, val=vv)  # ?rc first kk vv mc
b = Box()
res = mc(b)  # ?rc res first kk vv b
