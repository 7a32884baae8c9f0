# Keys a `**` mapping gives a call are the mapping's own key objects: a Python callee's **kwargs
# dict holds them (a key built at run time, or a literal that is no identifier, counts one more
# while that dict lives); a C callee that keeps its keywords (dict(**m), partial) is not followed
# and the key's count opens.
import functools


def gather(*args, **kwargs):
    return kwargs


def pick(a, b=None):
    return a


key = "".join(["kw", "arg_x"])  # ?rc key
named = gather(**{key: 1.5})  # ?rc key named
lit = "two words"  # ?rc lit
named2 = gather(**{lit: 2.5})  # ?rc lit named2
del named  # ?rc key
opts = {"a": [1.5], "b": key}
got = pick(**opts)  # ?rc got key
both = gather(1, **opts)  # ?rc both key
d = dict(**{key: 1.5})  # ?rc d
p = functools.partial(gather, **{lit: 3.5})  # ?rc p
