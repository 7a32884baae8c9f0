# To-do app with priorities and an undo stack.
import gc
import sys


class Task:
    def __init__(self, title: str, priority: int):
        self.title = title
        self.priority = priority
        self.done = False
    def __repr__(self):
        return f"Task({self.title!r}, p={self.priority})"


class TodoList:
    def __init__(self):
        self.tasks: list = []
        self.undo_stack: list = []
    def add(self, task: Task) -> None:
        self.tasks.append(task)
        self.undo_stack.append(("add", task))  # ?rc task
    def remove(self, task: Task) -> None:
        self.tasks.remove(task)
        self.undo_stack.append(("remove", task))
    def undo(self):
        action, task = self.undo_stack.pop()  # ?rc task
        if action == "add":
            self.tasks.remove(task)
        else:
            self.tasks.append(task)
        return task
    def by_priority(self):
        return sorted(self.tasks, key=lambda t: (-t.priority, t.title))


todo = TodoList()  # ?rc todo
t1 = Task("write the report", 3)  # ?rc t1
t2 = Task("buy some milk", 1)  # ?rc t2
t3 = Task("fix the bug #42", 5)  # ?rc t3
todo.add(t1)  # ?rc t1
todo.add(t2)
todo.add(t3)  # ?rc t3
stack = todo.undo_stack  # ?rc stack
ordered = todo.by_priority()  # ?rc ordered t3
top = ordered[0]  # ?rc top t3
todo.remove(t2)  # ?rc t2
back = todo.undo()  # ?rc back t2
gone = todo.undo()  # ?rc gone t3
del ordered, top  # ?rc t3
pending = [t for t in todo.tasks if not t.done]  # ?rc pending t1
names = ", ".join(t.title for t in pending)  # ?rc names
del back, gone  # ?rc t2 t3
print(sys.getrefcount(t1))
stack.clear()  # ?rc t2 t3
print(gc.collect())
from collections import deque
from functools import partial

history = deque(maxlen=2)  # ?rc history
for i, t in enumerate([t1, t2, t3]):
    history.append(t)  # ?rc t
oldest = history[0]  # ?rc oldest t2
cmd = partial(todo.add, t1)  # ?rc cmd t1 todo
cmd()  # ?rc t1
del cmd  # ?rc t1 todo
pairs = list(enumerate(todo.tasks))  # ?rc pairs
p0 = pairs[0]  # ?rc p0


class Command:
    def __init__(self, verb, task):
        self.verb = verb
        self.task = task


def handle(cmd):
    match cmd:
        case Command(verb="done", task=t):
            t.done = True
            picked = t  # ?rc picked
        case Command(verb=v):
            picked = None
    return cmd


c_done = Command("done", t1)  # ?rc c_done t1
handle(c_done)  # ?rc c_done t1
first_t, *others = todo.tasks  # ?rc first_t others
if (n := len(others)) > 0:
    tail_t = others[-1]  # ?rc tail_t
class Stack(list):
    def push(self, item):
        self.append(item)  # ?rc item


st = Stack()  # ?rc st
st.push(t3)  # ?rc t3
