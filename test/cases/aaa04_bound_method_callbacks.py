# Theme: bound methods as callbacks: every attribute access builds a new
# bound method holding the instance; storing one on the instance, or the
# owner's method in its own handler list, makes a cycle.
import gc
import sys


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def click(self):
        for h in self.handlers:
            h(self)

    def on(self, fn):
        self.handlers.append(fn)
        return fn


class Counter:
    def __init__(self):
        self.hits = 0.0

    def bump(self, src):
        self.hits += 1.5


gc.collect()
btn = Button("OK button")  # ?rc btn
ctr = Counter()  # ?rc ctr
m1 = ctr.bump  # ?rc ctr m1
m2 = ctr.bump  # ?rc ctr m2
print(m1 is m2, m1 == m2)
btn.on(ctr.bump)  # ?rc ctr
btn.on(m1)  # ?rc m1 ctr
btn.click()  # ?rc btn ctr
print(sys.getrefcount(ctr))
del m1, m2  # ?rc ctr
ctr.cached = ctr.bump  # ?rc ctr -- instance -> bound method -> instance
btn.on(btn.click)  # ?rc btn -- btn -> list -> bound method -> btn
del btn  # ?rc ctr
print(gc.collect())  # btn, its list, three bound methods
del ctr
print(gc.collect())  # ctr and its cached bound method
