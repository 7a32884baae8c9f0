# Theme: closures that capture self and are stored on self (event handler
# tables). The cycle runs instance -> dict of handlers -> function ->
# closure tuple -> cell -> instance.
import gc


class Widget:
    def __init__(self, title):
        self.title = title
        self.handlers = {}
        me = self

        def on_show():
            return me.title

        self.handlers["show"] = on_show  # ?rc self
        self.handlers["hide"] = lambda: self.title  # ?rc self

    def fire(self, name):
        return self.handlers[name]()


gc.collect()
w = Widget("main window!")  # ?rc w
show = w.handlers["show"]  # ?rc w show
cells = show.__closure__  # ?rc cells show
cell = cells[0]  # ?rc cell cells
title = w.fire("hide")  # ?rc w title
del show, cells, cell  # ?rc w
del title
del w
print(gc.collect())  # widget, dict, 2 functions, 2 cells, 2 closure tuples


class Counter:
    def __init__(self):
        self.count = [0.0]

    def make_inc(self):
        count = self.count

        def inc():
            count[0] += 1.0
            return count[0]
        return inc  # captures the list, not self


c = Counter()  # ?rc c
inc = c.make_inc()  # ?rc c inc
c.inc = inc  # ?rc c inc
val = inc()  # ?rc val
del c, inc
print(gc.collect())  # no cycle: the closure never saw self
