# Per-thread request context through a threading.local subclass: attributes live in the thread's dict, a worker thread's context dies with it.
import gc
import sys
import threading


class RequestContext(threading.local):
    def __init__(self):
        self.stack = []
        self.user = None

    def push(self, req):
        self.stack.append(req)

    def pop(self):
        return self.stack.pop()


class Req:
    def __init__(self, path):
        self.path = path
        self.response = None


ctx = RequestContext()  # ?rc ctx
plain = threading.local()  # ?rc plain
r1 = Req("/a")  # ?rc r1
ctx.push(r1)  # ?rc r1
ctx.user = r1  # ?rc r1
plain.current = r1  # ?rc r1
print(len(ctx.stack), sys.getrefcount(r1))
seen = []


def worker(path):
    req = Req(path)
    ctx.push(req)
    seen.append(len(ctx.stack))
    plain.current = req


t = threading.Thread(target=worker, args=("/worker",))
t.start()
t.join()
print(seen, len(ctx.stack))
out = ctx.pop()  # ?rc out r1
del out  # ?rc r1
ctx.user = None  # ?rc r1
del plain.current  # ?rc r1
print(getattr(plain, "current", "gone"))
stack = ctx.stack  # ?rc stack
del stack
print(gc.collect())
