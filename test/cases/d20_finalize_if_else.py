# Theme: weakref.finalize picks its callback in an if/else; the finalizer
# holds its own references to the callback's arguments until it runs or is
# detached, and the class-level registry keeps live finalizers alive.
import gc
import weakref

closed = []


class File:
    def __init__(self, path):
        self.path = path


def close_log(path, sink):
    sink.append(path)


def open_file(path, verbose):
    f = File(path)
    if verbose:
        fin = weakref.finalize(f, close_log, path, closed)
    else:
        fin = weakref.finalize(f, closed.append, path)
    return f, fin


f1, fin1 = open_file("logs/a.txt", True)  # ?rc f1 fin1 closed
f2, fin2 = open_file("logs/b.txt", False)  # ?rc f2 fin2 closed
del f1  # ?rc fin1 closed
dead = fin1.alive  # ?rc fin1
res = fin2.detach()  # ?rc f2 fin2 closed res
del res  # ?rc f2 closed
del f2  # ?rc closed fin2
path = closed[0]  # ?rc path
f3, fin3 = open_file("logs/c.txt", path.endswith("txt"))  # ?rc f3 closed
f3.me = f3  # ?rc f3
done = fin3()  # ?rc f3 fin3 closed -- called early: runs once and detaches
del f3
print(gc.collect())  # f3 alone, its finalizer is already dead
print(len(closed))
