# Theme: *args / **kwargs packing and unpacking: the packed tuple and dict
# hold the arguments while the callee runs, forwarding re-packs them.


class Item:
    pass


def inner(a, b, *rest, **opts):
    here = a  # ?rc a b here
    return len(rest) + len(opts)


def outer(*args, **kwargs):
    packed = args  # ?rc args packed
    n = inner(*args, **kwargs)  # ?rc args kwargs
    return args


def collect(*items):
    out = list(items)  # ?rc items out
    return out


x = Item()  # ?rc x
y = Item()  # ?rc y
inner(x, y)  # ?rc x y
inner(x, y, x, key=y)  # ?rc x y
back = outer(x, y, extra=x)  # ?rc x y back
del back  # ?rc x y
seq = [x, y, x]  # ?rc x seq
inner(*seq)  # ?rc x
opts = {"one": y, "two": y}  # ?rc y opts
inner(x, y, **opts)  # ?rc y opts
got = collect(*seq, y)  # ?rc x y got
head, *tail = got  # ?rc x y tail
del got, tail  # ?rc x y


def relay(fn, /, *args, **kwargs):
    saved = (args, kwargs)  # ?rc args kwargs saved
    return fn(*args, **kwargs), saved


out, kept = relay(collect, x, y)  # ?rc x y out kept
del out, kept  # ?rc x y
call_log = [relay(inner, a, b, k=a) for a, b in [(x, y), (y, x)]]  # ?rc x y
