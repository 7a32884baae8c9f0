# Cycles through bound methods kept on the instance, closures, and a dict of callbacks.
import gc

gc.collect()


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = {}
        self.on_click = self.click  # ?rc self

    def click(self):
        return self.label

    def bind(self, name):
        def handler():
            return self.label + name
        self.handlers[name] = handler  # ?rc handler
        return handler


b = Button("OK go")  # ?rc b
m = b.on_click  # ?rc m b
h = b.bind("x")  # ?rc h b
h2 = b.bind("y")  # ?rc h2 b
res = m()  # ?rc res
del m, h, h2  # ?rc b
del b
print(gc.collect())  # instance, bound method, dict, two functions, two cells, closure tuples
c = Button("Cancel now")  # ?rc c
c.on_click = None  # ?rc c
del c
print(gc.collect())
