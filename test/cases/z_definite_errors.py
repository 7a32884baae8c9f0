# Theme: errors CPython raises for sure on builtin values (wrong arguments, unpacking, not iterable,
# not subscriptable, builtins given the wrong type): the handler runs, nothing is kept after it.
import random


class Item:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


def pair(a, c):
    return a


def opts(a, *, mode):
    return a


seen = []
item = Item()


def call_errors():
    try:
        pair(item, 1, 2)
    except TypeError:
        seen.append(item)  # ?rc item
    try:
        pair(item)
    except TypeError:
        seen.append(item)  # ?rc item
    try:
        pair(item, c=1, z=2)
    except TypeError:
        seen.append(item)  # ?rc item
    try:
        opts(item)
    except TypeError as e:
        seen.append(item)  # ?rc item
    try:
        box = Item(item)
    except TypeError:
        seen.append(item)  # ?rc item
    p = Point(item, 2)
    try:
        p.moved(item, item)
    except TypeError:
        n = len(seen)  # ?rc item p
    return p


def unpack_errors():
    row = (item, 1, 2)
    try:
        a, c = row
    except ValueError:
        n = len(seen)  # ?rc item row
    try:
        for k, v in [(item, 1, 2)]:
            pass
    except ValueError:
        n = len(seen)  # ?rc item
    try:
        first, *rest, last = [item]
    except ValueError:
        n = len(seen)  # ?rc item
    return row


def type_errors():
    try:
        for q in 5:
            pass
    except TypeError:
        n = len(seen)  # ?rc item
    try:
        v = None[0]
    except TypeError:
        n = len(seen)  # ?rc item
    try:
        v = [item, 2]['a']
    except TypeError:
        n = len(seen)  # ?rc item
    try:
        v = list(item)
    except TypeError:
        n = len(seen)  # ?rc item
    try:
        v = 5(item)
    except TypeError:
        n = len(seen)  # ?rc item


def builtin_errors():
    errs = []
    for make in (lambda: abs('a'), lambda: round('x'), lambda: sum(['a', 'b']), lambda: divmod(7, 0),
                 lambda: chr(-1), lambda: isinstance(item, 5), lambda: int([item]), lambda: random.choice([]),
                 lambda: dict([(item, 2, 3)])):
        try:
            make()
        except (TypeError, ValueError, IndexError, ZeroDivisionError) as e:
            errs.append(type(e).__name__)
    n = len(errs)  # ?rc item
    return errs


p = call_errors()  # ?rc item p
row = unpack_errors()  # ?rc item row
type_errors()
names = builtin_errors()  # ?rc item names
seen.clear()  # ?rc item
