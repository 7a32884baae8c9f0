# Theme: observer pattern. A subject keeps a list of callbacks: bound methods
# of listeners, a lambda closing over a listener, and a plain function.
# Unsubscribing removes an *equal* bound method (a fresh one) from the list.
import gc


class Subject:
    def __init__(self):
        self._observers = []

    def attach(self, callback):
        self._observers.append(callback)
        return callback

    def detach(self, callback):
        self._observers.remove(callback)

    def notify(self, event):
        for callback in self._observers:
            callback(event)


class Logger:
    def __init__(self):
        self.events = []

    def on_event(self, event):
        self.events.append(event)


def count_event(event):
    count_event.calls += 1


count_event.calls = 0
subject = Subject()  # ?rc subject
log = Logger()  # ?rc log
subject.attach(log.on_event)  # ?rc log -- the stored bound method holds log
kept = subject.attach(log.on_event)  # ?rc log kept
subject.attach(lambda e: log.events.append(("lambda", e)))  # ?rc log
subject.attach(count_event)  # ?rc count_event
payload = {"kind": "created", "size": 2.5}  # ?rc payload
subject.notify(payload)  # ?rc payload log
subject.detach(log.on_event)  # ?rc log kept -- removes the first equal one
subject.detach(kept)  # ?rc log kept
del kept  # ?rc log
events = log.events  # ?rc events payload
subject._observers.clear()  # ?rc log count_event
del log  # ?rc events
print(gc.collect())  # the lambda's cell held log, but no cycle
