# Theme: copy.deepcopy of lists, tuples and dicts whose items define __deepcopy__:
# each hook is called with deepcopy's memo, a memo hit shares the copy.
import copy
import gc


class Cell:
    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        dup = Cell(copy.deepcopy(self.data, memo))
        memo[id(self)] = dup
        return dup


class Frozen:
    def __init__(self, tag):
        self.tag = tag

    def __deepcopy__(self, memo):
        return self


payload = [1.5, [2.5]]  # ?rc payload
c = Cell(payload)  # ?rc c
row = [c, c, 7.5]
rc = copy.deepcopy(row)  # ?rc rc c payload
first = rc[0]  # ?rc first
same = rc[1]  # ?rc same
table = {"a": c, "b": [c]}
tc = copy.deepcopy(table)  # ?rc tc c
fz = Frozen("x")
tup = (fz, 3)  # ?rc tup fz
tt = copy.deepcopy(tup)  # ?rc tt tup fz
memo = {}
m1 = copy.deepcopy([c], memo)  # ?rc m1 c payload
m2 = copy.deepcopy([c], memo)  # ?rc m2 c
memo.clear()  # ?rc c payload
c.data.append(c)  # ?rc c
loop = copy.deepcopy([c])  # ?rc loop c
del rc, first, same, tc, m1, m2, loop
print(gc.collect())
del c  # ?rc payload
print(gc.collect())
