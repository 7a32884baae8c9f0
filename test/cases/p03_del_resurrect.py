# __del__ resurrecting an object outside any cycle: the finalizer runs once,
# the object survives through a global, and a second del does not rerun it.
import gc
import sys

saved = []
calls = []


class Lazarus:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        calls.append(self.tag)
        saved.append(self)  # ?rc self


tag = "lazarus tag!"  # ?rc tag
obj = Lazarus(tag)  # ?rc obj tag
del obj
print(len(calls))
back = saved.pop()  # ?rc back
print(sys.getrefcount(back))
del back  # second time: __del__ is not called again
print(len(calls))
print(gc.collect())
pair = Lazarus(tag)  # ?rc pair tag
pair.me = pair  # ?rc pair
del pair
print(gc.collect())  # resurrected during collection: nothing freed
again = saved[0]  # ?rc again tag
saved.clear()  # ?rc again
again.me = None  # ?rc again
del again  # ?rc tag
print(gc.collect())
