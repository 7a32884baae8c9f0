# Theme: a cooperative task scheduler on heapq. Tasks are (time, seq, task)
# tuples; each task carries a callback and its arguments; periodic tasks
# reschedule themselves; a cancelled task is skipped when popped.
import gc
import heapq


class Task:
    def __init__(self, name, callback, *args, period=None):
        self.name = name
        self.callback = callback
        self.args = args  # ?rc self
        self.period = period
        self.cancelled = False
        self.runs = 0


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0.0
        self.seq = 0
        self.log = []

    def schedule(self, delay, task):
        self.seq += 1
        entry = (self.now + delay, self.seq, task)  # ?rc entry task
        heapq.heappush(self.queue, entry)  # ?rc entry
        return task

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            when, _, task = heapq.heappop(self.queue)  # ?rc task
            self.now = when
            if task.cancelled:
                continue
            result = task.callback(*task.args)
            task.runs += 1
            self.log.append((when, task.name, result))
            if task.period is not None:
                self.schedule(task.period, task)


def make_counter(label):
    hits = []

    def tick(step):
        hits.append(step)  # ?rc hits
        return f"{label}#{len(hits)}"

    return tick, hits


def report(bucket, scale):
    total = sum(bucket) * scale  # ?rc total bucket
    return total


sched = Scheduler()  # ?rc sched
tick, hits = make_counter("heartbeat")  # ?rc tick hits
beat = sched.schedule(1.0, Task("beat", tick, 1, period=2.5))  # ?rc beat tick
samples = [0.5, 1.25, 2.0]  # ?rc samples
rep = Task("report", report, samples, 3.0)  # ?rc rep samples
sched.schedule(4.0, rep)  # ?rc rep
once = sched.schedule(3.0, Task("once", lambda: "one shot!"))  # ?rc once
sched.run(5.0)  # ?rc beat rep once hits
print(sched.log)
beat.cancelled = True
sched.run(20.0)  # ?rc beat
queue = sched.queue  # ?rc queue
log = sched.log  # ?rc log
names = sorted({name for _, name, _ in log})  # ?rc names
last = log[-1]  # ?rc last
del sched  # ?rc log beat rep
del beat, rep, once
print(gc.collect())  # nothing cyclic: the closure cell does not point back
del tick  # ?rc hits
print(gc.collect())
