# Bound methods stored on the instance: a bound method holds __self__, so
# caching self.method on self makes a cycle; a plain function attribute
# does not.
import gc
import sys


class Button:
    def __init__(self, text):
        self.text = text
        self.handlers = []

    def click(self):
        for h in self.handlers:
            h()

    def on_click(self):
        self.text = self.text + "!"

    def wire(self):
        self.handlers.append(self.on_click)  # ?rc self


gc.collect()
b = Button("not an identifier?")  # ?rc b
m = b.on_click  # ?rc b m
m2 = b.on_click  # ?rc b m m2
print(m is m2, m == m2)
del m, m2  # ?rc b
b.wire()  # ?rc b
b.wire()  # ?rc b
handlers = b.handlers  # ?rc handlers
h0 = handlers[0]  # ?rc h0 b
b.click()  # ?rc b
rc_b = sys.getrefcount(b)
del h0, handlers
del b
print(gc.collect())  # instance + handlers list + 2 bound methods

b = Button("plain")
b.cached = b.on_click  # ?rc b
b.cached = None  # ?rc b
func = Button.on_click  # ?rc func
b.plain = func  # ?rc func b
b.plain(b)  # ?rc b
del b
print(gc.collect())  # no cycle: freed at once


def wire_many(n):
    buttons = [Button(i * 0.5) for i in range(n)]  # ?rc buttons
    for btn in buttons:
        btn.wire()  # ?rc btn
    last = buttons[-1]  # ?rc last
    return last


kept = wire_many(3)  # ?rc kept
print(gc.collect())  # two buttons with their self-cycles
del kept
print(gc.collect())
print(rc_b)
