# Theme: exception chaining: `raise ... from` and implicit __context__ keep
# the earlier exception, and through its traceback the frames (and their
# locals) of both failures.
import gc


class Request:
    def __init__(self, url):
        self.url = url


def fetch(req):
    raise ConnectionError("timeout talking to server")


def load(req):
    try:
        fetch(req)
    except ConnectionError as err:
        raise RuntimeError("load failed") from err


def wrap(req):
    try:
        load(req)
    except RuntimeError:
        raise KeyError("wrapped failure")


gc.collect()
r = Request("https://example.invalid/x")  # ?rc r
try:
    wrap(r)
except KeyError as e:
    outer = e  # ?rc r outer
mid = outer.__context__  # ?rc mid
inner = mid.__cause__  # ?rc inner
print(mid.__suppress_context__)  # ?rc r
del outer  # ?rc mid r
del mid  # ?rc inner r
inner.__traceback__ = None  # ?rc r
del inner  # ?rc r
print(gc.collect())
try:
    load(r)
except RuntimeError as e2:
    e2.__cause__ = None  # ?rc r
print(gc.collect())  # ?rc r
