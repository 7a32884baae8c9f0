# Theme: a widget that stores its own bound methods in a dispatch dict makes
# a cycle (widget -> dict -> bound method -> widget); with __del__ it still
# goes at gc.collect() (PEP 442). A twin class keeps weakref.WeakMethod
# objects instead and dies by reference counting alone.
import gc
import weakref

log = []


class Widget:
    def __init__(self, label):
        self.label = label
        self.dispatch = {"click": self.on_click, "key": self.on_key}

    def on_click(self):
        log.append(f"{self.label} clicked")

    def on_key(self):
        log.append(f"{self.label} key")

    def fire(self, event):
        handler = self.dispatch[event]  # ?rc handler
        handler()

    def __del__(self):
        log.append(f"{self.label} deleted")


class WeakWidget(Widget):
    def __init__(self, label):
        super().__init__(label)
        self.dispatch = {k: weakref.WeakMethod(m) for k, m in self.dispatch.items()}

    def fire(self, event):
        handler = self.dispatch[event]()  # ?rc handler
        handler()


ok = Widget("ok button")  # ?rc ok
ok.fire("click")  # ?rc ok
table = ok.dispatch  # ?rc table
click = table["click"]  # ?rc click ok
del table, click  # ?rc ok
weak = WeakWidget("cancel button")  # ?rc weak
weak.fire("key")  # ?rc weak
wm = weak.dispatch["key"]  # ?rc wm
del ok, weak  # ?rc wm -- weak died at once, ok waits for the collector
print(log, wm() is None)
print(gc.collect())  # ok, its dict and two bound methods
print(log[-1])
