# Theme: context managers. `with` keeps the manager alive for the block; an
# exception suppressed by __exit__ is released after the statement.
import contextlib


class Lock:
    def __init__(self):
        self.holders = []

    def __enter__(self):
        self.holders.append(self)
        return self

    def __exit__(self, etype, exc, tb):
        self.holders.pop()
        return etype is KeyError


class Token:
    pass


@contextlib.contextmanager
def borrowed(pool):
    item = pool.pop()  # ?rc item
    try:
        yield item
    finally:
        pool.append(item)  # ?rc item


lock = Lock()  # ?rc lock
with lock as held:
    inside = lock  # ?rc lock held
after = lock  # ?rc lock held
t = Token()  # ?rc t
with lock:
    raise KeyError(t)
free = t  # ?rc t
pool = [Token(), Token()]
tail = pool[-1]  # ?rc tail
with borrowed(pool) as tok:
    mine = tok  # ?rc tail tok
back = tail  # ?rc tail
del tok, mine, back  # ?rc tail
for round_ in range(2):
    with lock as again:
        if round_:
            continue
        spare = again  # ?rc lock
done = lock  # ?rc lock
