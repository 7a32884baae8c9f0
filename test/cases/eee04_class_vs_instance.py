# Class attributes versus instance attributes in a settings object: a
# shared mutable class default (the classic bug), shadowing a class value
# on one instance, and deleting the shadow to fall back to the class.
import gc
import sys


class Widget:
    defaults = {"padding": 1.5, "margin": 2.5}
    shared_log = []
    border = 0.75 * 2

    def __init__(self, label):
        self.label = label
        self.children = []

    def log(self, event):
        self.shared_log.append(event)  # ?rc event
        return len(self.shared_log)


log = Widget.shared_log  # ?rc log
border = Widget.border  # ?rc border
a = Widget("OK button")  # ?rc a
b = Widget("Cancel button")  # ?rc b
evt = ("click at", 10.5, 20.5)  # ?rc evt
a.log(evt)
b.log(evt)  # ?rc evt log
a.border = 3.25 * 2
mine = a.border  # ?rc mine border
theirs = b.border  # ?rc theirs border
del a.border
back = a.border  # ?rc back border
defaults = a.defaults  # ?rc defaults
a.defaults = dict(defaults, padding=9.5)
own = a.defaults  # ?rc own defaults
a.children.append(b)  # ?rc b
print(sys.getrefcount(log))
Widget.border = 4.5 * 2  # ?rc border back theirs
for w in (a, b):
    size = w.border  # ?rc size
del size, back, theirs
del evt  # ?rc log
log.clear()
del a  # ?rc b own
del b
print(gc.collect())
