# Theme: a to-do manager: tasks with priorities in a heapq, completion moves
# a task to a done list, bad input raises ValueError caught by the caller,
# and tasks can be reopened (pushed back onto the heap).
import gc
import heapq
import sys


class Task:
    def __init__(self, prio, text):
        if not 0 < prio < 10:
            raise ValueError(f"bad priority {prio} for {text!r}")
        self.prio = prio
        self.text = text

    def __lt__(self, other):
        return (self.prio, self.text) < (other.prio, other.text)


class Todo:
    def __init__(self):
        self.heap = []
        self.done = []

    def add(self, prio, text):
        task = Task(prio, text)  # ?rc task
        heapq.heappush(self.heap, task)  # ?rc task
        return task

    def finish_next(self):
        task = heapq.heappop(self.heap)  # ?rc task
        self.done.append(task)
        return task

    def reopen(self, task):
        self.done.remove(task)
        heapq.heappush(self.heap, task)  # ?rc task


gc.collect()
todo = Todo()
t1 = todo.add(3, "write report draft")  # ?rc t1
t2 = todo.add(1, "pay the rent now")  # ?rc t2
t3 = todo.add(5, "water the plants")
errors = []
for prio, text in [(0, "nothing at all"), (12, "too urgent?!")]:
    try:
        todo.add(prio, text)
    except ValueError as exc:
        errors.append(exc)  # ?rc exc
first = todo.finish_next()  # ?rc first t2
second = todo.finish_next()  # ?rc second t1
todo.reopen(first)  # ?rc t2
pending = list(todo.heap)  # ?rc pending t3
print(sys.getrefcount(t3))
del todo  # ?rc t1 t2 t3
del pending, first, second  # ?rc t1 t2
print(gc.collect())
msgs = [str(e) for e in errors]  # ?rc msgs errors
del errors
print(gc.collect())
