# Runaway recursion that passes through C code (a *args wrapper, __init__
# run by the class call, a generator step, a sort key): CPython counts more
# than one unit per frame there, so the model leaves such counts open.
import functools


class Item:
    pass


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@traced
def down(n, obj):
    return down(n + 1, obj)


class Node:
    def __init__(self, n, obj):
        self.obj = obj
        self.child = Node(n + 1, obj)


def rec(n, obj):
    return rec(n + 1, obj)


def gen(obj):
    yield rec(0, obj)


it = Item()  # ?rc it
try:
    down(0, it)
except RecursionError:
    pass
after = it  # ?rc it after
try:
    Node(0, it)
except RecursionError:
    pass
try:
    next(gen(it))
except RecursionError:
    pass
try:
    sorted([it], key=lambda o: rec(0, o))
except RecursionError:
    pass
last = it  # ?rc it last
