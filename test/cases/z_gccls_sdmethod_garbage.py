# A class with a functools.singledispatchmethod, dropped: its dispatcher's closures,
# cells and weak cache come along, objects the library builds in functools.py.
import functools
import gc


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, value):
        return str(value)

    @fmt.register
    def _(self, value: int):
        return "int:" + str(value)


f = Formatter()
text = f.fmt(10 ** 6)  # ?rc text
del Formatter, f
print(gc.collect())

box = [3.5]
box.append(box)  # ?rc box
del box
print(gc.collect())


@functools.singledispatch
def show(x):
    return repr(x)


ring = [show]
ring.append(ring)
del show, ring
print(gc.collect())
