# Theme: a job queue on heapq: entries are (priority, sequence, job) tuples
# so equal priorities never compare jobs; cancelled jobs are marked and
# skipped lazily when popped, and results are kept on the jobs.
import heapq
import itertools
import sys


class Job:
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.cancelled = False
        self.result = None


class JobQueue:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
        self.index = {}

    def submit(self, job, priority):
        entry = (priority, next(self.counter), job)
        heapq.heappush(self.heap, entry)
        self.index[job.name] = entry
        return entry

    def cancel(self, name):
        entry = self.index.pop(name)
        entry[2].cancelled = True

    def run_next(self):
        while self.heap:
            priority, seq, job = heapq.heappop(self.heap)
            if job.cancelled:
                continue
            self.index.pop(job.name, None)
            job.result = job.work()
            return job
        return None


q = JobQueue()  # ?rc q
backup = Job("backup", lambda: [1.5] * 3)  # ?rc backup
report = Job("report", lambda: {"rows": 10 ** 3})  # ?rc report
email = Job("email", lambda: "sent to 3 people")  # ?rc email
entry = q.submit(backup, 5)  # ?rc entry backup
q.submit(report, 1)  # ?rc report
q.submit(email, 1)  # ?rc email
heap = q.heap  # ?rc heap
q.cancel("backup")  # ?rc entry backup
done = q.run_next()  # ?rc done report
res = done.result  # ?rc res
second = q.run_next()  # ?rc second email
msg = second.result  # ?rc msg
third = q.run_next()
print(third, len(q.heap))
print(sys.getrefcount(entry))
del entry  # ?rc backup
work = email.work  # ?rc work
del email, second  # ?rc work
later = q.submit(Job("late job", work), 9)  # ?rc later work
del q  # ?rc later heap
