# Edges of threading's argument-keeping objects: a `with` block and a non-blocking acquire on a
# Semaphore, a BoundedSemaphore released past its value (ValueError), reading the kept attributes,
# a Semaphore subclass, a Barrier of one party that waits, a Timer started and cancelled, and a
# Semaphore in a garbage cycle.
import gc
import threading

v = int("5002")
s = threading.Semaphore(v)
with s:
    x = s._value  # ?rc v x
ok = s.acquire(False)  # ?rc v
s.release()
s.release()  # ?rc v
z = int("0")
s0 = threading.Semaphore(z)
got = s0.acquire(blocking=False)  # ?rc z
w = int("5005")
bs = threading.BoundedSemaphore(w)
try:
    bs.release()
except ValueError:
    pass
iv = bs._initial_value  # ?rc w iv


class MySem(threading.Semaphore):
    pass


m = int("5003")
ms = MySem(m)  # ?rc m


def act():
    pass


p = int("1")
br = threading.Barrier(p, act)
r = br.wait()  # ?rc act
del br  # ?rc act
tv = float("60.5")
tm = threading.Timer(tv, act)
tm.start()
tm.cancel()
tm.join()
del tm  # ?rc tv act
c = int("5004")
cs = threading.Semaphore(c)
cs.me = [cs]
del cs
print(gc.collect())
print(c)  # ?rc c
