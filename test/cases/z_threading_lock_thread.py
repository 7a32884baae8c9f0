# Theme: threading.Lock / RLock in with-blocks (the bound __exit__ held for the
# block) and Thread(target=f, args=...) whose target/args are dropped after run.
import gc
import threading

log = []
guard = threading.Lock()  # ?rc guard
rguard = threading.RLock()  # ?rc rguard


def record(item, times, tag="t"):
    with guard:
        for _ in range(times):
            log.append(item)


with guard:
    keep = [guard]  # ?rc guard keep
with rguard:
    with rguard:
        deep = [rguard]  # ?rc rguard
ok = guard.acquire()
busy = guard.locked()
guard.release()  # ?rc guard
payload = [0.25]  # ?rc payload
worker = threading.Thread(target=record, args=(payload, 2))  # ?rc worker payload
worker.start()
worker.join()  # ?rc worker payload
named = threading.Thread(target=record, args=(payload, 1), kwargs={"tag": "k"}, name="n1")  # ?rc payload
named.start()  # ?rc payload
named.join()
alive = named.is_alive()
idle = threading.Thread(target=record, args=(payload, 5))  # ?rc payload
del idle  # ?rc payload
log.clear()  # ?rc payload
del keep, deep, worker, named
print(gc.collect())
