# Application: resource objects with __del__ logging into a list and
# __enter__/__exit__ context management, including an exception in a with.
import gc
import sys

log = []


class Resource:
    opened = 0

    def __init__(self, name):
        self.name = name
        self.closed = False
        Resource.opened += 1

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed = True
        log.append("exit " + self.name)
        if exc_type is KeyError:
            self.error = exc  # ?rc exc
            return True
        return False

    def __del__(self):
        log.append("del " + self.name)


gc.collect()
with Resource("alpha") as ra:
    inner = ra  # ?rc ra
after = ra  # ?rc ra
with Resource("beta") as rb:
    raise KeyError("missing key beta")
err = rb.error  # ?rc err rb
tb = err.__traceback__  # ?rc tb
del inner, after, ra  # ?rc log
n_log = len(log)  # ?rc n_log
del err, tb
rb.error = None  # ?rc rb
del rb
print(gc.collect(), log)
cyc = Resource("gamma")  # ?rc cyc
cyc.me = cyc  # ?rc cyc
del cyc
print(gc.collect())
last = log[-1]  # ?rc last
try:
    with Resource("delta") as rd:
        raise ValueError("boom delta")
except ValueError as e:
    caught = e  # ?rc caught rd
print(gc.collect())
del rd  # ?rc caught
print(sys.getrefcount(caught), len(log))
