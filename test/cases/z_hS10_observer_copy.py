# Theme: observers registered in a set are copied into a list by a loop, then the list is processed in place
import gc


class Observer:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def update(self, event):
        self.seen.append(event)


class Hub:
    def __init__(self):
        self.observers = set()

    def subscribe(self, obs):
        self.observers.add(obs)

    def snapshot(self):
        out = []
        for obs in self.observers:
            out.append(obs)
        return out


first = Observer("first")
scratch = [Observer("tmp") for _ in range(5)]
second = Observer("second")
del scratch
third = Observer("third")
hub = Hub()
hub.subscribe(first)
hub.subscribe(second)
hub.subscribe(third)
copy = hub.snapshot()
size = len(copy)  # ?rc first second third
head = copy[0]
looked = True  # ?rc first second third
del head
last = copy.pop()
popped = True  # ?rc first second third
del last
for o in copy:
    o.update("ping")
o = None
walked = True  # ?rc first second third
copy.clear()
cleared = True  # ?rc first second third
del hub, copy
collected = gc.collect()
end = True  # ?rc first second third
