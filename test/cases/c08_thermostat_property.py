# Theme: a thermostat whose `target` property validates and stores into
# `_target`. Reading the property returns the stored object itself (no copy);
# each setter call replaces it. A rejected value stays alive while the
# exception's traceback keeps the setter's frame, and a WeakKeyDictionary of
# audit notes drops its entry when the thermostat dies.
import weakref


class Reading:
    def __init__(self, celsius):
        self.celsius = celsius


class Thermostat:
    def __init__(self, start):
        self._target = start

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if value.celsius > 40.5:
            raise ValueError(value)
        old = self._target  # ?rc old value
        self._target = value  # ?rc old value


audit = weakref.WeakKeyDictionary()
warm = Reading(21.5)  # ?rc warm
hall = Thermostat(warm)  # ?rc warm hall
seen = hall.target  # ?rc warm seen
hot = Reading(22.5)
hall.target = hot  # ?rc warm hot
audit[hall] = ["set to 22.5!"]  # ?rc hall
notes = audit[hall]  # ?rc notes
try:
    hall.target = Reading(99.5)
except ValueError as err:
    rejected = err.args[0]  # ?rc rejected
after = rejected  # ?rc rejected
current = hall.target  # ?rc current hot
del hall  # ?rc notes hot current
print(len(audit))
