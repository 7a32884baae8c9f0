# Theme: contextlib.ExitStack with callbacks and nested managers; an error
# inside the block unwinds everything and is suppressed by one manager.
import contextlib


class Handle:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        self.log.append(self)
        return etype is KeyError


class Marker:
    pass


log = []  # ?rc log
m = Marker()  # ?rc m
with contextlib.ExitStack() as stack:
    h1 = stack.enter_context(Handle(log))  # ?rc h1
    stack.callback(log.append, m)  # ?rc m
    h2 = stack.enter_context(Handle(log))  # ?rc h2 log
    raise KeyError(m)
after = m  # ?rc after m h1 h2
with contextlib.ExitStack() as stack2:
    h3 = stack2.enter_context(Handle(log))  # ?rc h3
    moved = stack2.pop_all()  # ?rc moved h3
count = len(log)
moved.close()  # ?rc h3 log
del moved, stack, stack2  # ?rc h3 m
log.clear()  # ?rc h1 h2 h3 m
