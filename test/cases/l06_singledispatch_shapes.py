# Course exercise: a pretty-printer with functools.singledispatch and
# operator.itemgetter/attrgetter/methodcaller for sorting shape records.
import functools
import operator
import gc


class Shape:
    def __init__(self, name, w, h):
        self.name = name
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


@functools.singledispatch
def render(obj):
    text = f"<{type(obj).__name__}>"  # ?rc text
    return text


@render.register
def _(obj: list):
    parts = [render(x) for x in obj]  # ?rc parts obj
    return "[" + ", ".join(parts) + "]"


@render.register
def _(obj: float):
    return f"{obj:.2f}"


@render.register(Shape)
def _(obj):
    return f"{obj.name}:{obj.w}x{obj.h}"


shapes = [Shape("big square", 4.5, 4.5), Shape("thin strip", 10.0, 0.5), Shape("tile", 2.0, 2.0)]  # ?rc shapes
first = shapes[0]  # ?rc first
by_area = sorted(shapes, key=operator.methodcaller("area"))  # ?rc by_area first
by_name = sorted(shapes, key=operator.attrgetter("name"))  # ?rc by_name first
get_w = operator.attrgetter("w")  # ?rc get_w
widths = list(map(get_w, shapes))  # ?rc widths
rows = [(s.name, s.area()) for s in shapes]  # ?rc rows
second = operator.itemgetter(1)  # ?rc second
areas = sorted(map(second, rows))  # ?rc areas
pick = operator.itemgetter(0, 2)
picked = pick(shapes)  # ?rc picked first
out = render(shapes)  # ?rc out shapes
single = render(2.5 * 2)  # ?rc single
other = render({"k": 1})  # ?rc other
impl = render.dispatch(Shape)  # ?rc impl
registry_size = len(render.registry)
caller = operator.methodcaller("area")  # ?rc caller
value = caller(first)  # ?rc value first
del by_area, by_name, picked  # ?rc first shapes
first.partner = shapes[1]
shapes[1].partner = first
del shapes, first
print(gc.collect())
print(out, single, other, widths, areas, value, registry_size)  # ?rc rows
