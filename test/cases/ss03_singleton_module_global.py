# Theme: singleton as a lazily created module global. An accessor creates
# the shared connection pool on first use through a `global` statement; a
# shutdown function deletes it; callers keep their own references meanwhile.
import gc


class Pool:
    def __init__(self, size):
        self.size = size
        self.free = [object() for _ in range(size)]
        self.busy = []

    def acquire(self):
        conn = self.free.pop()
        self.busy.append(conn)
        return conn

    def release(self, conn):
        self.busy.remove(conn)
        self.free.append(conn)


_pool = None


def get_pool():
    global _pool
    if _pool is None:
        _pool = Pool(3)
    return _pool


def shutdown():
    global _pool
    old = _pool  # ?rc old
    _pool = None
    return old


p = get_pool()  # ?rc p
q = get_pool()  # ?rc p q
conn = p.acquire()  # ?rc conn
busy = p.busy  # ?rc busy
p.release(conn)  # ?rc conn busy
free = p.free  # ?rc free
held = [get_pool().acquire() for _ in range(2)]  # ?rc held
del p, q
old = shutdown()  # ?rc old
del old  # ?rc busy free conn
fresh = get_pool()  # ?rc fresh
del busy, free, held, conn  # ?rc fresh
print(gc.collect())
