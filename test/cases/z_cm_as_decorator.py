# a @contextmanager's manager used as a decorator (ContextDecorator): a fresh manager per call
import gc
from contextlib import contextmanager
events = []
@contextmanager
def span(tag, sink=None):
    events.append(tag)
    try:
        yield tag
    except KeyError:
        events.append("swallowed")
    finally:
        events.append("end")
deco = span("job", sink=events)     # ?rc deco events
@deco
def step(a, b=None):
    pair = [a, b]                    # ?rc pair a
    if b == "boom":
        raise KeyError(a)
    return pair
item = []
out = step(item)                     # ?rc out item deco
out2 = step(item, b=item)            # ?rc out2 item
n = len(events)
w = step.__wrapped__                 # ?rc w deco
@span("loop")
def ring(x):
    x.append(x)
    return x
r = ring([])                         # ?rc r
del r, ring
gc.collect()
lost = step(item, "boom")            # ?rc lost
