# Theme: a task runner that keeps each task's last error on the task. An
# exception returned from the handler that caught it carries a traceback
# to that function's frame; storing it on the task that frame refers to
# makes a cycle only the collector frees. add_note() gives the exception
# an instance dict holding the notes list.
import gc


class Task:
    def __init__(self, payload):
        self.payload = payload
        self.error = None


def attempt(task):
    try:
        if task.payload[0] > 1:
            raise RuntimeError(task.payload)
    except RuntimeError as e:
        return e
    return None


def run(task):
    err = attempt(task)
    task.error = err
    return task


payload = [2.5, 3.5]  # ?rc payload
t1 = Task(payload)  # ?rc t1 payload
run(t1)  # ?rc t1 payload
err = t1.error  # ?rc err
del err  # ?rc t1
del t1  # ?rc payload
print(gc.collect())
after = payload  # ?rc payload
t2 = Task([0.5])  # ?rc t2
same = run(t2)  # ?rc t2
t3 = Task(payload)  # ?rc t3 payload
run(t3)  # ?rc t3 payload
exc = t3.error  # ?rc exc
exc.add_note("retry later!")
exc.add_note("gave up!")  # ?rc exc
t3.error = None  # ?rc exc t3 payload
del exc  # ?rc t3 payload
print(gc.collect())
