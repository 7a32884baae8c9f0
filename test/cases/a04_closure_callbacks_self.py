# Theme: a widget registers closures that capture `self` with a global event
# bus. The bus then keeps every widget alive; unsubscribing breaks the chain,
# and capturing a weak reference instead of `self` avoids it.
import gc
import sys
import weakref

BUS = {}


def on(event, callback):
    BUS.setdefault(event, []).append(callback)


def off(event, callback):
    BUS[event].remove(callback)


class Widget:
    def __init__(self, title):
        self.title = title
        self.clicks = []
        self.handler = lambda data: self.clicks.append(data)
        on("click", self.handler)

    def close(self):
        off("click", self.handler)


class WeakWidget:
    def __init__(self, title):
        self.title = title
        self.clicks = []
        me = weakref.ref(self)

        def handler(data):
            obj = me()
            if obj is not None:
                obj.clicks.append(data)
        on("click", handler)


gc.collect()
w = Widget("save button")  # ?rc w
h = w.handler  # ?rc h w
evt = [3.5, 4.5]  # ?rc evt
for cb in BUS["click"]:
    cb(evt)  # ?rc evt
del cb, h
del w
print(gc.collect())  # nothing: BUS -> closure -> cell -> widget
leaked = BUS["click"][0]  # ?rc leaked
del leaked
BUS["click"][0].__closure__[0].cell_contents.close()
print(gc.collect())  # widget <-> closure cycle is garbage now
ww = WeakWidget("cancel button")  # ?rc ww
BUS["click"][0](evt)  # ?rc evt ww
print(sys.getrefcount(ww))
del ww
print(gc.collect(), len(BUS["click"]))
stale = BUS["click"][0]  # ?rc stale
stale(evt)  # ?rc evt
