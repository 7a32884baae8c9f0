# Application: resource handling with class-based context managers and
# contextlib.contextmanager; some suppress errors, others re-raise them.
import contextlib
import gc
import sys


class Transaction:
    def __init__(self, store):
        self.store = store
        self.pending = {}

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        if etype is None:
            self.store.update(self.pending)
            return False
        self.pending.clear()
        return issubclass(etype, KeyError)


@contextlib.contextmanager
def tagged(log, tag):
    log.append("enter " + tag)
    try:
        yield log
    except ValueError as err:
        log.append(err)  # ?rc err
    finally:
        log.append("exit " + tag)


store = {}  # ?rc store
with Transaction(store) as tx:
    value = [1.5, 2.5]  # ?rc value tx
    tx.pending["a"] = value  # ?rc value
kept = tx  # ?rc kept store
with Transaction(store) as tx2:
    tx2.pending["b"] = value  # ?rc value
    store["missing key!"]
gone = tx2.pending  # ?rc gone value
try:
    with Transaction(store):
        raise RuntimeError("boom here!")
except RuntimeError as e:
    msg = e.args[0]  # ?rc msg
log = []  # ?rc log
with tagged(log, "one") as same:
    inner = same  # ?rc inner log
with tagged(log, "two"):
    raise ValueError(value)
caught = log[-2]  # ?rc caught value
with contextlib.suppress(ZeroDivisionError):
    ratio = 1 / 0
with contextlib.ExitStack() as stack:
    t3 = stack.enter_context(Transaction(store))  # ?rc t3
    t3.pending["c"] = value  # ?rc value
print(sys.getrefcount(t3), sys.getrefcount(value))
del caught, log  # ?rc value
print(gc.collect())
