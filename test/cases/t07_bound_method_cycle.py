# Theme: a bound method stored on its own instance makes a cycle (instance
# -> attribute -> bound method -> instance) that only the collector frees,
# running __del__ first. A WeakMethod avoids the cycle.
import gc
import sys
import weakref

gc.collect()
log = []


class Button:
    def __init__(self, label):
        self.label = label
        self.on_click = self.clicked  # ?rc self

    def clicked(self):
        return self.label

    def __del__(self):
        log.append(self.label)


class SafeButton(Button):
    def __init__(self, label):
        self.label = label
        self.on_click = weakref.WeakMethod(self.clicked)  # ?rc self


label = "OK button"  # ?rc label
b = Button(label)  # ?rc b label
handler = b.on_click  # ?rc b handler
print(sys.getrefcount(b))
del b  # ?rc handler
text = handler()  # ?rc label text
del handler
n = gc.collect()  # the Button and its bound method
print(n, log)
s = SafeButton(label)  # ?rc s label
wm = s.on_click  # ?rc s wm
meth = wm()  # ?rc s meth
del meth  # ?rc s
del s  # ?rc wm label
print(gc.collect(), log)
