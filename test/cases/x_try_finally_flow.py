# try/except/else/finally with objects: a finally clause runs on return and
# on break; a handled exception is released at the end of its handler.
import gc
import sys


class Res:
    opened = 0

    def __init__(self, name):
        self.name = name
        Res.opened += 1


def use(items):
    held = []
    for it in items:
        try:
            if it is None:
                raise ValueError("none")
            held.append(it)  # ?rc it
        except ValueError as err:
            note = str(err)  # ?rc note
            continue
        else:
            last = it  # ?rc it
        finally:
            done = len(held)  # ?rc held
    return held


r1, r2 = Res("1"), Res("2")  # ?rc r1 r2
got = use([r1, None, r2])  # ?rc got r1 r2


def first_ok(items):
    for it in items:
        try:
            if it.name == "2":
                return it
        finally:
            seen = it  # ?rc it


hit = first_ok([r1, r2])  # ?rc hit r2
try:
    try:
        raise KeyError("k")
    finally:
        cleanup = [r1]  # ?rc r1 cleanup
except KeyError:
    pass
print(sys.getrefcount(r1))
print(gc.collect())
