# Theme: comprehensions and closures. Lambdas made in a comprehension share
# one cell for the loop variable (late binding); a default argument copies
# the current value into each lambda instead.


class Unit:
    pass


u1, u2, u3 = Unit(), Unit(), Unit()  # ?rc u1 u2 u3
units = [u1, u2, u3]  # ?rc units u1
late = [lambda: u for u in units]  # ?rc u1 u3 late
early = [lambda u=u: u for u in units]  # ?rc u1 u2 u3 early
got_late = [f() for f in late]  # ?rc u3 got_late
got_early = [f() for f in early]  # ?rc u1 u3 got_early
del got_late, got_early  # ?rc u1 u3
del late  # ?rc u3
keep = early[1]  # ?rc keep u2
del early  # ?rc keep u1 u2
result = keep()  # ?rc u2 result


def make_getters(objs):
    getters = [lambda i=i: objs[i] for i in range(len(objs))]  # ?rc objs getters
    return getters


gs = make_getters(units)  # ?rc units gs
picked = gs[0]()  # ?rc u1 picked
gs2 = make_getters(units)  # ?rc units
del gs  # ?rc units
units = None  # ?rc u1 u2 u3
del gs2  # ?rc u1 u2 u3
