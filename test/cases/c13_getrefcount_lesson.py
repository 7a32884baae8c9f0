# Theme: teaching sys.getrefcount. The number it returns is always one more
# than the references the program holds, because the call's own argument is
# a reference; inside a function the parameter adds one, a container adds one
# per slot, and a brand-new object passed directly shows just 1.
import sys


class Token:
    pass


def inspect_arg(obj):
    inner = sys.getrefcount(obj)  # caller's reference + parameter + argument
    return inner


t = Token()  # ?rc t
print(sys.getrefcount(t))  # `t` and the argument
holder = [t, t, t]  # ?rc t
print(sys.getrefcount(t))
print(inspect_arg(t))
print(sys.getrefcount(Token()))  # only the argument
print(sys.getrefcount([t]))
table = {"first token!": t}
print(sys.getrefcount(table["first token!"]))
counts = [sys.getrefcount(x) for x in holder]
pi = 3.14159
print(sys.getrefcount(pi))  # co_consts, the parser's copy, `pi`, argument
big = 10 ** 20
print(sys.getrefcount(big))
half = big // 2  # ?rc half
print(sys.getrefcount(half))
probe = lambda o: sys.getrefcount(o)
print(probe(t))
for item in holder[:1]:
    print(sys.getrefcount(item))
del holder  # ?rc t item
print(sys.getrefcount(t) - 1)
method = inspect_arg.__call__
print(sys.getrefcount(inspect_arg))
