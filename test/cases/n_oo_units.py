# Application-style: a small unit-conversion library. Units are hashable
# value objects used as dict keys, quantities overload + - * and
# comparison, a classmethod parses strings, and sum() uses __radd__.
import functools
import sys


class UnitError(ValueError):
    def __init__(self, left, right):
        super().__init__(f"{left} vs {right}")
        self.left, self.right = left, right


class Unit:
    def __init__(self, symbol, dimension, factor):
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor

    def __repr__(self):
        return self.symbol

    def __eq__(self, other):
        return isinstance(other, Unit) and (self.symbol, self.factor) == (other.symbol, other.factor)

    def __hash__(self):
        return hash((self.symbol, self.factor))


UNITS = {u.symbol: u for u in (Unit("m", "length", 1.0), Unit("km", "length", 1000.0), Unit("ft", "length", 0.3048))}


@functools.total_ordering
class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    @classmethod
    def parse(cls, text):
        number, symbol = text.split()
        unit = UNITS[symbol]  # ?rc unit
        return cls(float(number), unit)

    def to(self, unit):
        if unit.dimension != self.unit.dimension:
            raise UnitError(self.unit, unit)
        base = self.value * self.unit.factor  # ?rc base
        return Quantity(base / unit.factor, unit)

    def __add__(self, other):
        other = other.to(self.unit)  # ?rc other
        return Quantity(self.value + other.value, self.unit)

    def __radd__(self, other):
        return self if other == 0 else self + other

    def __eq__(self, other):
        return self.to(UNITS["m"]).value == other.to(UNITS["m"]).value

    def __lt__(self, other):
        return self.to(UNITS["m"]).value < other.to(UNITS["m"]).value


metre = UNITS["m"]  # ?rc metre
legs = [Quantity.parse(t) for t in ("1.5 km", "300 ft", "250 m")]  # ?rc legs
total = sum(legs)  # ?rc total
km = total.to(UNITS["km"])  # ?rc km
value = km.value  # ?rc value
longest = max(legs)  # ?rc longest
same = Quantity(1500.0, metre) == legs[0]
print(total.value, value, same, sys.getrefcount(metre))
bad = []
try:
    total.to(Unit("kg", "mass", 1.0))
except UnitError as exc:
    bad.append(exc.right)  # ?rc bad
lookup = {metre: "base unit!"}  # ?rc lookup metre
del legs  # ?rc longest total
