# Theme: functools.singledispatch keeps its implementations in a registry and a
# per-class dispatch cache; the argument reaches the implementation through the
# wrapper's args tuple; a discarded wrapper is cyclic garbage.
import functools
import gc


class Base:
    pass


class Child(Base):
    pass


@functools.singledispatch
def show(obj):
    seen = [obj]  # ?rc obj
    return seen


@show.register
def _(obj: int):
    return obj + 1000


@show.register(Base)
def show_base(obj):
    tag = "base object!"  # ?rc obj
    return tag


orig = show.__wrapped__  # ?rc orig
c = Child()  # ?rc c show_base
r1 = show(c)  # ?rc c show_base
r2 = show(c)  # ?rc r2 show_base
big = 10 ** 6
r3 = show(big)  # ?rc r3 big
r4 = show(True)  # ?rc r4
items = [1.5 * 3, "not an identifier!"]
out = [show(x) for x in items]  # ?rc out
impl = show.dispatch(Child)  # ?rc impl show_base
reg = show.registry  # ?rc reg
n = len(reg)
def plain(obj):
    return None
back = show.register(float, plain)  # ?rc back show_base orig
del show, reg  # ?rc orig back
n2 = gc.collect()
print(r1, r3, r4, out, n, n2)  # ?rc show_base orig
