# Theme: function arguments: *args forwarding, **kwargs forwarding,
# keyword-only and positional-only parameters.


def sink(a, b=None, *, c=None):
    return a  # plain


def inner(x, /, y, *, z):
    got = x  # ?rc x y z
    return got


def fwd(*args, **kwargs):
    return sink(*args, **kwargs)


def fwd_kw(**kwargs):
    first = kwargs["a"]  # ?rc first kwargs
    return inner(first, first, z=first)


def collect(*args):
    packed = args  # ?rc packed
    return packed


obj = [0.5]  # ?rc obj
r = fwd(obj, obj, c=obj)  # ?rc obj r
r2 = fwd_kw(a=obj)  # ?rc obj
r3 = inner(obj, y=obj, z=obj)  # ?rc obj
tup = collect(obj, obj)  # ?rc obj tup
del tup  # ?rc obj
kw = {"a": obj}  # ?rc obj
r4 = fwd_kw(**kw)  # ?rc obj kw
args = (obj, obj)  # ?rc args
r5 = inner(*args, z=obj)  # ?rc obj args
del r, r2, r3, r4, r5  # ?rc obj
