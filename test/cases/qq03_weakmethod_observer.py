# Theme: an observer list holding weakref.WeakMethod entries, each with a
# callback that removes it from the list when its instance dies.
import gc
import weakref


class Subject:
    def __init__(self):
        self.observers = []

    def attach(self, method):
        wm = weakref.WeakMethod(method, self.observers.remove)
        self.observers.append(wm)
        return wm

    def notify(self, value):
        for wm in list(self.observers):
            fn = wm()
            if fn is not None:
                fn(value)  # ?rc fn


class Display:
    def __init__(self):
        self.shown = []

    def show(self, value):
        self.shown.append(value)


subj = Subject()  # ?rc subj
disp = Display()  # ?rc disp
wm = subj.attach(disp.show)  # ?rc disp wm
obs = subj.observers  # ?rc obs wm
reading = 1.5 * 7  # ?rc reading
subj.notify(reading)  # ?rc reading disp
bound = wm()  # ?rc bound disp
same = wm() == bound  # ?rc bound
del bound  # ?rc disp
other = Display()
wm2 = subj.attach(other.show)  # ?rc wm2 obs
del other  # ?rc wm2 obs -- the callback removed wm2 from the list
print(len(obs), wm2() is None)
shown = disp.shown  # ?rc shown reading
del disp  # ?rc wm obs shown
print(len(obs), gc.collect())
