# Theme: contextlib.contextmanager generators with try/finally: the resource
# is released when the block ends normally or by an exception that the
# generator re-raises or swallows.
import contextlib


class Lock:
    def __init__(self):
        self.holders = []


@contextlib.contextmanager
def holding(lock, who):
    lock.holders.append(who)
    try:
        yield who
    finally:
        lock.holders.remove(who)  # ?rc who lock


@contextlib.contextmanager
def ignoring(kind, log):
    try:
        yield log
    except kind as exc:
        log.append(exc)  # ?rc exc log


class Worker:
    pass


lock = Lock()  # ?rc lock
w = Worker()  # ?rc w
with holding(lock, w) as me:
    inside = w  # ?rc w me
after = w  # ?rc w
log = []  # ?rc log
with ignoring(ValueError, log):
    with holding(lock, w):
        raise ValueError(w)
got = log[0]  # ?rc got w
cm = holding(lock, w)  # ?rc cm w
del cm  # ?rc w
log.clear()  # ?rc got w
del got  # ?rc w
