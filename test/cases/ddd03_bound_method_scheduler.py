# Theme: a tiny scheduler that keeps bound methods of its own jobs in a
# queue; storing self.method on self creates method -> self -> list -> method.
import gc
import sys


class Job:
    def __init__(self, name, sched):
        self.name = name
        self.runs = 0
        self.step = self.tick  # bound method cached on the instance
        sched.queue.append(self.step)

    def tick(self):
        self.runs += 1
        return self.runs


class Scheduler:
    def __init__(self):
        self.queue = []

    def run_once(self):
        total = 0
        for fn in self.queue:
            total += fn()  # ?rc fn
        return total

    def clear(self):
        self.queue = []


gc.collect()
s = Scheduler()
j1 = Job("fetch job", s)  # ?rc j1
step = j1.step  # ?rc step j1
print(sys.getrefcount(j1))
j2 = Job("store job", s)
print(s.run_once(), s.run_once())
del step
s.clear()
del j1
print(gc.collect())  # j1 and its cached bound method
print(gc.collect())
j2.step = None  # ?rc j2
del j2
print(gc.collect())
loose = Job("loose job", Scheduler())  # ?rc loose
m1 = loose.tick
m2 = loose.tick  # ?rc loose m1 m2
del m1, m2  # ?rc loose
del loose
print(gc.collect())  # job, bound method, the scheduler and its queue
