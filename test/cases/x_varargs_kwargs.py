# *args and **kwargs: the packed tuple and dict hold the arguments for the
# call; forwarding with * and ** builds new ones; defaults stay with the function.
import sys


class Evt:
    pass


def fire(name, *args, **kwargs):
    n = len(args)  # ?rc args kwargs
    first = args[0] if args else None  # ?rc first
    return args, kwargs


def forward(*args, **kwargs):
    return fire("fwd", *args, **kwargs)


e1, e2 = Evt(), Evt()  # ?rc e1 e2
packed, named = fire("a", e1, e2, who=e1)  # ?rc e1 e2 packed named
del packed, named  # ?rc e1 e2
p2, n2 = forward(e2, tag=e2)  # ?rc e2 p2 n2
lst = [e1, e2]
p3, n3 = fire("b", *lst)  # ?rc e1 p3 n3
opts = {"x": e1}
p4, n4 = fire("c", **opts)  # ?rc e1 n4 opts
print(sys.getrefcount(e1))
