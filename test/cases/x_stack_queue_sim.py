# A task simulator with a list used as a stack, a deque used as a queue and
# tuples as records; tasks move between them and end in a done list.
import sys
from collections import deque


class Task:
    def __init__(self, tid, deps=()):
        self.tid = tid
        self.deps = list(deps)


t1 = Task(1)  # ?rc t1
t2 = Task(2, [t1])  # ?rc t2 t1
t3 = Task(3, [t1, t2])  # ?rc t3 t1
todo = [t3, t2, t1]  # ?rc todo t1
ready = deque()  # ?rc ready
done = []
while todo:
    t = todo.pop()  # ?rc t
    if all(d in ready for d in t.deps):
        ready.append(t)
    else:
        todo.insert(0, t)
    del t
print(len(ready))
while ready:
    cur = ready.popleft()  # ?rc cur
    done.append((cur.tid, cur))  # ?rc cur
last = done[-1]  # ?rc last t3
del cur  # ?rc t3
print(sys.getrefcount(t1))
ids = [tid for tid, _ in done]  # ?rc ids
