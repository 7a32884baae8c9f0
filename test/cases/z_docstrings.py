"""Docstrings: a function keeps its docstring as __doc__, a class body and a module store it as __doc__."""
import functools
import gc

MODULE_DOC = """Docstrings: a function keeps its docstring as __doc__, a class body and a module store it as __doc__."""  # ?rc MODULE_DOC


def area(w, h):
    "Return the area."
    return w * h


label = "Return the area."  # ?rc label
doc = area.__doc__  # ?rc doc label
area.__doc__ = "Changed."  # ?rc label
area.__doc__ = None  # ?rc label
del doc  # ?rc label


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        "Wrapper doc."
        return fn(*args)
    return wrapper


def perimeter(w, h):
    "Return the perimeter."
    return 2 * (w + h)


pdoc = "Return the perimeter."  # ?rc pdoc
wrapped = logged(perimeter)  # ?rc pdoc
wdoc = "Wrapper doc."  # ?rc wdoc
again = logged(perimeter)  # ?rc pdoc wdoc
del again  # ?rc pdoc wdoc
cached = functools.lru_cache(maxsize=None)(perimeter)  # ?rc pdoc
del cached
gc.collect()


class Shape:
    """A shape."""

    def describe(self):
        """Say what it is."""
        return self.__doc__


sdoc = "A shape."  # ?rc sdoc
s = Shape()
d = s.describe()  # ?rc d sdoc
mdoc = "Say what it is."  # ?rc mdoc
m = Shape.describe.__doc__  # ?rc mdoc


def make_adders(n):
    out = []
    for i in range(n):
        def add(x, i=i):
            "Add i."
            return x + i
        out.append(add)
    return out


adoc = "Add i."  # ?rc adoc
adders = make_adders(3)  # ?rc adoc
adders.pop()  # ?rc adoc
del adders  # ?rc adoc
gc.collect()
