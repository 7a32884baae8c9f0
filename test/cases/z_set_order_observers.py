# Theme: observers kept in a set and a WeakSet; the loop name keeps one of them, which one is the set's hash order
import gc
import weakref


class Observer:
    def __init__(self, name):
        self.name = name
        self.events = []

    def notify(self, event):
        self.events.append(event)


class Subject:
    def __init__(self):
        self.observers = set()
        self.weak = weakref.WeakSet()

    def attach(self, obs):
        self.observers.add(obs)
        self.weak.add(obs)

    def publish(self, event):
        for obs in self.observers:
            obs.notify(event)
        return len(self.observers)


a = Observer("a")
b = Observer("b")
c = Observer("c")
subject = Subject()
for o in (a, b, c):
    subject.attach(o)
event = ["saved"]
sent = subject.publish(event)  # ?rc a b c event
for w in subject.weak:
    w.notify(event)
looped = len(event)  # ?rc a b c event
del w
settled = True  # ?rc a b c event
names = sorted(obs.name for obs in subject.observers)
pending = [obs for obs in subject.observers if obs.events]
size = len(pending)  # ?rc a b c names pending
del pending
subject.observers.discard(b)
remaining = list(subject.observers)
count = len(remaining)  # ?rc a b c remaining
for r in remaining:
    r.notify(event)
done = True  # ?rc a b c event
r = None
cleared = True  # ?rc a b c
del subject, remaining
collected = gc.collect()
end = True  # ?rc a b c event
