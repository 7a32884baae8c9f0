# Theme: a retry helper that keeps the last error on the object. Errors
# raised while handling others chain through __context__, and each
# traceback keeps the frame with `self` alive: a cycle through the object.
import gc


class Fetcher:
    def __init__(self, url):
        self.url = url
        self.last_error = None
        self.attempts = 0

    def fetch(self):
        self.attempts += 1
        raise ConnectionError(self.url)

    def fetch_with_retry(self):
        try:
            self.fetch()
        except ConnectionError:
            try:
                self.fetch()
            except ConnectionError as second:
                self.last_error = second  # ?rc self


gc.collect()
f = Fetcher("http://example.invalid/a b")  # ?rc f
f.fetch_with_retry()  # ?rc f
err = f.last_error  # ?rc err f
ctx = err.__context__  # ?rc ctx err
del ctx, err
print(gc.collect())  # nothing yet: f is named
del f
print(gc.collect())  # Fetcher, two exceptions, their tracebacks, frames, args

g = Fetcher("http://example.invalid/c d")  # ?rc g
g.fetch_with_retry()  # ?rc g
e2 = g.last_error  # ?rc e2 g
e2.__context__ = None
e2.__traceback__ = None  # ?rc e2 g -- the chain and frames are gone
print(gc.collect())  # nothing was cyclic any more
del e2
del g
print(gc.collect())
