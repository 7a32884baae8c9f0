# Theme: exception groups. A batch runner collects failures into an
# ExceptionGroup; except* splits it into sub-groups that share the
# original leaf exceptions (and so their arguments) and copy the
# traceback, which still reaches the runner's finished frame.
import gc


class Job:
    def __init__(self, name):
        self.name = name


class JobFailed(Exception):
    pass


def run_all(jobs):
    errors = []
    for job in jobs:
        if len(job.name) > 5:
            errors.append(JobFailed(job))
        elif len(job.name) > 3:
            errors.append(KeyError(job))
    if errors:
        raise ExceptionGroup("batch failed!", errors)
    return jobs


a = Job("alpha-job")  # ?rc a
b = Job("beta")  # ?rc b
c = Job("go")
batch = [a, b, c]
failed = []
keys = []
try:
    run_all(batch)
except* JobFailed as grp:
    failed.extend(grp.exceptions)  # ?rc a grp c
except* KeyError as grp2:
    keys.append(grp2)  # ?rc b grp2
after = batch  # ?rc a b c batch
first = failed[0]  # ?rc a first
del failed  # ?rc first
kept = keys[0]  # ?rc kept b
leaf = kept.exceptions[0]  # ?rc leaf kept
keys.clear()  # ?rc kept c
del kept  # ?rc leaf c batch
del leaf, first  # ?rc a
print(gc.collect())
