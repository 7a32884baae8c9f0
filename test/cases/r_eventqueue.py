# An event queue whose handlers announce their own destruction in __del__.
# Handlers point back at their queue, so the queue and its handlers form
# cycles that the collector finalizes.
import gc
import sys
import weakref

destroyed = []


class Handler:
    def __init__(self, name, queue=None):
        self.name = name
        self.queue = queue  # ?rc self

    def handle(self, event):
        event.append(self.name)  # ?rc event
        return len(event)

    def __del__(self):
        destroyed.append(self.name)  # ?rc self


class Queue:
    def __init__(self):
        self.pending = []
        self.handlers = []

    def register(self, handler):
        self.handlers.append(handler)  # ?rc handler
        handler.queue = self

    def drain(self):
        processed = 0
        while self.pending:
            event = self.pending.pop(0)
            for h in self.handlers:
                h.handle(event)  # ?rc event h
            processed += 1
        return processed


gc.collect()
q = Queue()  # ?rc q
h1 = Handler("audit handler")  # ?rc h1
h2 = Handler("mailer handler")  # ?rc h2
q.register(h1)  # ?rc h1 q
q.register(h2)  # ?rc h2 q
watch = weakref.ref(q, lambda r: destroyed.append("queue gone"))  # ?rc q watch
ev = ["signup"]  # ?rc ev
q.pending.append(ev)  # ?rc ev
q.pending.append(["login"])
done = q.drain()  # ?rc ev done
loose = Handler("temp handler")  # ?rc loose
del loose  # ?rc h1
count_after_loose = len(destroyed)  # ?rc destroyed
del h1, h2  # ?rc q
print(sys.getrefcount(q))
del q
print(gc.collect())  # queue, its two lists, two handlers
print(len(destroyed))
dead = watch()  # ?rc dead watch
survivor = Handler("kept handler")  # ?rc survivor
survivor.me = survivor  # ?rc survivor
del survivor
print(gc.collect())  # one self-referencing handler
