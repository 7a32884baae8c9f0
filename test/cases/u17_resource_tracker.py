# Theme: a resource tracker for open handles. Handles are context
# managers that register with the tracker on open and unregister on
# close; an error inside a with block is recorded together with the
# handle that was open. Leaked handles are found by report().
import gc
from contextlib import ExitStack


class Handle:
    def __init__(self, tracker, path):
        self.tracker = tracker
        self.path = path
        self.lines = []
        tracker.open_handles[path] = self  # ?rc self

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.tracker.errors.append((self, exc))  # ?rc exc
        self.close()
        return exc_type is ValueError

    def close(self):
        self.tracker.open_handles.pop(self.path, None)


class Tracker:
    def __init__(self):
        self.open_handles = {}
        self.errors = []

    def open(self, path):
        return Handle(self, path)

    def report(self):
        return sorted(self.open_handles)


tracker = Tracker()  # ?rc tracker
with tracker.open("/var/log/app.log") as log:
    log.lines.append("started up")  # ?rc log tracker
print(tracker.report())  # ?rc log
with tracker.open("/etc/app.conf") as conf:
    raise ValueError("bad config line 3")
bad, error = tracker.errors[0]  # ?rc bad error conf
print(error.__traceback__ is not None, tracker.report())
with ExitStack() as stack:
    handles = [stack.enter_context(tracker.open(f"/tmp/part-{i}")) for i in range(3)]
    part = handles[1]  # ?rc part
    print(tracker.report())
print(tracker.report())  # ?rc part handles
leak = tracker.open("/tmp/forgotten")  # ?rc leak
del leak
print(tracker.report(), gc.collect())
del bad, error, conf, log, part, handles
print(gc.collect())
del tracker  # tracker <-> leaked handle, error record
print(gc.collect())
