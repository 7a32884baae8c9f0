# Theme: a mini spreadsheet: Cell objects hold either a number or a formula
# (a lambda over the sheet), dependents are tracked in a dict of lists, values
# are cached in a dict that is cleared on edits, and a circular reference is
# reported with an exception.
import gc


class CircularRef(Exception):
    pass


class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}
        self.evaluating = []

    def set(self, name, value):
        self.cells[name] = value  # ?rc value
        self.cache.clear()

    def get(self, name):
        if name in self.cache:
            return self.cache[name]
        if name in self.evaluating:
            raise CircularRef(" -> ".join(self.evaluating + [name]))
        self.evaluating.append(name)
        try:
            raw = self.cells[name]
            val = raw(self) if callable(raw) else raw  # ?rc val
        finally:
            self.evaluating.pop()
        self.cache[name] = val
        return val


gc.collect()
sheet = Sheet()
price = 19.99 * 3  # ?rc price
sheet.set("A1", price)  # ?rc price
formula = lambda s: s.get("A1") * 1.2  # ?rc formula
sheet.set("B1", formula)  # ?rc formula
total = sheet.get("B1")  # ?rc total price
cached = sheet.cache  # ?rc cached
sheet.set("A1", 100.0 * 2)  # ?rc price total
again = sheet.get("B1")  # ?rc again
sheet.set("C1", lambda s: s.get("D1"))
sheet.set("D1", lambda s: s.get("C1") + 1)
try:
    sheet.get("C1")
except CircularRef as err:
    chain = err.args[0]  # ?rc chain
values = sorted(v for v in sheet.cache.values())  # ?rc values
del sheet  # ?rc formula cached
print(gc.collect())
