# Theme: a form keeps field validators as lambdas in a dict attribute. The
# lambdas capture self, forming form -> dict -> lambda -> cell -> form
# cycles; capturing only the data needed, or a weak proxy, avoids them.
import gc
import sys
import weakref


class Form:
    def __init__(self, limits):
        self.limits = limits
        self.errors = []
        self.checks = {
            "size": lambda v: v <= self.limits["size"],
            "name": lambda v: len(v) < self.limits["name"],
        }


class LeanForm:
    def __init__(self, limits):
        self.limits = limits
        lim = limits
        self.checks = {"size": lambda v, lim=lim: v <= lim["size"]}


class ProxyForm:
    def __init__(self, limits):
        me = weakref.proxy(self)
        self.limits = limits
        self.checks = {"size": lambda v: v <= me.limits["size"]}


gc.collect()
limits = {"size": 10 ** 6, "name": 40}  # ?rc limits
f = Form(limits)  # ?rc f limits
check = f.checks["size"]  # ?rc check f
print(check(5000), sys.getrefcount(f))
del check  # ?rc f
del f  # ?rc limits
print(gc.collect())  # form, checks dict, two lambdas, one shared cell
lean = LeanForm(limits)  # ?rc lean limits
c2 = lean.checks["size"]  # ?rc c2
print(c2.__defaults__[0] is limits)
del c2
del lean  # ?rc limits
print(gc.collect())
pf = ProxyForm(limits)  # ?rc pf limits
ok = pf.checks["size"](12.5)
fn = pf.checks["size"]  # ?rc fn
del pf  # ?rc fn limits
print(gc.collect())
try:
    fn(1.5)
except ReferenceError as exc:
    msg = str(exc)
del fn  # ?rc limits
