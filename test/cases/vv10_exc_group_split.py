# Theme: a batch of tasks whose failures are gathered in an ExceptionGroup;
# the caller sorts it with except*, and a second caller uses .subgroup()
# and .split(), which build new groups sharing the original leaf
# exceptions (and so the tasks they carry).


class Task:
    def __init__(self, n):
        self.n = n


class TaskTimeout(Exception):
    def __init__(self, task):
        super().__init__(task.n)
        self.task = task


def run_batch(tasks):
    errors = []
    for t in tasks:
        if t.n % 3 == 0:
            errors.append(TaskTimeout(t))
        elif t.n % 3 == 1:
            errors.append(ValueError(t))
    if errors:
        raise ExceptionGroup("batch failed!", errors)


tasks = [Task(i) for i in range(5)]  # ?rc tasks
t0, t1, t2, t3, t4 = tasks  # ?rc t0
timeouts = []
try:
    run_batch(tasks)
except* TaskTimeout as g:
    timeouts.append(g)  # ?rc g t0 t3
except* ValueError as g2:
    vals = g2  # ?rc g2 t1 t4
got = timeouts[0]  # ?rc got
try:
    run_batch(tasks)
except ExceptionGroup as eg:
    whole = eg  # ?rc whole
sub = whole.subgroup(TaskTimeout)  # ?rc sub t0 t3
match, rest = whole.split(ValueError)  # ?rc match rest t2
del whole  # ?rc sub t0 t1
del sub, match, rest  # ?rc t0 t3
del got, vals  # ?rc t0 t1 tasks
