# Theme: a deepcopy-style memo keyed by id(): the memo must hold the
# originals too (here in a keep-alive list), otherwise an id could be reused
# by a new object while the copy is in progress.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def clone(obj, memo, keep):
    key = id(obj)
    if key in memo:
        return memo[key]
    if isinstance(obj, list):
        new = []
        memo[key] = new
        keep.append(obj)
        for item in obj:
            new.append(clone(item, memo, keep))
        return new
    new = Point(obj.x, obj.y)
    memo[key] = new
    keep.append(obj)
    return new


p = Point(1.5, 2.5)  # ?rc p
shape = [p, p, Point(3.5, 4.5)]  # ?rc p shape
memo = {}
keep = []
copy1 = clone(shape, memo, keep)  # ?rc shape copy1 p
q = copy1[0]  # ?rc q
print(len(memo), len(keep), q is copy1[1])
del memo  # ?rc q copy1
del keep  # ?rc p shape
x = p.x  # ?rc x q
shape.append(shape)  # ?rc shape
memo2, keep2 = {}, []
copy2 = clone(shape, memo2, keep2)  # ?rc copy2 shape
print(copy2[3] is copy2, sys.getrefcount(copy2))
memo2.clear()  # ?rc copy2
