# Theme: del and scope exit. Locals are released when a function returns,
# del of several names, del of items and slices, names rebound in loops.
import sys


class Res:
    pass


def hold(obj):
    a = obj  # ?rc obj
    b = [obj, obj]  # ?rc obj
    del a  # ?rc obj
    c = b  # ?rc obj b
    return len(c)


r = Res()  # ?rc r
hold(r)  # ?rc r
box = [r, r, r, r]  # ?rc r box
del box[0]  # ?rc r
del box[1:]  # ?rc r
box.append(r)  # ?rc r
del box[:]  # ?rc r box
d = {"one key": r, "two key": r}  # ?rc r
del d["one key"]  # ?rc r
p, q = r, r  # ?rc r
del p, q  # ?rc r
for i in range(3):
    loop = r  # ?rc r
del loop  # ?rc r


def nested(obj):
    def inner():
        keep = [obj]  # ?rc obj keep
        return keep
    got = inner()  # ?rc obj got
    del got  # ?rc obj
    return 0


nested(r)  # ?rc r
del d  # ?rc r


def peek_frame(obj):
    fl = sys._getframe().f_locals  # ?rc obj
    return 0


peek_frame(r)  # ?rc r -- 3.13: frame <-> proxy cycle keeps obj
