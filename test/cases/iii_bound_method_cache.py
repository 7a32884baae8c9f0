# Theme: bound methods stored in a dict on the instance (a dispatch table);
# the cycle is instance -> dict -> bound method -> instance.
import gc
import sys


class Machine:
    def __init__(self):
        self.table = {"go": self.go, "stop": self.stop}  # ?rc self

    def go(self):
        return "going now!"

    def stop(self):
        return "stopping now!"

    def run(self, cmd):
        return self.table[cmd]()


m = Machine()  # ?rc m
out = m.run("go")  # ?rc m out
tbl = m.table  # ?rc tbl m
meth = tbl["stop"]  # ?rc meth m
print(sys.getrefcount(m))
del meth  # ?rc m
del tbl  # ?rc m
del m
print(gc.collect())  # the Machine, its table, two bound methods
