# Theme: if/else choosing which object a closure captures; both branches
# take a reference, the join keeps the counts the same.
import sys


class Opt:
    pass


def chooser(flag, x, y):
    if flag:
        chosen = x
    else:
        chosen = y

    def get():
        return chosen
    return get


x, y = Opt(), Opt()  # ?rc x y
g1 = chooser(True, x, y)  # ?rc x y
g2 = chooser(False, x, y)  # ?rc x y
keep = [g1(), g2()]  # ?rc x y keep
print(sys.getrefcount(x))
flag = len(keep) > 1
if flag:
    z = x  # ?rc x
else:
    z = y
del g1  # ?rc x
del g2, keep  # ?rc x y z
