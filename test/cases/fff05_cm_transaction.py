# Theme: a @contextmanager transaction that snapshots a store, yields a
# working copy, commits on success and rolls back (re-raising) on error.
import contextlib
import gc


class Store:
    def __init__(self):
        self.items = {}
        self.history = []


@contextlib.contextmanager
def transaction(store):
    snapshot = dict(store.items)  # ?rc snapshot
    work = dict(store.items)  # ?rc work
    try:
        yield work
    except Exception as err:
        store.history.append(("rollback", err))
        raise
    else:
        store.items = work  # ?rc work
    finally:
        snapshot = None


store = Store()  # ?rc store
value = [1.5, 2.5]  # ?rc value
with transaction(store) as tx:
    tx["price list"] = value  # ?rc tx value
committed = store.items  # ?rc committed tx value
try:
    with transaction(store) as tx2:
        tx2["discount!"] = value  # ?rc value
        raise ValueError(value)
except ValueError as bad:
    inside = bad  # ?rc inside value
print(gc.collect())
del tx2
print(gc.collect())
entry = store.history[0]  # ?rc entry value
store.history.clear()
del entry
print(gc.collect())
cm = transaction(store)  # ?rc cm
del cm
after = value  # ?rc after committed
