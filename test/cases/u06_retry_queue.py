# Theme: a task queue with retries. Jobs are callables (some are flaky
# objects with __call__ that fail a few times); the worker runs them from
# a deque, remembers the last exception on the task and requeues it until
# the attempts run out. A remembered exception's traceback holds the
# worker frame, whose local `task` holds the exception again: a cycle.
import gc
from collections import deque

class Flaky:
    def __init__(self, failures, result):
        self.failures = failures
        self.result = result

    def __call__(self):
        if self.failures:
            self.failures -= 1
            raise ConnectionError("temporarily down")
        return self.result

class Task:
    def __init__(self, name, func, attempts=3):
        self.name = name
        self.func = func
        self.attempts = attempts
        self.last_error = None
        self.result = None

class Worker:
    def __init__(self):
        self.queue = deque()
        self.done = []
        self.failed = []

    def submit(self, task):
        self.queue.append(task)  # ?rc task
        return task

    def run_one(self):
        task = self.queue.popleft()  # ?rc task
        try:
            task.result = task.func()
        except ConnectionError as exc:
            task.last_error = exc  # ?rc exc
            task.attempts -= 1
            (self.queue if task.attempts else self.failed).append(task)
        else:
            self.done.append(task)  # ?rc task

    def drain(self):
        while self.queue:
            self.run_one()

payload = {"rows": [1.5, 2.5]}
worker = Worker()  # ?rc worker
ok = worker.submit(Task("fetch users", Flaky(1, payload)))  # ?rc ok
bad = worker.submit(Task("fetch orders", Flaky(5, None), attempts=2))  # ?rc bad
worker.drain()
print(len(worker.done), len(worker.failed), ok.result is payload)
err = bad.last_error  # ?rc err bad
old = ok.last_error  # ?rc old
print(gc.collect())
del err, old
ok.last_error = None  # freed: its frame held `task`, not `exc`
print(gc.collect())
worker.failed.clear()  # ?rc bad worker
del bad
print(gc.collect())  # the task, its last error, traceback and frame
del worker, ok  # ?rc payload
print(gc.collect())
