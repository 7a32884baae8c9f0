# Theme: an event bus where subscribers register their own bound methods.
# The bus lives on the subscriber, so subscriber -> bus -> list -> bound
# method -> subscriber is a cycle; WeakMethod avoids it.
import gc
import weakref


class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, topic, handler):
        self.handlers.setdefault(topic, []).append(handler)


class Widget:
    def __init__(self, name):
        self.name = name
        self.bus = EventBus()
        self.bus.subscribe("click", self.on_click)
        self.bus.subscribe("hover", self.on_hover)

    def on_click(self, event):
        return self.name + " clicked"

    def on_hover(self, event):
        return self.name + " hovered"


gc.collect()
w = Widget("button")  # ?rc w
bus = w.bus  # ?rc bus
click_handlers = bus.handlers["click"]  # ?rc click_handlers
del bus, click_handlers
del w
print("collected widget:", gc.collect())  # widget, bus, handlers dict, 2 lists, 2 methods


class WeakWidget:
    def __init__(self):
        self.bus = EventBus()
        self.bus.subscribe("click", weakref.WeakMethod(self.on_click))

    def on_click(self, event):
        return "weak click"


ww = WeakWidget()  # ?rc ww
ref = ww.bus.handlers["click"][0]  # ?rc ww ref
method = ref()  # ?rc ww method
del method
del ww
print("after weak widget:", gc.collect())  # nothing cyclic left
print(ref() is None)
