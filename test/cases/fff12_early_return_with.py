# Theme: searching inside `with` blocks and try/finally with early returns:
# __exit__ and finally run on the way out, and the returned object is the
# only thing that outlives the frame.
import gc


class Pool:
    def __init__(self):
        self.free = []
        self.busy = []

    def __enter__(self):
        conn = Conn(len(self.busy))
        self.busy.append(conn)
        return conn

    def __exit__(self, *exc):
        self.free.append(self.busy.pop())
        return False


class Conn:
    def __init__(self, n):
        self.n = n


def first_match(pool, items, wanted):
    with pool as conn:
        for item in items:
            if item == wanted:
                hit = [item, conn]  # ?rc hit conn
                return hit
    return None


def guarded(pool, items):
    result = []  # ?rc result
    try:
        for item in items:
            result.append(item)
            if len(result) >= 2:
                return result
    finally:
        tail = result  # ?rc result tail
    return None


pool = Pool()  # ?rc pool
items = ["first word", "second word", "third word"]  # ?rc items
found = first_match(pool, items, "second word")  # ?rc found
conn = found[1]  # ?rc conn
nothing = first_match(pool, items, "missing word")  # ?rc pool
short = guarded(pool, items)  # ?rc short
pool.free.clear()  # ?rc conn
del found  # ?rc conn
print(gc.collect())
