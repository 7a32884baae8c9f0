# Theme: instances that fill their attributes with self.__dict__.update(...)
# and sit in cycles. On 3.11/3.12 updating the empty instance dict from a small
# dict clones that dict's table (a dict of its own, which gc.collect() counts);
# 3.13 puts the names into the class's shared keys, and the dict stays part of
# the instance: the collector does not count it.
import gc


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)  # ?rc self


class Row:
    def __init__(self, data):
        vars(self).update(data)


gc.collect()
tag = [1.5, 2.5]  # ?rc tag
r = Record(name="first record!", tag=tag)  # ?rc r tag
r.me = r  # ?rc r
del r
print(gc.collect())  # the record (and its dict on 3.11/3.12)
row = Row({"cells": [tag], "width": 3})  # ?rc row tag
row.parent = row  # ?rc row
cells = row.cells  # ?rc cells
del row
print(gc.collect())  # ?rc tag cells
a = Record(peer=None)
b = Record(peer=a)  # ?rc a b
a.peer = b  # ?rc a b
del a, b
print(gc.collect())  # ?rc tag
