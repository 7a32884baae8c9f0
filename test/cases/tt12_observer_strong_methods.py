# Theme: a subject/observer pair where the subject stores the observers'
# bound methods and each observer keeps its subject: cycles through the
# bound method objects, torn down by unsubscribing or by the collector.
import functools
import gc


class Subject:
    def __init__(self):
        self.listeners = []

    def subscribe(self, fn):
        self.listeners.append(fn)

    def unsubscribe(self, fn):
        self.listeners.remove(fn)

    def emit(self, value):
        return [fn(value) for fn in self.listeners]


class Observer:
    def __init__(self, subject):
        self.subject = subject
        self.seen = []
        subject.subscribe(self.update)  # ?rc self subject

    def update(self, value):
        self.seen.append(value)
        return value


gc.collect()
subj = Subject()  # ?rc subj
ob1 = Observer(subj)  # ?rc subj ob1
ob2 = Observer(subj)  # ?rc subj ob2
results = subj.emit(2.5)  # ?rc results
subj.unsubscribe(ob1.update)  # ?rc ob1 ob2 -- equal bound method, removed
ob1.subject = None  # ?rc subj ob1
del ob1
print(gc.collect())  # ob1 was freed by refcount
del ob2, results
print(gc.collect())  # nothing: subj still holds ob2's method
del subj
print(gc.collect())  # subject, list, ob2, its bound method, its seen list


class Alarm(Observer):
    trigger = functools.partialmethod(Observer.update, 9.5)


subj2 = Subject()
al = Alarm(subj2)  # ?rc al subj2
subj2.subscribe(al.trigger)  # ?rc al -- a partial around a bound method
del al, subj2
print(gc.collect())  # subject, list, Alarm, seen, bound method, partial...
