# Theme: an observer pattern written the naive way: the subject keeps its
# observers, each observer keeps the subject, so dropping both leaves
# cycles that only gc.collect() reclaims; a detach() method breaks them.
import gc


class Subject:
    def __init__(self, name):
        self.name = name
        self.observers = []

    def attach(self, obs):
        self.observers.append(obs)
        obs.subject = self  # ?rc obs

    def detach(self, obs):
        self.observers.remove(obs)
        obs.subject = None

    def notify(self, event):
        for obs in self.observers:
            obs.update(event)


class Logger:
    def __init__(self):
        self.subject = None
        self.events = []

    def update(self, event):
        self.events.append(event)  # ?rc event


class Counter(Logger):
    def update(self, event):
        super().update(event)
        self.total = len(self.events)


feed = Subject("prices")  # ?rc feed
log = Logger()
cnt = Counter()
feed.attach(log)  # ?rc feed log
feed.attach(cnt)  # ?rc feed cnt
tick = {"px": 101.5 * 2}  # ?rc tick
feed.notify(tick)  # ?rc tick
events = log.events  # ?rc events
del feed, log, cnt  # ?rc events tick
print(gc.collect())
hub = Subject("orders")
a, b = Logger(), Counter()
hub.attach(a)
hub.attach(b)
hub.detach(a)  # ?rc hub a
del hub, b
print(gc.collect())
left = a.subject  # ?rc a
del events  # ?rc tick
