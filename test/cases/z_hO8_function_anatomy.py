# Theme: taking a function object apart in a lesson: its code, defaults,
# closure and annotations; which parts each call of the factory shares
# and which are made the first time they are read.
import gc
import sys


class Vector:
    pass


def make(tag, scale=2.5):
    def apply(x: Vector, factor: float = scale) -> tuple:
        return (tag, x, factor)

    return apply


a1 = make("first tag")
a2 = make("second tag")
code = a1.__code__  # ?rc code
d1 = a1.__defaults__  # ?rc d1
cl = a1.__closure__  # ?rc cl
ann = a1.__annotations__  # ?rc ann Vector
ann2 = a2.__annotations__  # ?rc ann2 Vector
again = a1.__annotations__  # ?rc ann again
print(sys.getrefcount(a1), ann is ann2)
plain_ann = make.__annotations__  # ?rc plain_ann
mk_defaults = make.__defaults__  # ?rc mk_defaults
del a1  # ?rc code cl d1 ann Vector
del again, ann  # ?rc Vector
v = Vector()
res = a2(v)  # ?rc v res
del a2, res  # ?rc ann2 Vector v
print(gc.collect())  # ?rc ann2 plain_ann
