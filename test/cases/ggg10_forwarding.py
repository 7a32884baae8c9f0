# Theme: *args / **kwargs forwarding through layers of wrappers. Each layer
# packs the arguments into a tuple and a dict and unpacks them again for the
# next call; what the innermost function receives is the caller's object.


class Request:
    def __init__(self, path):
        self.path = path


def handler(req, *extra, verbose=False, **opts):
    seen = req  # ?rc req seen
    return [req.path, len(extra), verbose, sorted(opts)]


def with_defaults(func):
    def inner(*args, **kwargs):
        kwargs.setdefault("verbose", True)
        return func(*args, **kwargs)

    return inner


def with_logging(func):
    def inner(*args, **kwargs):
        head = args[0]  # ?rc head
        return func(*args, **kwargs)

    return inner


stack = with_logging(with_defaults(handler))
req = Request("/api/items")  # ?rc req
res = stack(req)  # ?rc req res
res2 = stack(req, 1.5, 2.5, trace=True)  # ?rc req res2
params = {"page": 3, "size": 50}  # ?rc params
res3 = stack(req, **params)  # ?rc params req
pos = (req, "extra value!")  # ?rc pos req
res4 = stack(*pos)  # ?rc pos req
for r in [Request("/a"), Request("/b")]:
    out = stack(r, dry=True)  # ?rc r out
del out, r
direct = handler(req, verbose=False)  # ?rc req direct
del pos  # ?rc req
