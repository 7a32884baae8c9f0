# Theme: errors raised while cleaning up: an exception in finally or in a
# handler gets the earlier one as __context__, and a cleanup that fails
# inside __exit__ chains onto the block's error.
import gc


class Socketish:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        self.closed = True
        if exc is not None:
            raise OSError("close failed after error", self)
        return False


class Data:
    pass


def send(sock, data):
    try:
        raise BrokenPipeError(data)
    finally:
        sock.closed = True
        cleanup = [sock]  # ?rc cleanup sock


def fail_twice(data):
    try:
        raise ValueError(data)
    except ValueError:
        raise LookupError(data)


d = Data()  # ?rc d
s = Socketish("main link")  # ?rc s
try:
    send(s, d)
except BrokenPipeError as bp:
    held = bp  # ?rc held d
try:
    fail_twice(d)
except LookupError as le:
    earlier = le.__context__  # ?rc earlier le d
print(gc.collect())
del held, earlier
print(gc.collect())
try:
    with s as conn:
        raise KeyError(d)
except OSError as oe:
    ctx = oe.__context__  # ?rc ctx conn
print(gc.collect())
ctx = None  # ?rc d s
print(gc.collect())
