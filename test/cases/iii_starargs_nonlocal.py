# Theme: *args and **kwargs forwarded through a closure that counts calls
# with nonlocal; the arguments are only held while the call runs.
import sys


class Arg:
    pass


def counter(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    return wrapper


def pick(first, *rest, key=None):
    out = [first]  # ?rc first out
    out.extend(rest)  # ?rc out
    return out


wrapped = counter(pick)  # ?rc wrapped
a, b = Arg(), Arg()  # ?rc a b
res = wrapped(a, b, key=a)  # ?rc a b res
res2 = wrapped(*res)  # ?rc a b res2
print(sys.getrefcount(a))
del res  # ?rc a b
cells = wrapped.__closure__  # ?rc cells
del res2  # ?rc a b
