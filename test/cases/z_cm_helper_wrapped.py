# contextmanager's helper keeps the generator function as __wrapped__ (functools.wraps)
from contextlib import contextmanager
@contextmanager
def span(tag):
    yield tag
w = span.__wrapped__   # ?rc w span
