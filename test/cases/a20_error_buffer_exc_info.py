# Theme: an in-memory error buffer (like logging's MemoryHandler) kept
# sys.exc_info() tuples until flush. Each stored traceback pins the failing
# frame and its request object; the fix keeps a
# traceback.TracebackException, which holds only text and line numbers.
import gc
import sys
import traceback


class Request:
    def __init__(self, path):
        self.path = path
        self.body = [0.5] * 100


class ErrorBuffer:
    def __init__(self, keep_frames):
        self.keep_frames = keep_frames
        self.entries = []

    def record(self):
        info = sys.exc_info()  # ?rc info
        if self.keep_frames:
            self.entries.append(info)
        else:
            self.entries.append(traceback.TracebackException(*info))


def handle(req, buffer):
    try:
        return 100 / (len(req.path) - len(req.path))
    except ZeroDivisionError:
        buffer.record()  # ?rc req
    return None


gc.collect()
req = Request("/api/orders")  # ?rc req
leaky = ErrorBuffer(keep_frames=True)
handle(req, leaky)  # ?rc req
entry = leaky.entries[0]  # ?rc entry
etype, evalue, etb = entry  # ?rc evalue etb
print(etb.tb_frame.f_code.co_name, sys.getrefcount(req))
del etype, evalue, etb, entry
leaky.entries.clear()  # ?rc req
print(gc.collect())
safe = ErrorBuffer(keep_frames=False)
handle(req, safe)  # ?rc req
te = safe.entries[0]  # ?rc te
print(te.exc_type.__name__, len(te.stack), sys.getrefcount(req))
print(gc.collect())
