# Theme: weakref.finalize callbacks built from closures. A callback that
# closes over the object itself keeps it alive forever (the finalize registry
# holds the callback); one that closes over only the object's resources lets
# it die. detach() hands the arguments back.
import gc
import sys
import weakref

closed = []


class TempFile:
    def __init__(self, path):
        self.path = path
        self.handle = [f"fd for {path}"]


def leaky_cleanup(tf):
    def cleanup():
        closed.append(tf.path)
    return cleanup


def safe_cleanup(handle, path):
    def cleanup():
        handle.clear()
        closed.append(path)
    return cleanup


a = TempFile("/tmp/a.dat")  # ?rc a
fa = weakref.finalize(a, leaky_cleanup(a))  # ?rc a fa
b = TempFile("/tmp/b.dat")
handle_b = b.handle  # ?rc handle_b
fb = weakref.finalize(b, safe_cleanup(b.handle, b.path))  # ?rc b handle_b
del a  # ?rc fa -- still alive: the closure's cell holds it
print(fa.alive, gc.collect())
del b  # ?rc handle_b fb
print(fa.alive, fb.alive, closed)
target, func, args, kwargs = fa.peek()  # ?rc target func
cell = func.__closure__[0]  # ?rc cell
obj = cell.cell_contents  # ?rc obj
print(sys.getrefcount(obj))
del target, func, args, kwargs, cell
detached = fa.detach()  # ?rc detached obj
print(fa.alive, sys.getrefcount(obj))
del detached  # ?rc obj
