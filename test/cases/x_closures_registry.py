# Closures as handlers: cells keep captured objects alive; a handler stored on
# the object it captures makes a cycle that only the collector frees.
import gc
import sys


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []


def make_counter(button):
    clicks = [0]

    def on_click():
        clicks[0] += 1
        return button.label

    button.handlers.append(on_click)
    return on_click, clicks


def make_logger(prefix):
    lines = []

    def log(msg):
        lines.append(prefix + msg)
        return len(lines)

    return log


ok = Button("ok")  # ?rc ok
handler, clicks = make_counter(ok)  # ?rc ok handler clicks
handler()  # ?rc clicks
print(sys.getrefcount(handler))
log = make_logger("> ")  # ?rc log
count = log("start")  # ?rc log count
cells = log.__closure__  # ?rc cells
del cells
gc.collect()
del handler, clicks  # ?rc ok
del ok
print(gc.collect())
logs = [make_logger(str(i)) for i in range(3)]  # ?rc logs
first = logs[0]  # ?rc first
del logs  # ?rc first
print(gc.collect())
