# Theme: a router that tries to tag the objects it hands around with
# metadata (match.route = handler, pattern._owner = app, queue.label = ...),
# falling back to a side table when the object has no __dict__; a
# defaultdict's default_factory is writable, a deque's maxlen is not.
import gc
import re
from collections import defaultdict, deque

side = {}


def tag(obj, key, value):
    try:
        setattr(obj, key, value)
        return True
    except AttributeError:
        side[id(obj)] = value
        return False


def handler(m):
    return m.group(1)


routes = re.compile(r"/user/(\d+)")
m = routes.match("/user/42")
stored = tag(m, "route", handler)  # ?rc m handler
owned = tag(routes, "_owner", side)  # ?rc routes side
pending = deque([m], maxlen=8)
labelled = tag(pending, "label", "inbox")  # ?rc pending m
try:
    pending.maxlen = 16
except AttributeError:
    fixed = True  # ?rc pending
by_user = defaultdict(list)
by_user.default_factory = set  # ?rc by_user
reset = tag(by_user, "default_factory", list)  # ?rc by_user
def worker(items):
    for item in items:
        yield item


job = worker([m])
named = tag(job, "__qualname__", "router.job")  # ?rc job m
try:
    job.close = handler
except AttributeError:
    locked = True  # ?rc job handler
steps = map(handler, [m])
marked = tag(steps, "trace", handler)  # ?rc steps handler m
try:
    del m.route
except AttributeError:
    gone = False  # ?rc m
print(stored, owned, labelled, reset, marked, named, job.__qualname__, len(side), list(steps))
side.clear()  # ?rc handler m
del m, pending, steps, job
print(gc.collect())  # ?rc handler routes
