# Theme: worker threads started and joined before anything is inspected; each
# thread writes its result into a shared list under a lock.
import gc
import threading

results = []
lock = threading.Lock()


def work(chunk, scale):
    total = sum(chunk) * scale
    with lock:
        results.append(total)


chunk = [0.5, 1.5, 2.5]  # ?rc chunk
scale = 10.0 ** 3  # ?rc scale
t = threading.Thread(target=work, args=(chunk, scale))  # ?rc t chunk scale
t.start()
t.join()  # ?rc t chunk scale -- Thread drops target/args after run()
first = results[0]  # ?rc first

threads = [threading.Thread(target=work, args=(chunk, scale)) for _ in range(3)]  # ?rc threads chunk
for th in threads:
    th.start()
for th in threads:
    th.join()
n = len(results)  # ?rc chunk scale
th = threads[0]  # ?rc th
del threads, th, t  # ?rc chunk
alive = threading.active_count()
print(alive, gc.collect())


class Job(threading.Thread):
    def __init__(self, data):
        super().__init__()
        self.data = data
        self.out = None

    def run(self):
        self.out = [x * 2 for x in self.data]


job = Job(chunk)  # ?rc job chunk
job.start()
job.join()  # ?rc job chunk
out = job.out  # ?rc out
del job  # ?rc chunk out
print(gc.collect())
