# Theme: breaking the exception -> traceback -> frame cycle by hand. A
# handler that must keep the error stores it with its traceback removed
# (`exc.with_traceback(None)`), or the reader later sets __traceback__ to
# None, so the finished frame is freed by reference counting alone.
import gc
import sys


class Job:
    def __init__(self, key):
        self.key = key


def run(job, keep_tb, sink):
    local_job = job
    try:
        raise LookupError(job.key)
    except LookupError:
        exc = sys.exception()
        if keep_tb:
            sink.append(exc)
        else:
            sink.append(exc.with_traceback(None))
        held = exc  # ?rc job
    return len(sink)


sink = []  # ?rc sink
j1 = Job([1, 2])  # ?rc j1
key = j1.key  # ?rc key
gc.collect()
run(j1, False, sink)  # ?rc j1 sink key
print(gc.collect())
run(j1, True, sink)  # ?rc j1 key
print(gc.collect())
first, second = sink  # ?rc first second
tb = second.__traceback__  # ?rc tb
second.__traceback__ = None  # ?rc tb j1
del tb  # ?rc j1 second
print(gc.collect())
sink.clear()  # ?rc key j1
del first, second  # ?rc key
