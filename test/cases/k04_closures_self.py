# Closures capturing self: a callback closure stored on the object makes a
# cycle through the cell; a closure kept elsewhere keeps the object alive.
import gc


class Counter:
    def __init__(self, start):
        self.value = start
        self.incr = self._make_incr()

    def _make_incr(self):
        def incr(step=1):
            self.value += step
            return self.value
        return incr  # closure cell -> self


class Widget:
    def __init__(self, label):
        self.label = label

    def callback(self):
        def cb():
            return self.label
        return cb


gc.collect()
c = Counter(10)  # ?rc c
inc = c.incr  # ?rc c inc
v = inc(5)  # ?rc c inc
del inc  # ?rc c
del c
print(gc.collect())  # Counter + closure + cell

w = Widget("a label here")  # ?rc w
cb = w.callback()  # ?rc w cb
del w
label = cb()  # ?rc cb label
cells = cb.__closure__  # ?rc cb cells
del cells  # ?rc cb
del cb
print(gc.collect())  # no cycle, freed by refcount


def make_accumulator():
    total = []  # ?rc total

    def add(x):
        total.append(x)
        return len(total)

    add(1.5)  # ?rc total
    return add


acc = make_accumulator()  # ?rc acc
acc(2.5)  # ?rc acc
acc2 = make_accumulator()  # ?rc acc acc2
del acc, acc2
print(gc.collect())


def attach_logger(obj):
    log = []  # ?rc log

    def logger(msg):
        log.append((obj.label, msg))

    obj.logger = logger  # ?rc obj log
    return log


w2 = Widget("second widget")  # ?rc w2
entries = attach_logger(w2)  # ?rc w2 entries
w2.logger("hello there!")  # ?rc entries
del w2
print(gc.collect())  # w2 -> logger -> cell -> w2
