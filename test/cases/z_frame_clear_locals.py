# Theme: what a kept traceback's frames hold, and letting go of it without
# dropping the exception: frame.clear() and traceback.clear_frames() free a
# finished frame's variables (3.11/3.12 keep the f_locals dict a read cached);
# a suspended generator's f_locals (inspect.getgeneratorlocals) and 3.13's
# FrameLocalsProxy.
import gc
import inspect
import traceback


class Payload:
    pass


def fail(obj):
    local = [obj]
    raise ValueError("boom in fail")


def worker(item):
    seen = [item]
    yield len(seen)


p = Payload()  # ?rc p
try:
    fail(p)
except ValueError as e:
    saved = e  # ?rc p
fr = saved.__traceback__.tb_next.tb_frame
names = fr.f_locals  # ?rc p names
del names  # ?rc p
fr.clear()  # ?rc p
del fr
traceback.clear_frames(saved.__traceback__)  # ?rc p
q = Payload()  # ?rc q
try:
    fail(q)
except ValueError as e2:
    second = e2  # ?rc q
traceback.clear_frames(second.__traceback__)  # ?rc q
g = worker(q)
next(g)  # ?rc q
state = inspect.getgeneratorlocals(g)  # ?rc q state
del state  # ?rc q
g.close()  # ?rc q
done = inspect.getgeneratorlocals(g)  # ?rc done
del saved, second  # ?rc p q
print(done, gc.collect())
