# Theme: properties with getters, setters and deleters that return stored
# objects, fresh objects or defensive copies.


class Sensor:
    def __init__(self, label, readings):
        self._label = label
        self._readings = readings

    @property
    def label(self):
        return self._label

    @label.setter
    def label(self, value):
        self._label = value

    @label.deleter
    def label(self):
        del self._label

    @property
    def readings(self):
        return list(self._readings)

    @property
    def raw(self):
        return self._readings

    @property
    def average(self):
        return sum(self._readings) / len(self._readings)


name = "sensor north #1"  # ?rc name
data = [20.5, 21.0, 19.75]  # ?rc data
s = Sensor(name, data)  # ?rc s name data
lab = s.label  # ?rc lab
copy1 = s.readings  # ?rc copy1 data
raw = s.raw  # ?rc raw
avg = s.average  # ?rc avg
s.label = "sensor south #2"  # ?rc name
lab2 = s.label  # ?rc lab2 lab
del s.label  # ?rc lab2
s.label = lab  # ?rc lab name
prop = Sensor.__dict__["label"]  # ?rc prop
getter = prop.fget  # ?rc getter
import sys
print(sys.getrefcount(s.raw))
print(sys.getrefcount(raw))
del s  # ?rc raw lab data
