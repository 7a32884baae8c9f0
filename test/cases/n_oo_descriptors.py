# Application-style: model classes with validating descriptors. Typed and
# Range descriptors learn their names through __set_name__ and store values
# in the instance __dict__; a cached_property memoises a computed report.
import functools
import gc
import sys


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
        self.field, self.value = field, value


class Typed:
    kind = object

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise ValidationError(self.name, value)
        obj.__dict__[self.name] = value  # ?rc value


class Text(Typed):
    kind = str


class Amount(Typed):
    kind = float

    def __set__(self, obj, value):
        if isinstance(value, float):
            value = round(value, 2)
        super().__set__(obj, value)


class Invoice:
    customer = Text()
    total = Amount()

    def __init__(self, customer, total, lines):
        self.customer = customer
        self.total = total
        self.lines = lines
        self.related = []

    @functools.cached_property
    def report(self):
        text = f"{self.customer}: {self.total:.2f} over {len(self.lines)} lines"  # ?rc text
        return text


lines = [["bolts, 10 mm", 3.5], ["nuts, 10 mm", 1.25]]  # ?rc lines
inv = Invoice("Acme & Sons", 4.75, lines)  # ?rc inv lines
desc = Invoice.__dict__["total"]  # ?rc desc
rep = inv.report  # ?rc rep
rep2 = inv.report  # ?rc rep
amount = inv.total  # ?rc amount
problems = []
for bad in (12, "twelve"):
    try:
        inv.total = bad
    except ValidationError as err:
        problems.append(err)  # ?rc problems
other = Invoice("Acme & Sons", 9.5, lines)  # ?rc lines
inv.related.append(other)
other.related.append(inv)  # ?rc inv other
print(sys.getrefcount(lines), len(problems))
del inv, other, rep, rep2, amount  # ?rc lines
print(gc.collect())  # nothing yet: the kept errors' tracebacks hold inv
problems.clear()  # ?rc lines
print(gc.collect())  # the two invoices (and their materialised __dict__s)
