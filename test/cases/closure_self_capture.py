# Theme: closures capturing self: a method returns an inner function over
# self; storing it on the instance makes a cycle through the cell.
import gc


class Widget:
    def __init__(self, label):
        self.label = label

    def make_cb(self):
        def cb():
            return self.label
        return cb  # not probed

    def bind(self):
        self.cb = self.make_cb()  # ?rc self


lab = 2.5 * 3  # ?rc lab
w = Widget(lab)  # ?rc w lab
f = w.make_cb()  # ?rc w f
v = f()  # ?rc lab v
del f  # ?rc w
w.bind()  # ?rc w
cb = w.cb  # ?rc w cb
del cb
gc.collect()
del w  # ?rc lab
print(gc.collect())  # widget, cb function, closure tuple, cell
w2 = Widget(lab)
saved = w2.make_cb()  # ?rc w2 saved
del w2
print(gc.collect())  # no cycle: the closure just keeps the widget alive
after = saved()  # ?rc lab
