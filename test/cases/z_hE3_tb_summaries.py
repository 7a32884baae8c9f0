# Logging a failure with traceback.extract_tb / format_tb / extract_stack: summaries keep no frames
import sys
import gc
import traceback


class Job:
    def __init__(self, data):
        self.data = data
        self.error = None


def parse(job):
    rows = [job.data, job.data]
    raise ValueError("bad row")


def run(job):
    try:
        parse(job)
    except ValueError as exc:
        job.error = exc
        summary = traceback.extract_tb(exc.__traceback__)  # ?rc summary
        last = summary[-1]  # ?rc last
        print(last.name, last.lineno, last.locals)
        return summary


payload = [10 ** 6]  # ?rc payload
job = Job(payload)  # ?rc job payload
entries = run(job)  # ?rc entries job payload
print(len(entries))
err = job.error  # ?rc err
tb = err.__traceback__  # ?rc tb
lines = traceback.format_tb(tb)  # ?rc lines tb
short = traceback.extract_tb(tb, limit=1)  # ?rc short
tail = traceback.extract_tb(tb, -1)  # ?rc tail
text = traceback.format_list(entries)  # ?rc text entries
traceback.print_tb(tb)  # ?rc tb payload
del tb
print(gc.collect())
job.error = None  # ?rc err job
del err  # ?rc payload
print(gc.collect())


def where(depth):
    here = [depth]
    if depth:
        return where(depth - 1)
    st = traceback.extract_stack()  # ?rc st here
    return st, traceback.format_stack()


frames, texts = where(2)  # ?rc frames texts
print(len(frames), len(texts))
traceback.print_stack()
del entries, frames  # ?rc job payload
print(gc.collect())
