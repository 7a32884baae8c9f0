# Theme: retry jobs queued as functools.partial objects. A partial keeps its
# function, positional args and keywords alive; a partial of a bound method
# keeps the instance too, and a partial of a partial is flattened.
import functools
import gc
import sys


class Connection:
    def __init__(self, host):
        self.host = host
        self.sent = []

    def send(self, payload, retries=1):
        self.sent.append((payload, retries))
        return len(self.sent)


def log_to(sink, message):
    sink.append(message)


conn = Connection("db.internal:5432")
payload = {"id": 7, "rows": [1.5, 2.5]}
job = functools.partial(conn.send, payload)  # ?rc conn payload job
retry = functools.partial(job, retries=3)  # ?rc job retry payload
flat = retry.func  # ?rc flat conn
print(flat is job.func, retry.args)
queue = [job, retry]
del job, retry
result = [p() for p in queue]  # ?rc payload conn
print(result, len(conn.sent))
sink = []
logger = functools.partial(log_to, sink)  # ?rc sink logger
queue.append(logger)
for p in queue:
    pass
queue.clear()  # ?rc conn payload sink flat logger
del p  # ?rc sink logger
kw = {"message": "a line of text"}
later = functools.partial(log_to, sink, **kw)  # ?rc kw later
later()
print(sink, sys.getrefcount(flat))
del flat  # ?rc conn
del logger, later
print(gc.collect())
