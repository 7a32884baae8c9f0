# Theme: stores through type(obj): a class-level registry filled from __init__
# (`type(self).rows[pk] = self`), a class attribute set through an instance's
# type, and counters bumped with `type(self).made += 1`. tree-sitter reads the
# first two forms as PEP 695 type aliases; Python reads them as assignments.
import gc


class Row:
    rows = {}
    made = 0

    def __init__(self, pk, tags):
        self.pk = pk
        self.tags = tags
        type(self).rows[pk] = self
        type(self).made += 1


class Special(Row):
    rows = {}


tags = ["a", "b"]
r1 = Row(1, tags)  # ?rc r1 tags
r2 = Row(2, tags)  # ?rc r2 tags
s1 = Special(3, [])  # ?rc s1
type(r1).last = r2  # ?rc r2
type(s1).last = s1  # ?rc s1
same = Row.rows[1]  # ?rc r1 same
other = Special.rows[3]  # ?rc s1
n_rows = len(Row.rows)
del Row.rows[1]  # ?rc r1
del same  # ?rc r1
Special.rows.clear()  # ?rc s1
del other, s1
found = gc.collect()
print(Row.made, Special.made, n_rows, found)
