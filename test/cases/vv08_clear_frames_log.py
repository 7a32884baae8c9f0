# Theme: an error log that keeps exceptions for a later report. Each
# traceback keeps the failing call's frame and its locals alive until
# traceback.clear_frames() empties the finished frames.
import traceback


class Chunk:
    def __init__(self, size):
        self.data = [0.5] * size


def process(chunk, limit):
    scratch = [chunk, chunk.data]  # ?rc chunk
    if len(chunk.data) > limit:
        raise OverflowError(len(chunk.data))
    return len(scratch)


def worker(chunks, limit, log):
    for chunk in chunks:
        try:
            process(chunk, limit)
        except OverflowError as exc:
            log.append(exc)


small = Chunk(3)  # ?rc small
big = Chunk(50)  # ?rc big
huge = Chunk(80)  # ?rc huge
log = []  # ?rc log
worker([small, big, huge], 10, log)  # ?rc small big huge log
first = log[0]  # ?rc first
tb = first.__traceback__  # ?rc tb
traceback.clear_frames(tb)  # ?rc big huge tb log
for exc in log:
    traceback.clear_frames(exc.__traceback__)
del exc  # ?rc big huge
del first, tb
log.clear()  # ?rc small big huge log
