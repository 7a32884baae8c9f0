# Dataclasses as dict keys and set members: frozen eq/hash, order, default_factory.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Key:
    name: str
    weight: float


@dataclass(order=True)
class Task:
    priority: float
    tags: list = field(default_factory=list)


w = 2.5 * 3  # ?rc w
k1 = Key("alpha beta", w)  # ?rc k1 w
k2 = Key("alpha beta", w)  # ?rc k2 w
table = {k1: [1, 2]}  # ?rc k1 table
table[k2] = [3]  # ?rc k1 k2
found = table[k2]  # ?rc found k1
seen = {k1, k2}  # ?rc k1 k2 seen
tasks = [Task(w), Task(w * 2), Task(w / 2)]  # ?rc w tasks
first = min(tasks)  # ?rc first
tasks.sort()  # ?rc first
last = tasks[-1]  # ?rc last first
lst = last.tags  # ?rc lst last
lst.append(k1)  # ?rc k1 lst
del tasks  # ?rc first last lst
del table  # ?rc k1 k2 found
seen.discard(k2)  # ?rc k1 k2
