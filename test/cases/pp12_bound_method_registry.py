# Theme: bound methods stored in containers, and the cycles they make. An
# object that registers its own bound method on an attribute dict points at
# itself through the method; a module-level registry keeps it alive instead.
import gc

handlers = {}


class Sensor:
    def __init__(self, name):
        self.callbacks = {"read": self.read}  # ?rc self
        handlers[name] = self.read  # ?rc self

    def read(self):
        return self


gc.collect()
s1 = Sensor("temp sensor 1")  # ?rc s1
s2 = Sensor("temp sensor 2")  # ?rc s2
m = handlers["temp sensor 1"]  # ?rc m s1
again = m()  # ?rc s1 again
del again, m  # ?rc s1
handlers.clear()  # ?rc s1 s2
cb = s2.callbacks["read"]  # ?rc cb s2
del cb  # ?rc s2
del s1
print(gc.collect())  # s1 and its bound method (and the callbacks dict)
s2.callbacks.clear()  # ?rc s2
del s2
print(gc.collect())  # nothing: s2 had no cycle left
