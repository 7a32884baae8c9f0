# A thermostat with properties: a validated setter, a computed read-only
# property and a deleter that resets to a default. Properties keep the
# values in the instance; the property objects live on the class.
import gc
import sys


class Thermostat:
    default_target = 20.5

    def __init__(self, name, readings):
        self._name = name
        self._target = self.default_target
        self._readings = readings

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not (5.0 <= value <= 30.0):
            raise ValueError("target out of range: %r" % value)
        self._target = value

    @target.deleter
    def target(self):
        self._target = self.default_target

    @property
    def average(self):
        total = sum(self._readings)  # ?rc total
        return total / len(self._readings)


readings = [19.5, 20.25, 21.0]  # ?rc readings
t = Thermostat("living room!", readings)  # ?rc t readings
wanted = 22.5 + 0.25  # ?rc wanted
t.target = wanted  # ?rc wanted
got = t.target  # ?rc got wanted
try:
    t.target = 99.5
except ValueError as exc:
    msg = str(exc)  # ?rc msg
del t.target  # ?rc wanted got
avg = t.average  # ?rc avg
avg2 = t.average  # ?rc avg avg2
prop = Thermostat.target  # ?rc prop
print(sys.getrefcount(prop))
getter = prop.fget  # ?rc getter
history = []
for step in (0.5, 1.5, 2.5):
    t.target = wanted + step
    history.append(t.target)  # ?rc history
del got, wanted  # ?rc history
del t  # ?rc readings
print(gc.collect())
