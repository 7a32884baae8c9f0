# Theme: deleting through an instance's __dict__ (resetting a functools.cached_property):
# the entry's value loses one reference, the next read computes and stores a new one.
from functools import cached_property

class Version:
    def __init__(self, text):
        self.text = text

    @cached_property
    def parts(self):
        return tuple(int(p) for p in self.text.split("."))

v = Version("3.12.1")
parts = v.parts  # ?rc parts
again = v.parts  # ?rc parts again
del v.__dict__["parts"]  # ?rc parts
fresh = v.parts  # ?rc fresh parts
box = Version("1.0")
box.extra = [1.5, 2.5]
extra = box.extra  # ?rc extra
d = box.__dict__
del d["extra"]  # ?rc extra d
try:
    del d["missing"]
except KeyError:
    pass
try:
    del Version.__dict__["parts"]
except TypeError:
    pass
box.extra = extra  # ?rc extra
del v, box, d  # ?rc parts fresh extra
