# Theme: stores that fail on threading objects: a Lock / RLock has no __dict__
# (AttributeError; on 3.13 the error names the lock), and a Thread's ident is
# a property without a setter, while other names go into the Thread's __dict__.
import threading


def work():
    pass


t = threading.Thread(target=work)
box = []
try:
    t.ident = 5
    box.append(t)
except AttributeError as e:
    err = e  # ?rc err t
del err
t.label = box  # ?rc t box
lk = threading.Lock()
try:
    lk.owner = box
    box.append(lk)
except AttributeError as e:
    err = e  # ?rc err lk box
del err
rl = threading.RLock()
try:
    rl.owner = t
except AttributeError:
    pass
n = len(box)  # ?rc t lk rl box n
