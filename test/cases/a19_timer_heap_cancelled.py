# Theme: a tiny event loop keeps timers in a heap. cancel() only flags the
# handle, so a cancelled timer (and the object its callback is bound to)
# stays in the heap until its due time is popped; a lazy purge fixes it.
import gc
import heapq
import sys


class TimerHandle:
    def __init__(self, when, callback):
        self.when = when
        self.callback = callback
        self.cancelled = False

    def __lt__(self, other):
        return self.when < other.when

    def cancel(self):
        self.cancelled = True


class Loop:
    def __init__(self):
        self.timers = []

    def call_at(self, when, callback):
        handle = TimerHandle(when, callback)
        heapq.heappush(self.timers, handle)
        return handle

    def purge(self):
        self.timers = [h for h in self.timers if not h.cancelled]
        heapq.heapify(self.timers)


class Poller:
    def __init__(self, url):
        self.url = url

    def poll(self):
        return self.url


gc.collect()
loop = Loop()
poller = Poller("https://example.org/feed")  # ?rc poller
h1 = loop.call_at(30.5, poller.poll)  # ?rc poller h1
h2 = loop.call_at(10.5, poller.poll)  # ?rc poller h2
first = loop.timers[0]  # ?rc h2 first
h1.cancel()  # ?rc h1
del first, h1
del poller
print(len(loop.timers), gc.collect())  # nothing: the heap still owns them
cb = h2.callback  # ?rc cb
target = cb.__self__  # ?rc target
del cb
h2.cancel()
del h2
loop.purge()  # ?rc target
print(len(loop.timers), sys.getrefcount(target))
h3 = loop.call_at(5.5, target.poll)  # ?rc h3 target
h3.callback = h3.cancel  # ?rc h3 target
del h3, target
loop.timers.clear()
print(gc.collect())  # the handle and its own bound method
