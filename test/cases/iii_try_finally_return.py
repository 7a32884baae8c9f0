# Theme: return inside try with a finally that rebinds a local; the value
# being returned is held while finally runs; exceptions swallowed by return.
import sys


class R:
    pass


def f(obj, box):
    try:
        return obj
    finally:
        box.append(obj)  # ?rc obj box


def g(obj):
    try:
        raise ValueError(obj)
    finally:
        return obj


r = R()  # ?rc r
box = []
out = f(r, box)  # ?rc r out
out2 = g(r)  # ?rc r out2
print(sys.getrefcount(r))
box.pop()  # ?rc r
del out, out2  # ?rc r
for i in range(2):
    try:
        tmp = r  # ?rc r
        if i:
            raise KeyError("odd round!")
    except KeyError:
        pass
    finally:
        del tmp  # ?rc r
