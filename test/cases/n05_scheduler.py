# Priority task scheduler on heapq: tasks with dependencies, retries and a run log.
import gc
import heapq
import itertools


class Task:
    def __init__(self, name, priority, action, deps=()):
        self.name = name
        self.priority = priority
        self.action = action
        self.deps = list(deps)
        self.attempts = 0
        self.result = None


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.done = {}
        self.log = []  # ?rc self

    def submit(self, task, delay=0):
        entry = (task.priority + delay, next(self.counter), task)
        heapq.heappush(self.queue, entry)  # ?rc entry task

    def ready(self, task):
        return all(d in self.done for d in task.deps)

    def run(self, max_steps=50):
        steps = 0
        while self.queue and steps < max_steps:
            steps += 1
            prio, seq, task = heapq.heappop(self.queue)  # ?rc task
            if not self.ready(task):
                self.submit(task, delay=prio + 10)
                continue
            task.attempts += 1
            try:
                task.result = task.action()
            except RuntimeError as err:
                self.log.append((task.name, "failed", str(err)))
                if task.attempts < 3:
                    self.submit(task)
                continue
            self.done[task.name] = task  # ?rc task
            self.log.append((task.name, "ok"))
        return steps


class Flaky:
    def __init__(self, fail_times, payload):
        self.fail_times = fail_times
        self.payload = payload

    def __call__(self):
        if self.fail_times > 0:
            self.fail_times -= 1
            raise RuntimeError("transient failure")
        out = list(self.payload)  # ?rc out
        return out


def make_loader(rows):
    def load():
        data = [r * 2.5 for r in rows]
        return data
    return load


sched = Scheduler()  # ?rc sched
rows = [1, 2, 3, 4]  # ?rc rows
loader = make_loader(rows)  # ?rc loader rows
flaky = Flaky(2, ("alpha beta", "gamma delta"))  # ?rc flaky
t_load = Task("load", 1, loader)  # ?rc t_load loader
t_flaky = Task("flaky", 0, flaky, deps=["load"])
t_report = Task("report", 5, lambda: "report ready!", deps=["load", "flaky"])  # ?rc t_report
for t in (t_report, t_flaky, t_load):
    sched.submit(t)
del t  # ?rc t_load t_flaky t_report
steps = sched.run()  # ?rc t_load t_flaky
loaded = t_load.result  # ?rc loaded
flaky_out = t_flaky.result  # ?rc flaky_out
done = sched.done  # ?rc done
print(steps, [entry[0] for entry in sched.log], loaded)
del loader  # ?rc t_load
queue_copy = list(sched.queue)  # ?rc queue_copy
n = gc.collect()
t_load.action = t_load  # ?rc t_load
del sched, done  # ?rc t_load t_report
n = gc.collect()
del t_load, t_flaky, t_report
n = gc.collect()
print(n, flaky_out)
