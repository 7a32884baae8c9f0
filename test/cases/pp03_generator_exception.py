# Theme: generators and exceptions. An exception raised inside a generator
# ends it; catching it outside keeps the exception, its args and its
# traceback (which holds the generator's finished frame).
import gc


class Job:
    pass


def process(jobs):
    for job in jobs:
        if job is None:
            raise ValueError("bad job in batch")
        yield job


j1, j2 = Job(), Job()  # ?rc j1 j2
batch = [j1, None, j2]  # ?rc batch
gen = process(batch)  # ?rc batch gen
first = next(gen)  # ?rc j1 batch
try:
    next(gen)
except ValueError as exc:
    saved = exc  # ?rc saved batch
after = first  # ?rc j1 batch
leftover = list(gen)  # ?rc batch leftover
del saved  # ?rc batch
gc.collect()


def safe(items):
    out = []
    gen = process(items)
    try:
        for job in gen:
            out.append(job)  # ?rc job
    except ValueError as err:
        note = err  # ?rc note
    return out


done = safe(batch)  # ?rc done j1 j2 batch
done2 = safe([j2, j2])  # ?rc done2 j2
print(gc.collect())
