# Theme: GUI-style widgets that register closures capturing the widget
# itself; the handler list, the closure's cell and the widget form a cycle.
import gc
import sys


class Widget:
    def __init__(self, title):
        self.title = title
        self.handlers = []
        self.clicks = 0

    def on_click(self):
        widget = self

        def handler(amount):
            widget.clicks += amount
            return widget.clicks

        self.handlers.append(handler)
        return handler

    def click(self, amount):
        for h in self.handlers:
            h(amount)  # ?rc h


gc.collect()
w = Widget("OK button")  # ?rc w
first = w.on_click()  # ?rc w first
w.click(2)
print(sys.getrefcount(first))
del first
second = w.on_click()  # ?rc second w
w.click(3)
del second
print(w.clicks)
del w
print(gc.collect())  # widget, its list, two functions, two cells, two closure tuples

panels = [Widget("panel %d!" % i) for i in range(3)]
for pw in panels:
    pw.on_click()  # ?rc pw
del pw
print(gc.collect())  # nothing yet, all reachable
panels.pop()  # ?rc panels
print(gc.collect())
panels = None
n = gc.collect()
print(n)
