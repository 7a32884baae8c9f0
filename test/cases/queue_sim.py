# A job queue: a generator producer, a consumer loop, nested functions and closures.


class Job:
    def __init__(self, ident, payload):
        self.ident = ident
        self.payload = payload


def producer(n, payload):
    for i in range(n):
        yield Job(i, payload)  # ?rc payload


def make_worker(results):
    def work(job):
        results.append(job.payload)  # ?rc job
        return job.ident
    return work


payload = {"kind": "resize"}  # ?rc payload
results = []
worker = make_worker(results)  # ?rc worker results
done = []
for job in producer(3, payload):
    done.append(worker(job))  # ?rc job payload
last = job  # ?rc last
del job  # ?rc last
pending = list(producer(2, payload))  # ?rc pending payload
del pending  # ?rc payload results
worker = None  # ?rc results
