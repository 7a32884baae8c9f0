# Theme: rendering a report with functools.singledispatch over value types,
# and a Report class with functools.cached_property totals stored in the
# instance __dict__ until deleted.
import functools
import gc
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents


@functools.singledispatch
def render(value):
    return repr(value)


@render.register
def _(value: int):
    return f"{value:,d}"


@render.register(list)
def _(value):
    return ", ".join(render(v) for v in value)


@render.register
def _(value: Money):
    return f"${value.cents / 100:.2f}"


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def total(self):
        return sum(self.rows) * 1000

    @functools.cached_property
    def labels(self):
        return [render(r) for r in self.rows]


rows = [10 ** 4, 2 * 10 ** 4, 3 * 10 ** 4]  # ?rc rows
rep = Report(rows)  # ?rc rep rows
t = rep.total  # ?rc t
t2 = rep.total  # ?rc t t2
labels = rep.labels  # ?rc labels
del rep.labels  # ?rc labels
again = rep.labels  # ?rc again labels
cash = Money(12345)  # ?rc cash
text = render(cash)  # ?rc text cash
listing = render([1, 2, cash])  # ?rc listing cash
impl = render.dispatch(Money)  # ?rc impl
print(sys.getrefcount(rep), len(render.registry))
rep.me = rep  # ?rc rep
del rep  # ?rc t rows
print(gc.collect())  # ?rc t rows
print(t2, labels, again, text, listing, impl)
