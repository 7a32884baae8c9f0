# Dataclasses with default_factory: each instance gets a fresh list/dict;
# a shared mutable default through a module-level object; frozen dataclass.
import gc
from dataclasses import dataclass, field, replace


SHARED_TAGS = ["shared", "tags"]


@dataclass
class Task:
    title: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    owner: object = None


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass
class Project:
    name: str
    tasks: list = field(default_factory=list)

    def add(self, title):
        t = Task(title, owner=self)  # ?rc t
        self.tasks.append(t)  # ?rc t
        return t


gc.collect()
t1 = Task("write report")  # ?rc t1
tags = t1.tags  # ?rc tags
t2 = Task("review code", SHARED_TAGS)  # ?rc t2 SHARED_TAGS
t3 = replace(t2, title="review again")  # ?rc t3 SHARED_TAGS
meta = t3.meta  # ?rc meta
del t2  # ?rc SHARED_TAGS meta
del t3  # ?rc SHARED_TAGS meta
print(gc.collect())

p = Point(1.5, 2.5)  # ?rc p
q = replace(p, y=3.5)  # ?rc p q
x = p.x  # ?rc x p
pts = [p, q, p]  # ?rc p q pts
del pts  # ?rc p

proj = Project("big project")  # ?rc proj
a = proj.add("design")  # ?rc a proj
b = proj.add("build")  # ?rc a b proj
tasks = proj.tasks  # ?rc tasks
del a, b, tasks
del proj
print(gc.collect())  # project <-> tasks


def summarize(projects):
    total = 0
    for pr in projects:
        total += len(pr.tasks)  # ?rc pr
    return total


ps = [Project("p%d" % i) for i in range(2)]
for pr in ps:
    pr.add("only task")
n = summarize(ps)
del ps, pr
print(gc.collect())
