# Theme: closures bind late. Lambdas made in a loop all look up the loop
# variable when called, so they share one cell; a default argument or
# functools.partial captures the value at creation time instead.
import functools


def make_multipliers():
    factors = [1.5, 2.5, 3.5]  # ?rc factors
    late = [lambda x: x * f for f in factors]  # ?rc factors late
    early = [lambda x, f=f: x * f for f in factors]  # ?rc early
    return late, early, factors


late, early, factors = make_multipliers()  # ?rc late early factors
last = factors[2]  # ?rc last
print([fn(2) for fn in late])
print([fn(2) for fn in early])
first_late = late[0]  # ?rc first_late
cell = first_late.__closure__[0]  # ?rc cell
same_cell = late[1].__closure__[0]  # ?rc cell same_cell


def scale(factor, x):
    return factor * x


partials = [functools.partial(scale, f) for f in factors]  # ?rc last partials
p0 = partials[0]  # ?rc p0
handlers = {}
for name in ["double it", "triple it"]:
    handlers[name] = lambda: name.upper()  # ?rc handlers
print(handlers["double it"]())
del early  # ?rc last
del partials, p0  # ?rc last
del late, first_late  # ?rc cell same_cell
