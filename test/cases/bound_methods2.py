# Theme: bound method objects are new each time and hold their instance.
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self

c = Counter()  # ?rc c
m1 = c.tick  # ?rc c m1
m2 = c.tick  # ?rc c m1 m2
same = m1.__self__  # ?rc c same
del same  # ?rc c
r = m1()  # ?rc c r
del r, m1, m2  # ?rc c
callbacks = [c.tick, c.tick]  # ?rc c callbacks
callbacks.pop()  # ?rc c
callbacks = None  # ?rc c
fn = Counter.tick  # ?rc fn
res = fn(c)  # ?rc c res
