# Theme: a retry helper kept `last_error` for its final report. The stored
# exception's traceback pins the frames of the failed attempts and all their
# locals (a big response buffer). Two fixes: with_traceback(None) and
# traceback.clear_frames().
import gc
import sys
import traceback


class Upstream:
    def __init__(self):
        self.attempts = 0

    def fetch(self, buffer):
        self.attempts += 1
        chunk = buffer[: len(buffer) // 2]
        raise TimeoutError("upstream timed out after %d tries" % self.attempts)


class Retrier:
    def __init__(self, target):
        self.target = target
        self.last_error = None

    def run(self, buffer, tries):
        for _ in range(tries):
            try:
                return self.target.fetch(buffer)
            except TimeoutError as exc:
                self.last_error = exc
        return None


gc.collect()
up = Upstream()  # ?rc up
buf = [0.5] * 1000  # ?rc buf
r = Retrier(up)  # ?rc r
r.run(buf, 3)  # ?rc buf r -- the last traceback holds fetch's frame
err = r.last_error  # ?rc err
tb = err.__traceback__  # ?rc tb
print(sys.getrefcount(buf))
del tb
err.with_traceback(None)  # ?rc err buf
print(gc.collect())  # r.run's frame was only reachable from the traceback
r.last_error = None  # ?rc err
del err
r.run(buf, 2)  # ?rc buf
kept = r.last_error  # ?rc kept
traceback.clear_frames(kept.__traceback__)  # ?rc buf kept
print(gc.collect())
del kept
r.last_error = None  # ?rc r
print(gc.collect())
