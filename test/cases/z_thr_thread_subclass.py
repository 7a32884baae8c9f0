# Subclasses of threading.Thread: Thread.__init__ (inherited or through super()) keeps
# _target / _args / _kwargs; start() runs run() in the thread (joined before anything is
# inspected); the default run() drops the three, an overriding run() leaves them.
import threading


class Cell:
    pass


def fill(cell, value):
    cell.value = value


class Plain(threading.Thread):
    pass


class Worker(threading.Thread):
    def __init__(self, items):
        super().__init__(name="worker-1")
        self.items = items
        self.total = None

    def run(self):
        me = threading.current_thread()  # ?rc me -- the thread machinery holds it meanwhile: open
        me.total = [x * 2.5 for x in self.items]


cell = Cell()  # ?rc cell
val = 4.5 * 3  # ?rc val
p = Plain(target=fill, args=(cell, val))  # ?rc p cell val
p.start()
p.join()  # ?rc p cell val
got = cell.value  # ?rc got
alive = p.is_alive()
del p, got  # ?rc val

items = [1.5, 2.5]  # ?rc items
w = Worker(items)  # ?rc w items
w.start()
w.join()  # ?rc w items
total = w.total  # ?rc total
try:
    w.start()
except RuntimeError as e:
    err = e  # ?rc w
del err
del w  # ?rc items total

late = Worker(items)
try:
    late.join()
except RuntimeError:
    pass
late.start()
late.join()  # ?rc late items
print(alive, total, late.total)
