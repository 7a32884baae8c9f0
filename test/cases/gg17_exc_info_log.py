# Theme: an error logger that stores sys.exc_info() tuples for later
# reporting. The stored traceback keeps the failing frame and its locals;
# storing the tuple in a local of the same frame makes a cycle, which the
# try/finally "del" idiom breaks.
import gc
import sys

error_log = []


class Job:
    def __init__(self, name):
        self.name = name
        self.result = None


def run_logged(job):
    data = [job, 2.5]
    try:
        raise RuntimeError(job.name)
    except RuntimeError:
        error_log.append(sys.exc_info())
    return len(data)


def run_local(job, keep):
    try:
        raise KeyError(job.name)
    except KeyError:
        info = sys.exc_info()
        try:
            return info[0] is KeyError
        finally:
            if not keep:
                del info


gc.collect()
j = Job("nightly build")  # ?rc j
run_logged(j)  # ?rc j
etype, evalue, etb = error_log[0]  # ?rc evalue etb
print(etb.tb_frame.f_code.co_name, sys.getrefcount(j))
del etype, evalue, etb
error_log.clear()  # ?rc j
print(gc.collect())  # no cycle: the frame does not refer to the log entry
run_local(j, True)  # ?rc j -- info -> traceback -> frame -> info
print(gc.collect())
run_local(j, False)  # ?rc j
print(gc.collect())
try:
    run_logged(j)
finally:
    entry = error_log.pop()  # ?rc entry j
tb = entry[2]  # ?rc tb
del entry  # ?rc tb j
tb = None  # ?rc j
print(gc.collect(), sys.exc_info()[0] is None)
