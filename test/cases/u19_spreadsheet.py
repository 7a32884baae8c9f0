# Theme: a tiny spreadsheet. A Cell holds either a value or a formula (a
# function of the sheet); formula cells record which cells they read and
# those cells record them as dependents, so changing an input recomputes
# everything downstream. deps and dependents point both ways: cycles.
import gc


class Cell:
    def __init__(self, sheet, name):
        self.sheet = sheet
        self.name = name
        self.value = 0.0
        self.formula = None
        self.deps = []
        self.dependents = []


class Sheet:
    def __init__(self):
        self.cells = {}
        self.reading = None

    def cell(self, name):
        if name not in self.cells:
            self.cells[name] = Cell(self, name)
        return self.cells[name]

    def get(self, name):
        c = self.cell(name)
        if self.reading is not None and c not in self.reading.deps:
            self.reading.deps.append(c)
            c.dependents.append(self.reading)  # ?rc c
        return c.value

    def set(self, name, value=None, formula=None):
        c = self.cell(name)
        c.value, c.formula = value, formula
        self.recompute(c)

    def recompute(self, c):
        if c.formula is not None:
            self.reading, saved = c, self.reading
            c.value = c.formula(self)  # ?rc c
            self.reading = saved
        for d in c.dependents:
            self.recompute(d)


sheet = Sheet()  # ?rc sheet
sheet.set("price", 19.5)
sheet.set("qty", 3.0)
sheet.set("total", formula=lambda s: s.get("price") * s.get("qty"))
sheet.set("with tax", formula=lambda s: round(s.get("total") * 1.2, 2))
price = sheet.cells["price"]  # ?rc price
total = sheet.cells["total"]  # ?rc total
taxed = total.dependents[0]  # ?rc taxed
print(taxed.value)
sheet.set("qty", 4.0)  # ?rc total taxed
result = taxed.value  # ?rc result
rule = total.formula  # ?rc rule
print(result, [c.name for c in price.dependents])
del rule, result
print(gc.collect())
del price, total, taxed
sheet.cells.clear()  # ?rc sheet
print(gc.collect())  # cells <-> deps/dependents, each cell -> sheet
del sheet
print(gc.collect())
