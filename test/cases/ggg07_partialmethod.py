# Theme: functools.partialmethod on a class. The descriptor lives in the class
# dict; each attribute access builds a fresh partial bound to the instance.
import functools
import gc


class Light:
    def __init__(self, name):
        self.name = name
        self.history = []

    def set_state(self, state, level=1.0):
        entry = (state, level)
        self.history.append(entry)  # ?rc entry
        return entry

    turn_on = functools.partialmethod(set_state, "on")
    turn_off = functools.partialmethod(set_state, "off", level=0.0)
    dim = functools.partialmethod(set_state, "dimmed")


desk = Light("desk lamp")  # ?rc desk
e1 = desk.turn_on()  # ?rc desk e1
e2 = desk.dim(0.25)  # ?rc e2
e3 = desk.turn_off()  # ?rc e3
hist = desk.history  # ?rc hist
pm = Light.__dict__["dim"]  # ?rc pm
on_call = desk.turn_on  # ?rc desk on_call
on_call()  # ?rc desk
del on_call  # ?rc desk
lamps = [Light(f"lamp #{i}") for i in range(3)]
for lamp in lamps:
    lamp.dim(0.5)  # ?rc lamp
del lamp
keep = lamps[1]  # ?rc keep
del lamps  # ?rc keep
desk.hook = desk.turn_off  # ?rc desk
del desk  # ?rc hist e1
print(gc.collect())  # desk <-> partial cycle
del pm  # ?rc e2
