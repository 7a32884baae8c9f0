# Theme: contextlib.ExitStack managing a variable number of in-memory
# writers, with a cleanup callback, and pop_all() handing ownership over to
# a caller that closes them later.
import contextlib
import gc
import io


class Writer:
    def __init__(self, name, sink):
        self.name = name
        self.buf = io.StringIO()
        self.sink = sink

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        self.sink.append(self.buf.getvalue())
        self.buf.close()
        return False


def write_all(names, sink):
    with contextlib.ExitStack() as stack:
        writers = []  # ?rc writers
        for name in names:
            w = stack.enter_context(Writer(name, sink))  # ?rc w
            writers.append(w)
            w.buf.write(name * 2)
        stack.callback(sink.append, writers)  # ?rc writers sink
        count = len(writers)
    return writers


def open_later(names, sink):
    with contextlib.ExitStack() as stack:
        opened = [stack.enter_context(Writer(n, sink)) for n in names]
        keep = stack.pop_all()  # ?rc keep
    return keep, opened


sink = []  # ?rc sink
ws = write_all(["ab", "cd", "ef"], sink)  # ?rc ws sink
last = sink[-1]  # ?rc last ws
pending, opened = open_later(["gh", "ij"], sink)  # ?rc pending opened
first = opened[0]  # ?rc first
pending.close()  # ?rc first pending
del pending  # ?rc first
print(len(sink), gc.collect())
sink.clear()  # ?rc ws first
del last, opened  # ?rc ws first
