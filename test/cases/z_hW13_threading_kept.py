# threading's Python-level synchronisation objects keep their arguments as attributes:
# Semaphore(value) its _value (until acquire / release compute a new one), BoundedSemaphore also
# _initial_value, Barrier(parties, action, timeout) _parties, _action and _timeout, and
# Timer(interval, function, args, kwargs) interval, function, args and kwargs.
import gc
import threading

v = int("5001")
s = threading.Semaphore(v)  # ?rc v s
w = int("6001")
bs = threading.BoundedSemaphore(w)  # ?rc w bs
bs.acquire()  # ?rc w
bs.release()  # ?rc w
s.acquire()  # ?rc v
del s, bs  # ?rc v w


def act():
    pass


p = int("7001")
t = float("2.5")
br = threading.Barrier(p, act, t)  # ?rc p act t br
del br  # ?rc p act t
iv = float("30.5")
al = [1, 2]
kw = {"k": 3}
tm = threading.Timer(iv, act, al, kw)  # ?rc iv act al kw tm
tm2 = threading.Timer(iv, act)  # ?rc iv act
del tm, tm2  # ?rc iv act al kw
print(gc.collect())
