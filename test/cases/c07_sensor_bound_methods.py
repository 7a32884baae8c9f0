# Theme: an event bus of sensors. Each `obj.method` access makes a new bound
# method holding the instance; storing one on the instance itself closes a
# cycle (instance -> attribute -> bound method -> instance) that only the
# collector frees. A staticmethod looked up gives the plain function; a
# classmethod looked up makes a bound method holding the class.
import gc


class Sensor:
    readings = 0

    def __init__(self, label):
        self.label = label

    def read(self):
        return self.label

    @staticmethod
    def unit():
        return "degrees kelvin!"

    @classmethod
    def count(cls):
        return cls.readings


gc.collect()
s = Sensor("north wall!")  # ?rc s
m1 = s.read  # ?rc s m1
m2 = s.read  # ?rc s m1
same = m1 == m2  # ?rc m1
listeners = [m1, m2, s.read]  # ?rc s
del m1, m2  # ?rc s
listeners.clear()  # ?rc s
u = Sensor.unit  # ?rc u
u2 = s.unit  # ?rc u
c = Sensor.count  # ?rc c
c2 = s.count  # ?rc c c2
s.on_tick = s.read  # ?rc s
tick = s.on_tick  # ?rc tick s
del tick  # ?rc s
del s
print(gc.collect())  # the sensor and its stored bound method
t = Sensor("south wall!")
t.on_tick = t.read  # ?rc t
t.on_tick = None  # ?rc t
del t
print(gc.collect())
