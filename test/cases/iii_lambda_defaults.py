# Theme: lambdas capturing loop variables through default arguments versus
# closures; defaults hold references in __defaults__ tuples.
import sys


class Key:
    pass


keys = [Key(), Key()]  # ?rc keys
k0 = keys[0]  # ?rc k0
k1 = keys[1]  # ?rc k1
by_default = [lambda k=k: k for k in keys]  # ?rc k0 k1 by_default
by_closure = [lambda: k for k in keys]  # ?rc k0 k1
f = by_default[0]  # ?rc f k0
got = f()  # ?rc got k0
g = by_closure[0]  # ?rc g
got2 = g()  # ?rc got2 k1
print(sys.getrefcount(k1))
del by_default  # ?rc k0 f
del f  # ?rc k0
del got, got2, by_closure, g  # ?rc k0 k1
