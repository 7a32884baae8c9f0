# `import __main__` gives the running script's module, whose __dict__ is the script's
# globals: reading `__main__.name` is the global itself (a new reference to the same
# object), storing `__main__.name = v` rebinds the global, deleting it unbinds the global.
import __main__
import sys


class Obj:
    pass


o = Obj()  # ?rc o
alias = __main__.o  # ?rc o alias
print(alias is o)
keep = [__main__.o, __main__.o]  # ?rc o keep
__main__.other = o  # ?rc o other
print(other is o)
del keep  # ?rc o
big = 10 ** 6  # ?rc big
__main__.big = [big]  # ?rc big
fresh = __main__.big  # ?rc fresh
del __main__.other  # ?rc o
try:
    __main__.missing
except AttributeError:
    pass


def reader():
    got = __main__.o  # ?rc got
    return got


r = reader()  # ?rc o r
del alias, r  # ?rc o
print(sys.getrefcount(o))
