# Theme: a @contextmanager transaction helper. The generator sees the
# body's exception thrown in at its yield, files it and raises a wrapped
# error from it; the generator finishes, but its frame (and the Tx in it)
# lives on through the tracebacks that were kept.
import gc
from contextlib import contextmanager


class Tx:
    def __init__(self, name):
        self.name = name
        self.ops = []


class TxAborted(Exception):
    pass


failures = {}  # ?rc failures


@contextmanager
def transaction(name):
    tx = Tx(name)
    try:
        yield tx
    except ValueError as exc:
        failures[name] = exc
        raise TxAborted(tx) from exc
    else:
        tx.ops.append("commit!")


with transaction("first tx") as t1:
    t1.ops.append([1.5])  # ?rc t1
ok = t1  # ?rc ok
try:
    with transaction("second tx") as t2:
        t2.ops.append([2.5])  # ?rc t2
        raise ValueError(t2.ops)
except TxAborted as err:
    aborted = err  # ?rc t2 aborted failures
cause = failures["second tx"]  # ?rc cause t2
ops = t2.ops  # ?rc ops
del t1, ok
gc.collect()
failures.clear()  # ?rc cause t2 ops
aborted = None  # ?rc cause t2 ops
del cause  # ?rc t2 ops
print(gc.collect())
