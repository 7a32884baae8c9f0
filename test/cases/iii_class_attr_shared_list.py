# Theme: a mutable class attribute shared by instances until an instance
# assignment shadows it; augmented assignment on the shared list.
import sys


class Cfg:
    opts = []

    def add(self, x):
        self.opts += [x]  # ?rc x


shared = Cfg.opts  # ?rc shared
c1, c2 = Cfg(), Cfg()
item = [0.5]  # ?rc item
c1.add(item)  # ?rc item shared
c2.add(item)  # ?rc item shared
own = []
c2.opts = own  # ?rc shared own
c2.add(item)  # ?rc item own
print(sys.getrefcount(shared))
del c2  # ?rc own item
Cfg.opts = None  # ?rc shared
shared.clear()  # ?rc item
