# Theme: __getattr__ building objects on a miss and caching them with
# setattr; a property with a setter replacing the stored value.
import sys


class Lazy:
    def __init__(self):
        self._val = None

    def __getattr__(self, name):
        made = [name]  # ?rc made
        setattr(self, name, made)  # ?rc made
        return made

    @property
    def val(self):
        return self._val

    @val.setter
    def val(self, v):
        self._val = v  # ?rc v


lz = Lazy()  # ?rc lz
a = lz.thing  # ?rc a
b = lz.thing  # ?rc a b
obj = [7.5]  # ?rc obj
lz.val = obj  # ?rc obj
got = lz.val  # ?rc got obj
lz.val = None  # ?rc obj
print(sys.getrefcount(a))
del lz  # ?rc a
