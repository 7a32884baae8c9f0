# Theme: a cooperative event loop running generator-based tasks: tasks are
# generators in a deque, yield to give up control, receive values via send(),
# one task raises and one is cancelled with close().
import gc
from collections import deque


class Msg:
    pass


def worker(inbox, out):
    while True:
        m = yield
        if m is None:
            break
        out.append(m)  # ?rc m


def failing():
    yield
    raise ValueError("task failed!")


def run(tasks, msg, rounds):
    ready = deque(tasks)
    done = 0
    while ready and rounds:
        t = ready.popleft()
        rounds -= 1
        try:
            t.send(msg)
            ready.append(t)
        except (StopIteration, ValueError):
            done += 1
    return done


gc.collect()
msg = Msg()  # ?rc msg
sink = []
w1 = worker(None, sink)  # ?rc w1 sink
w2 = worker(None, sink)
f = failing()
for g in (w1, w2, f):
    next(g)  # ?rc g
del g
finished = run([w1, w2, f], msg, 5)  # ?rc msg finished
w2.close()  # ?rc msg
got = sink[0]  # ?rc got
sink.clear()  # ?rc msg
del w1, w2, f  # ?rc sink
print(gc.collect())
