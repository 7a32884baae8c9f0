# Theme: errors raised from inside contextlib / functools helpers written in
# Python keep those helpers' frames in the traceback: closing.__exit__ (its
# self holds the thing; a thing without close() is also the AttributeError's
# obj), cached_property.__get__ (instance, cache) and singledispatchmethod's
# _method (its args tuple and, through the closure, the instance).
import gc
import sys
from contextlib import closing
from functools import cached_property, singledispatchmethod


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        raise ValueError(len(self.rows))


rep = Report([1.5, 2.5])  # ?rc rep
try:
    with closing(rep):
        pass
except AttributeError as e:
    err = e  # ?rc err rep
del err
print(sys.getrefcount(rep))
try:
    rep.total
except ValueError as e:
    err = e  # ?rc err rep
del err
print(sys.getrefcount(rep))


class Exporter:
    @singledispatchmethod
    def export(self, item):
        raise TypeError(item)

    @export.register
    def _(self, item: list):
        return ",".join(map(str, item))


ex = Exporter()  # ?rc ex
print(ex.export([1, 2]))
try:
    ex.export(rep)
except TypeError as e:
    err = e  # ?rc err rep
del err
print(sys.getrefcount(rep))
failures = []
for thing in (rep, Report([3.5])):
    try:
        with closing(thing):
            pass
    except AttributeError as e:
        failures.append(e)  # ?rc thing
failures.append(failures)
del failures, thing
print(gc.collect())  # ?rc rep
