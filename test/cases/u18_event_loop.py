# Theme: a small event loop. call_later() keeps Handle objects on a heap;
# a Future runs its done-callbacks through the loop when its result is
# set. Callbacks are bound methods of a Client that keeps its futures.
import gc
import heapq
from itertools import count

class Handle:
    def __init__(self, callback, args):
        self.callback = callback
        self.args = args
        self.cancelled = False

class Loop:
    def __init__(self):
        self.timers = []
        self.now = 0.0
        self.seq = count()

    def call_later(self, delay, callback, *args):
        handle = Handle(callback, args)
        heapq.heappush(self.timers, (self.now + delay, next(self.seq), handle))
        return handle  # handle is in the heap entry and here

    def run(self):
        while self.timers:
            self.now, _, handle = heapq.heappop(self.timers)  # ?rc handle
            if not handle.cancelled:
                handle.callback(*handle.args)

class Future:
    def __init__(self, loop, *callbacks):
        self.loop = loop
        self.result = None
        self.callbacks = list(callbacks)

    def set_result(self, value):
        self.result = value
        for cb in self.callbacks:
            self.loop.call_later(0.0, cb, self)

class Client:
    def __init__(self, loop):
        self.loop = loop
        self.pending = []
        self.done = []

    def request(self, payload, delay):
        fut = Future(self.loop, self.on_done)
        self.pending.append(fut)  # ?rc fut
        self.loop.call_later(delay, fut.set_result, payload)
        return fut

    def on_done(self, fut):
        self.pending.remove(fut)
        self.done.append(fut)  # ?rc fut self

loop = Loop()  # ?rc loop
client = Client(loop)  # ?rc client loop
body = {"status": "ok", "ms": 12.5}
f1 = client.request(body, 2.5)  # ?rc f1 body client
f2 = client.request([1.5, 2.5], 1.0)
timeout = loop.call_later(5.0, print, "timed out!")  # ?rc timeout
timeout.cancelled = True
loop.run()  # ?rc f1 body client
print(loop.now, [f.result for f in client.done], gc.collect())
del timeout, f1, f2  # ?rc body
print(gc.collect())
del client, loop  # client.done -> futures -> bound on_done -> client
print(gc.collect())
