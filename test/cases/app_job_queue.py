# Theme: a job queue on collections.deque with retries: failed jobs keep
# their last exception, successful ones their result; a dead-letter list.
import gc
from collections import deque


class Job:
    def __init__(self, payload, fails):
        self.payload = payload
        self.fails = fails
        self.error = None
        self.result = None

    def run(self):
        if self.fails > 0:
            self.fails -= 1
            raise RuntimeError(self.payload)
        self.result = [self.payload]
        return self.result


def work(queue, dead, limit):
    rounds = 0
    while queue and rounds < limit:
        job = queue.popleft()
        rounds += 1
        try:
            out = job.run()  # ?rc out
        except RuntimeError as exc:
            job.error = exc
            if job.fails > 1:
                dead.append(job)  # ?rc job
            else:
                queue.append(job)  # ?rc job
    return rounds


gc.collect()
data = [0.5]  # ?rc data
q = deque()
ok = Job(data, 0)  # ?rc ok data
flaky = Job(data, 1)  # ?rc flaky
broken = Job(data, 5)
for j in (ok, flaky, broken):
    q.append(j)  # ?rc j
del j
dead = []
n = work(q, dead, 10)  # ?rc ok flaky data
print(n, len(q), len(dead))
err = broken.error  # ?rc err broken
del err
res = ok.result  # ?rc res data
del broken, dead  # job -> error -> traceback -> work frame? no: frame is done
print(gc.collect())
flaky.error = None
print(gc.collect())
