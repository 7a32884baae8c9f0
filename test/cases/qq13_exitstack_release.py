# Theme: contextlib.ExitStack collecting release callbacks for several
# resources; pop_all() moves the callbacks to a new stack so the resources
# outlive the with block and are released later in one call.
import contextlib


class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def acquire(self):
        self.held = True
        return self

    def release(self):
        self.held = False


locks = [Lock("lock a!"), Lock("lock b!")]  # ?rc locks
la = locks[0]  # ?rc la
lb = locks[1]  # ?rc lb
with contextlib.ExitStack() as stack:
    got = stack.enter_context(contextlib.nullcontext(la))  # ?rc la got
    stack.callback(la.release)  # ?rc la
    stack.callback(lb.release)  # ?rc lb
    held = la.acquire()  # ?rc la held
del got, held  # ?rc la lb
with contextlib.ExitStack() as stack2:
    for lk in locks:
        stack2.callback(lk.release)  # ?rc lk
        lk.acquire()
    later = stack2.pop_all()  # ?rc later la lb
del lk  # ?rc la lb
print(la.held, lb.held)
later.close()  # ?rc la lb later
print(la.held, lb.held)
stack3 = contextlib.ExitStack()
stack3.push(contextlib.nullcontext(lb))  # ?rc lb stack3
stack3.close()  # ?rc lb
