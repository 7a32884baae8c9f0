# Docstrings as each version stores them: 3.13 cleans their indentation (a
# new str when that changes the text), earlier versions keep the literal.
"""Module docstring.

    Indented second line of the module doc.
"""
import sys


class Shape:
    """A shape.

    Subclasses give the area.
    """


def first_line_spaces():
    """   Leading spaces on the first line."""


def tabbed():
    """Tabbed.

	Tab-indented line.
    """


mdoc = __doc__  # ?rc mdoc
cdoc = Shape.__doc__  # ?rc cdoc
fdoc = first_line_spaces.__doc__  # ?rc fdoc
tdoc = tabbed.__doc__  # ?rc tdoc
cleaned = "A shape.\n\nSubclasses give the area.\n"  # ?rc cleaned cdoc
print(sys.getrefcount(fdoc))
del Shape  # ?rc cdoc
early = "Late doc.\n\nSecond line.\n"  # ?rc early


def late():
    """Late doc.

    Second line.
    """


ldoc = late.__doc__  # ?rc ldoc early


def area(w, h):
    """Return the area.

    Both sides are in metres.
    """
    return w * h


doc = area.__doc__  # ?rc doc
raw = """Return the area.

    Both sides are in metres.
    """  # ?rc raw doc
del area  # ?rc doc
