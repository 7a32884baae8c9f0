# Theme: resource cleanup with contextlib.ExitStack callbacks, weakref.finalize
# on session objects, a generator with try/finally closed when dropped,
# and a dict subclass with __missing__ creating per-key lists.
import contextlib
import weakref

class Buckets(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value

closed = []
class Session:
    def __init__(self, name):
        self.name = name
        self.ops = []

def reader(session, items):
    try:
        for it in items:
            session.ops.append(it)
            yield it
    finally:
        closed.append(session.name)

buckets = Buckets()  # ?rc buckets
buckets["red"].append("apple")  # ?rc buckets
reds = buckets["red"]  # ?rc reds
sess = Session("s-one")  # ?rc sess
fin = weakref.finalize(sess, closed.append, "finalized")  # ?rc fin sess
items = ["a1", "b2", "c3"]  # ?rc items
gen = reader(sess, items)  # ?rc gen sess items
first = next(gen)  # ?rc first sess
del gen  # ?rc sess items
with contextlib.ExitStack() as stack:
    stack.callback(closed.append, "stack-done")
    other = Session("s-two")  # ?rc other
    stack.callback(other.ops.clear)  # ?rc other
    held = stack  # ?rc held
del held  # ?rc other
ops = sess.ops  # ?rc ops
alive = fin.alive  # ?rc fin
del sess  # ?rc ops fin
del other  # ?rc buckets reds
