# Classes: inherited __init__, property setters, __eq__/__hash__ keys, class counters, staticmethods.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value  # ?rc value


class Reading(Temperature):
    count = 0

    def __init__(self, celsius, where):
        super().__init__(celsius)
        self.where = where
        Reading.count += 1

    def __eq__(self, other):
        return isinstance(other, Reading) and self.where == other.where

    def __hash__(self):
        return hash(self.where)

    @staticmethod
    def make(where):
        return Reading(20.5, where)


t = Temperature(21.5)  # ?rc t
val = 23.5 * 2  # ?rc val
t.celsius = val  # ?rc val t
got = t.celsius  # ?rc got val
r1 = Reading.make("kitchen sink")  # ?rc r1
r2 = Reading(19.5, "bath room")  # ?rc r2
seen = {r1: "first", r2: "second"}  # ?rc r1 r2 seen
same = r1 == r2  # ?rc same
by_place = {r.where: r for r in (r1, r2)}  # ?rc r1
del seen  # ?rc r1 r2
