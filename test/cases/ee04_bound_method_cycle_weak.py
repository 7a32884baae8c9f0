# Theme: an object registers its own bound method as a listener (a cycle);
# a weakref with a callback reports when the collector frees it.
import gc
import weakref

freed = []


class Sensor:
    def __init__(self, name):
        self.name = name
        self.listeners = [self.on_reading]  # ?rc self

    def on_reading(self, value):
        self.last = value
        return value


def notify(sensor, value):
    for listener in sensor.listeners:
        listener(value)  # ?rc sensor listener
    return sensor


gc.collect()
s = Sensor("thermometer #1")  # ?rc s
w = weakref.ref(s, freed.append)  # ?rc s w
reading = 21.5 * 2  # ?rc reading
out = notify(s, reading)  # ?rc s out reading
del out  # ?rc s
cb = s.listeners[0]  # ?rc s cb
del cb
del s  # ?rc w
print(len(freed))
print(gc.collect())  # Sensor, its listeners list, the bound method
print(len(freed))
again = reading  # ?rc reading -- the dead sensor's `last` let go of it
s2 = Sensor("hygrometer #2")
s2.listeners.clear()  # ?rc s2 -- cycle broken by hand
w2 = weakref.ref(s2, freed.append)  # ?rc w2
del s2  # ?rc w2
print(gc.collect())
