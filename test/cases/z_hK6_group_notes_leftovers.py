# Theme: an upload batch whose failure group carries notes, split by several
# except* clauses: the split copies the notes list to each part, and what no
# clause handles (or what clauses raise) is raised again as one group.
import gc


class Upload:
    def __init__(self, path):
        self.path = path


def upload_all(items):
    eg = ExceptionGroup("upload failed", [OSError(items[0]), ValueError(items[1]), KeyError(items[2])])
    eg.add_note("retry later")
    raise eg


u1 = Upload("a.txt")  # ?rc u1
u2 = Upload("b.txt")  # ?rc u2
u3 = Upload("c.txt")  # ?rc u3
log = []
try:
    upload_all([u1, u2, u3])
except* OSError as io:
    log.append(io.__notes__)  # ?rc u1 u2 u3
except* ValueError as bad:
    log.append(bad)  # ?rc u1 u2 u3
except* KeyError:
    pass
print(len(log))  # ?rc u1 u2 u3
log.clear()  # ?rc u1 u2 u3
print(gc.collect())
try:
    try:
        upload_all([u1, u2, u3])
    except* OSError:
        raise RuntimeError("disk")
    except* ValueError as bad2:
        log.append(bad2)
except ExceptionGroup as final:
    parts = final.exceptions  # ?rc u1 u2 u3
    log.append(len(parts))
del parts
print(len(log))  # ?rc u1 u2 u3
log.clear()  # ?rc u1 u2 u3
print(gc.collect())


def upload_plain(items):
    raise ExceptionGroup("plain", [OSError(items[0]), ValueError(items[1])])


try:
    try:
        upload_plain([u1, u2])
    except* OSError:
        raise RuntimeError("disk full")
    except* ValueError:
        raise LookupError("bad name")
except ExceptionGroup as both:
    n = len(both.exceptions)  # ?rc u1 u2
print(n)  # ?rc u1 u2
print(gc.collect())
