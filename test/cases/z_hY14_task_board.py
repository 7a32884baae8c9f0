# Theme: a kanban board: an Enum of statuses, tasks as order=True dataclasses
# (priority first, the rest not compared), columns as lists in a dict keyed
# by status, moves with list.remove / insert, and tasks with __hash__ kept
# in a set of watched tasks.
import gc
from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    def __hash__(self):
        return hash(self.title)


class Board:
    def __init__(self):
        self.columns = {status: [] for status in Status}
        self.watched = set()

    def add(self, task, status=Status.TODO):
        self.columns[status].append(task)
        self.columns[status].sort()
        return task

    def move(self, task, status):
        for column in self.columns.values():
            if task in column:
                column.remove(task)
        self.columns[status].insert(0, task)


board = Board()  # ?rc board
t1 = board.add(Task(3, "write docs"))  # ?rc t1
t2 = board.add(Task(1, "fix login bug", ["urgent"]))  # ?rc t2
t3 = board.add(Task(2, "review pull request"))  # ?rc t3
todo = board.columns[Status.TODO]  # ?rc todo
first = todo[0]  # ?rc first t2
board.move(t2, Status.DOING)  # ?rc t2 todo
board.watched.add(t3)  # ?rc t3
board.watched.add(t3)  # ?rc t3
urgent = [t for col in board.columns.values() for t in col if "urgent" in t.tags]  # ?rc urgent t2
best = min(todo)  # ?rc best
status = Status("doing")  # ?rc status
doing = board.columns[status]  # ?rc doing
board.move(t3, Status.DONE)  # ?rc t3
counts = {s.value: len(col) for s, col in board.columns.items()}  # ?rc counts
del first, best, urgent  # ?rc t2 t3
del board  # ?rc todo doing t1 t2 t3
print(gc.collect())
