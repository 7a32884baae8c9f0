# threading.Condition: __init__ keeps the lock, its bound acquire / release and, for an
# RLock, its bound _release_save / _acquire_restore / _is_owned, plus a deque of waiters.
# with-blocks, acquire / release and notify go to the lock; notify without it is an error.
import gc
import threading


class Box:
    pass


lock = threading.Lock()  # ?rc lock
cond = threading.Condition(lock)  # ?rc cond lock
with cond:
    owned = cond._is_owned()  # ?rc cond lock
    cond.notify()
    cond.notify_all()  # ?rc lock
got = cond.acquire()  # ?rc lock
held = lock.locked()
cond.release()  # ?rc lock
try:
    cond.notify()
except RuntimeError as e:
    err = e  # ?rc lock cond
del err
try:
    cond.notify_all()  # the traceback keeps notify_all's and notify's frames, each with self
except RuntimeError as e:
    err = e  # ?rc cond
try:
    cond.wait()
except RuntimeError as e:
    err = e  # ?rc cond
del err
acq = cond.acquire  # ?rc acq lock
del acq, cond  # ?rc lock

rl = threading.RLock()  # ?rc rl
c2 = threading.Condition(lock=rl)  # ?rc c2 rl
inner = c2._lock  # ?rc inner
with c2:
    with rl:
        pair = [c2, rl]  # ?rc c2 rl
del pair, inner  # ?rc rl
box = Box()
box.cond = threading.Condition()
box.me = box
del box
print(gc.collect())  # the Box, the Condition, its deque, five bound methods and the new RLock
del c2  # ?rc rl
box = Box()
box.cond = threading.Condition(rl)
box.me = box
del box
print(gc.collect(), owned, got, held)  # ?rc rl
