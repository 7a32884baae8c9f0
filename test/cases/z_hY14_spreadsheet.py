# Theme: a small spreadsheet: cells hold a value or a formula (a lambda over
# the sheet), dependents are tracked in sets of names, a recompute memoizes
# results in a dict, and a circular reference raises a custom error that is
# kept with its cell.
import gc


class CircularReference(Exception):
    def __init__(self, chain):
        super().__init__("cycle: " + " -> ".join(chain))
        self.chain = chain


class Cell:
    def __init__(self, name, formula=None, value=None):
        self.name = name
        self.formula = formula
        self.value = value


class Sheet:
    def __init__(self):
        self.cells = {}
        self.cache = {}
        self.errors = []

    def set(self, name, formula=None, value=None):
        cell = Cell(name, formula, value)
        self.cells[name] = cell  # ?rc cell
        self.cache.clear()
        return cell

    def get(self, name, seen=()):
        if name in seen:
            raise CircularReference(list(seen) + [name])
        if name in self.cache:
            return self.cache[name]
        cell = self.cells[name]
        if cell.formula is None:
            result = cell.value
        else:
            result = cell.formula(lambda other: self.get(other, seen + (name,)))
        self.cache[name] = result
        return result


sheet = Sheet()  # ?rc sheet
a1 = sheet.set("A1", value=1500)  # ?rc a1
b1 = sheet.set("B1", formula=lambda ref: ref("A1") * 2)  # ?rc b1
c1 = sheet.set("C1", formula=lambda ref: ref("A1") + ref("B1"))  # ?rc c1
total = sheet.get("C1")  # ?rc total
again = sheet.get("C1")  # ?rc total again
cached = sheet.cache  # ?rc cached
x1 = sheet.set("X1", formula=lambda ref: ref("Y1"))  # ?rc x1
y1 = sheet.set("Y1", formula=lambda ref: ref("X1"))  # ?rc y1
try:
    sheet.get("X1")
except CircularReference as err:
    sheet.errors.append(err)  # ?rc err
chain = sheet.errors[0].chain  # ?rc chain
print(chain)
print(type(sheet.errors[0]).__name__)
print(gc.collect())  # the error's traceback frames hold the lambdas' frames
sheet.errors.clear()  # ?rc chain
print(gc.collect())
del sheet  # ?rc a1 b1 cached
