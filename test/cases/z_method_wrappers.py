# Theme: method-wrappers. `f.__call__` / `f.__get__` on a function and `Cls.__call__` /
# `Cls.mro` on a class make a new object bound to the function or class, holding it;
# object's classmethods bind the instance's class, not the instance. A running
# function's frame holds its function: a sort key or a bound method call adds one.
import sys


class Widget:
    def __init__(self, size):
        self.size = size

    def grow(self, by):
        print(sys.getrefcount(Widget.grow))
        return self.size * by

    def total(self, *parts):
        print(sys.getrefcount(Widget.total))
        return sum(parts)


def scale(value, factor=2.5):
    print(sys.getrefcount(scale))
    return value * factor


w = Widget(1.5)  # ?rc w
call = scale.__call__  # ?rc scale call
print(sys.getrefcount(scale))
doubled = call(w.size)  # ?rc doubled scale
tripled = scale.__call__(w.size, factor=3.5)  # ?rc tripled
bound = scale.__get__(w)  # ?rc bound w scale
plain = scale.__get__(None, Widget)  # ?rc plain scale
text = scale.__repr__  # ?rc text scale
sub = w.__init_subclass__  # ?rc sub w Widget
eq = w.__eq__  # ?rc eq w
del call, bound, text, sub, eq  # ?rc scale w Widget
make = Widget.__call__  # ?rc make Widget
other = make(4.5)  # ?rc other Widget
chain = Widget.mro  # ?rc chain Widget
del make, chain  # ?rc Widget
grow = w.grow  # ?rc grow w
bigger = grow(2.0)  # ?rc bigger
ordered = sorted([2.5, 1.5], key=scale)  # ?rc ordered
summed = w.total(*ordered)  # ?rc summed
# An exception's methods (BaseException's and object's) are bound to it too.
err = ValueError("not an identifier!")  # ?rc err
as_text = err.__str__  # ?rc err as_text
text = as_text()  # ?rc text
del as_text  # ?rc err
