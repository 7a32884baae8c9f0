# Theme: traceback.walk_tb / walk_stack generators and TracebackException.from_exception keep nothing of the traceback's frames
import gc
import sys
import traceback


def fail(job):
    raise ValueError(job)


def outer(job, log):
    try:
        fail(job)
    except ValueError as e:
        log.append(e)


job = [2.5]  # ?rc job
log = []
outer(job, log)  # ?rc job
err = log[0]
tb = err.__traceback__
frames = [f for f, _ in traceback.walk_tb(tb)]  # ?rc job err
pairs = list(traceback.walk_tb(tb))  # ?rc job pairs
walker = traceback.walk_tb(tb)  # ?rc tb
first = next(walker)  # ?rc tb first
second = next(walker)  # ?rc tb second
del walker  # ?rc tb
report = traceback.TracebackException.from_exception(err, limit=5)  # ?rc err job
del frames, pairs, first, second, report  # ?rc job
del tb  # ?rc err
log.clear()  # ?rc err job
del err  # ?rc job
print(gc.collect())


def where(token):
    here = sys._getframe()
    names = []
    for f, lineno in traceback.walk_stack(here):
        names.append(f.f_code.co_name)  # ?rc token
    return names, here


token = [4.5]
names, here = where(token)  # ?rc token here names
del here  # ?rc token
print(len(names), gc.collect())
