# Theme: DEBUG_SAVEALL on closures that reference themselves (a recursive
# inner function keeps its own cell) and on an object whose attribute is a
# closure over the object. The saved garbage is inspected and released.
import gc
import sys


def make_walker(limit):
    seen = []

    def walk(n):
        seen.append(n)
        if n < limit:
            walk(n + 1)

    return walk


class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = lambda: self.label.upper()


gc.collect()
walker = make_walker(3)  # ?rc walker
walker(0)
cells = walker.__closure__  # ?rc cells walker
print(len(cells), sys.getrefcount(walker))
del cells
gc.set_debug(gc.DEBUG_SAVEALL)
del walker
found = gc.collect()  # function, its cell, the closure tuple, seen list
print(found, len(gc.garbage))
funcs = [o for o in gc.garbage if callable(o)]  # ?rc funcs
w0 = funcs[0]  # ?rc w0
del funcs  # ?rc w0
gc.garbage.clear()  # ?rc w0
for cell in w0.__closure__:
    cell.cell_contents = None
del cell  # ?rc w0
del w0
print(gc.collect(), len(gc.garbage))
btn = Button("save file")  # ?rc btn
handler = btn.on_click  # ?rc handler btn
del handler  # ?rc btn
del btn
print(gc.collect(), len(gc.garbage))  # button, lambda, cell, closure tuple
first = gc.garbage[0]  # ?rc first
del first
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect())
