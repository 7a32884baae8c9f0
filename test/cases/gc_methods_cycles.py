# Theme: bound methods stored on their own instance, and callbacks lists.
import gc

gc.collect()

class Button:
    def __init__(self):
        self.handlers = []
        self.handlers.append(self.click)
    def click(self):
        return self

b = Button()  # ?rc b
del b
print(gc.collect())

class Emitter:
    def __init__(self):
        self.listeners = {}
    def on(self, name, fn):
        self.listeners[name] = fn

e = Emitter()
e.on("x", lambda: e)
e.on("y", e.on)
del e
print(gc.collect())
