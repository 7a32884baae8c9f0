# Theme: lambdas and nested functions stored in containers they reference.
import gc

gc.collect()
handlers = {}
handlers["a"] = lambda: handlers
del handlers
print(gc.collect())

def registry():
    table = []
    def add(f):
        table.append(f)
        return f
    @add
    def first():
        return table
    return add
r = registry()
del r
print(gc.collect())
