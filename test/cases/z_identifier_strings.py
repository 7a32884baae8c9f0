# Theme: strings equal to the program's identifiers. From 3.13 the parser interns every name it
# reads immortal, while other identifier-like constants are interned mortal: a constant that
# spells a name of the program (a variable, a parameter, an attribute, a keyword argument) is
# that immortal object; a module-level function's __qualname__ is its __name__.


class Sensor:
    def __init__(self, unit):
        self.unit = unit
        self.reading = 0


def report(sensor, precision=2):
    return round(sensor.reading, precision)


probe = Sensor("celsius")
field = "unit"  # ?rc field
attr = getattr(probe, field)  # ?rc attr
param = "precision"  # ?rc param
value = report(probe, precision=1)
fn_name = report.__name__  # ?rc fn_name
qual = report.__qualname__  # ?rc qual
kinds = {"reading": 1, "offset": 2}
first_key = next(iter(kinds))  # ?rc first_key
klass = "Sensor"  # ?rc klass
print(field, attr, param, value, fn_name, qual, first_key, klass)
