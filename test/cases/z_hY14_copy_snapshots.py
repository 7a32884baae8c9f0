# Theme: snapshots of an editor's state with copy.copy / copy.deepcopy: the
# pixel rows are array.array objects (their __copy__ / __deepcopy__ make new
# arrays), a layer list deep-copied keeps each array's copy once (memo), and
# library objects (a ChainMap of settings, a functools.partial callback, an
# operator.attrgetter) copied through their __reduce__ are new objects too.
import copy
import functools
import gc
import operator
from array import array
from collections import ChainMap


class Canvas:
    def __init__(self, width):
        self.row = array("d", [0.25] * width)
        self.layers = [self.row, self.row]
        self.history = []

    def snapshot(self):
        shot = copy.deepcopy(self.layers)
        self.history.append(shot)
        return shot


canvas = Canvas(4)  # ?rc canvas
row = canvas.row  # ?rc row
flat = copy.copy(row)  # ?rc row flat
flat[0] = 9.5
twin = copy.deepcopy(row)  # ?rc row twin
shot = canvas.snapshot()  # ?rc shot row
first = shot[0]  # ?rc first
same = shot[1] is first  # ?rc first
memo = {}
shot2 = copy.deepcopy(canvas.layers, memo)  # ?rc row memo shot2
del memo  # ?rc row
settings = ChainMap({"zoom": 2}, {"zoom": 1, "grid": True})  # ?rc settings
saved = copy.copy(settings)  # ?rc settings saved
on_save = functools.partial(print, "saved canvas")  # ?rc on_save
handler = copy.copy(on_save)  # ?rc on_save handler
width_of = operator.attrgetter("row")  # ?rc width_of
getter = copy.copy(width_of)  # ?rc width_of getter
del canvas  # ?rc row shot first
print(gc.collect())
