# Theme: TypeErrors decided by the argument's type. weakref.ref of a __slots__ instance
# without "__weakref__" (or of a list, tuple, int), hash() or a dict key / set member
# of an unhashable value, len() of a number or function: the handler runs, and
# str(e) is the message str e.args holds.
import weakref


class Point:
    __slots__ = ("x", "y")


class Point3(Point):
    __slots__ = ("z",)


class Loose(Point):
    pass


class Key:
    def __eq__(self, other):
        return self is other


class HashedKey(Key):
    def __hash__(self):
        return 7


def area():
    return 1


pt = Point()  # ?rc pt
pt3 = Point3()  # ?rc pt3
loose = Loose()  # ?rc loose
row = [1.5]  # ?rc row
for obj in (pt, pt3, row, (1.5, 2.5), 10 ** 20):
    try:
        ref = weakref.ref(obj)
    except TypeError as e:
        msg = str(e)  # ?rc msg
ref = weakref.ref(loose)  # ?rc ref loose
try:
    hash(row)
except TypeError as e:
    msg = str(e)  # ?rc msg row
try:
    hash((1.5, [2.5]))
except TypeError as e:
    first = e.args[0]  # ?rc first
key = Key()
try:
    hash(key)
except TypeError as e:
    msg = str(e)  # ?rc msg key
value = hash(HashedKey())
try:
    len(10 ** 20)
except TypeError as e:
    msg = str(e)  # ?rc msg
try:
    len(area)
except TypeError as e:
    msg = str(e)  # ?rc msg area
table = {}
try:
    table[row] = 1
except TypeError as e:
    msg = str(e)  # ?rc msg row table
seen = set()
try:
    seen.add(key)
except TypeError as e:
    msg = str(e)  # ?rc msg key seen
try:
    bad = {row: 1}
except TypeError as e:
    msg = str(e)  # ?rc msg row
try:
    bad = {1.5, row}
except TypeError as e:
    msg = str(e)  # ?rc msg row
try:
    found = row in table
except TypeError as e:
    msg = str(e)  # ?rc msg row
found = set() in {frozenset()}
print(found)
# A dict display builds its pairs once every value is evaluated; a raise releases them.
first_item, second_item = Key(), Key()  # ?rc first_item second_item
try:
    bad = {"x y": first_item, "z w": len(second_item)}
except TypeError as e:
    msg = str(e)  # ?rc msg first_item second_item
done = pt  # ?rc pt
