# Theme: state machine where the object changes its own class on each
# transition (self.__class__ = ...). Each instance holds a reference to its
# current class, so the state classes' counts move with the transitions.
import gc


class Door:
    def __init__(self):
        self.history = []
        self.__class__ = Closed

    def _go(self, cls):
        self.history.append(type(self))
        self.__class__ = cls


class Closed(Door):
    def open(self):
        self._go(Opened)

    def lock(self):
        self._go(Locked)


class Opened(Door):
    def close(self):
        self._go(Closed)


class Locked(Door):
    def unlock(self):
        self._go(Closed)


d = Door()  # ?rc d Door Closed
d.open()  # ?rc Closed Opened
d.close()  # ?rc Closed Opened
d.lock()  # ?rc Closed Locked
hist = d.history  # ?rc hist
doors = [Door() for _ in range(3)]  # ?rc Closed
for x in doors:
    x.open()
del x  # ?rc Opened Closed
d.unlock()  # ?rc Locked Closed
del doors  # ?rc Opened Closed
del d  # ?rc hist Closed
hist.clear()  # ?rc Closed Opened Locked Door
del hist
print(gc.collect())
