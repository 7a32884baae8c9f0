# throw() and close() on a generator delegating with `yield from` to an iterator class of the program
import gc
class Sub:
    def __init__(self, payload):
        self.payload = payload
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration(self.payload)
        return self.n
    def throw(self, exc):
        if isinstance(exc, KeyError):
            raise StopIteration(self.payload)
        if isinstance(exc, TypeError):
            raise exc
        return self.payload
    def close(self):
        self.closed = [self]
def outer(sub):
    got = yield from sub
    box = [got]        # ?rc got box
    yield box
payload = [0]
s1 = Sub(payload)
g1 = outer(s1)
first = next(g1)
r1 = g1.throw(ValueError("v"))   # ?rc r1 payload s1
second = next(g1)
r2 = g1.throw(KeyError("k"))     # ?rc r2 payload
s2 = Sub(payload)
g2 = outer(s2)
next(g2)
g2.close()                       # ?rc s2 payload
s3 = Sub(payload)
g3 = outer(s3)
next(g3)
try:
    g3.throw(TypeError("t"))
except TypeError as e:
    caught = e                   # ?rc caught s3
del g1, g2, g3
n = gc.collect()
