# Theme: a leak hunt that prints sys.getrefcount at several points while
# references are added by containers, attributes, closures and frames.
import gc
import sys


class Widget:
    pass


def make_closure(obj):
    def inner():
        return obj
    return inner


def count_in_call(obj):
    return sys.getrefcount(obj)


w = Widget()  # ?rc w
print(sys.getrefcount(w))
box = [w]
print(sys.getrefcount(w))
table = {"w": w, "again": w}
print(sys.getrefcount(w))
other = Widget()
other.ref = w
print(sys.getrefcount(w))
fn = make_closure(w)  # ?rc w fn
print(sys.getrefcount(w))
print(count_in_call(w))
tup = (w, w, w)  # ?rc tup w
print(sys.getrefcount(tup))
del tup
print(sys.getrefcount(w))
cell = fn.__closure__[0]  # ?rc cell
print(sys.getrefcount(cell))
del fn  # ?rc cell
del cell
print(sys.getrefcount(w))
box.clear()
table.clear()
del other
print(sys.getrefcount(w))
w.me = w
print(sys.getrefcount(w))
del w
print(gc.collect())
