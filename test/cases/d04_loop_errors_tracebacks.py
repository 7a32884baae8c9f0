# Theme: errors caught inside a loop and kept in a list. Each saved exception's
# traceback keeps the frame that raised it (and that frame's locals) alive;
# inside a function the frame that catches them also ends up in a cycle;
# traceback.clear_frames() drops the locals of frames that are not running.
import gc
import traceback


class Job:
    def __init__(self, name):
        self.name = name


def run(job, attempt):
    payload = [job, attempt]
    if attempt % 2 == 0:
        raise RuntimeError("even attempt for job")
    return payload


gc.collect()
job = Job("nightly build")  # ?rc job
errors, results = [], []
for attempt in range(4):
    try:
        results.append(run(job, attempt))  # ?rc job
    except RuntimeError as e:
        errors.append(e)  # ?rc job
first = errors[0]  # ?rc first job
tb = first.__traceback__  # ?rc tb
del errors[0]  # ?rc first job
errors.clear()  # ?rc job
results.clear()  # ?rc job
del tb  # ?rc first job
del first  # ?rc job
print(gc.collect())


def retry(job, times):
    failures = []
    for attempt in range(times):
        try:
            run(job, attempt * 2)
        except RuntimeError as exc:
            failures.append(exc)
    return len(failures)


n = retry(job, 2)  # ?rc job -- failures -> exc -> tb -> retry's frame -> failures
print(gc.collect())
n = retry(job, 1)  # ?rc job
print(gc.collect())
after = job  # ?rc job


def retry_clean(job, times):
    failures = []
    for attempt in range(times):
        try:
            run(job, attempt * 2)
        except RuntimeError as exc:
            traceback.clear_frames(exc.__traceback__)
            failures.append(exc)
    return failures


kept = retry_clean(job, 2)  # ?rc job kept -- run's frames were cleared
print(gc.collect())  # nothing: kept reaches everything
del kept  # ?rc job
print(gc.collect())
