# functools.singledispatch as a plain-text renderer: one implementation per
# type, registered with the decorator and with register(type, func), plus
# a dataclass handled by its own overload.
import gc
import sys
from dataclasses import dataclass
from functools import singledispatch


@dataclass
class Cell:
    value: object
    width: int = 12


@singledispatch
def render(obj):
    return "<%s>" % type(obj).__name__


@render.register
def _(obj: float):
    text = "%.2f" % obj  # ?rc obj
    return text


@render.register(list)
def _render_list(obj):
    parts = [render(x) for x in obj]  # ?rc parts obj
    return "[" + ", ".join(parts) + "]"


def render_cell(obj):
    inner = render(obj.value)
    padded = inner.rjust(obj.width)  # ?rc padded
    return padded


render.register(Cell, render_cell)

value = 3.14159 * 2  # ?rc value
out = render(value)  # ?rc out value
row = [value, 2.5, [1.5, value]]  # ?rc row value
line = render(row)  # ?rc line row
cell = Cell(row)  # ?rc cell row
shown = render(cell)  # ?rc shown cell
impl = render.dispatch(float)  # ?rc impl
registry = render.registry  # ?rc registry
print(sys.getrefcount(render_cell))
other = render(object())
rows = []
for i in range(3):
    rows.append(render(Cell(value + i, 8)))  # ?rc rows value
del impl, registry
del cell  # ?rc row
del row  # ?rc value
print(gc.collect())
