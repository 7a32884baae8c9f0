# Theme: an Enum with float values, methods and a classmethod lookup; members
# are looked up by value, by name and through a cached dict built at import.
import enum


class Unit(enum.Enum):
    GRAM = 1.0 * 1
    KILO = 1000.0 * 1
    TONNE = 10.0 ** 6

    def to_grams(self, amount):
        result = amount * self.value  # ?rc result
        return result

    @classmethod
    def parse(cls, text):
        member = cls[text.upper()]  # ?rc member
        return member


kilo = Unit.KILO  # ?rc kilo
weight = kilo.value  # ?rc weight kilo
by_value = Unit(1000.0)  # ?rc by_value kilo
parsed = Unit.parse("kilo")  # ?rc parsed
grams = kilo.to_grams(2.5)  # ?rc grams
symbols = {Unit.GRAM: "g unit", Unit.KILO: "kg unit"}  # ?rc symbols kilo
label = symbols[by_value]  # ?rc label
members = list(Unit)  # ?rc members kilo
names = [m.name for m in members]  # ?rc names
values = [m.value for m in Unit]  # ?rc values weight
del members, by_value, parsed  # ?rc kilo
total = sum(values)  # ?rc total values
