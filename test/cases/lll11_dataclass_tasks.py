# Theme: dataclasses for a task tracker: field(default_factory=list),
# field(compare=False) for a cache that must not affect equality, and a
# __post_init__ that derives a normalised key and registers the task;
# asdict() copies containers, replace() shares them.
import gc
from dataclasses import asdict, dataclass, field, replace

REGISTRY = []


@dataclass
class Task:
    title: str
    estimate: float
    tags: list = field(default_factory=list)
    notes: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        self.key = self.title.lower().replace(" ", "-")
        REGISTRY.append(self)  # ?rc self


@dataclass(frozen=True)
class Sprint:
    name: str
    tasks: tuple = ()


hours = 1.5 * 3  # ?rc hours
t1 = Task("Write Docs", hours)  # ?rc t1 hours
t2 = Task("Write Docs", hours, notes={"who": ["ann", "bo"]})  # ?rc t2 hours
print(t1 == t2, f"{t1}")
shared_tags = ["backend", "urgent"]  # ?rc shared_tags
t3 = Task("Fix Bug", 2.0 * 2, shared_tags)  # ?rc t3 shared_tags
t4 = Task("Fix Bug", 2.0 * 2, shared_tags)
t1.tags.append("docs")
tags1 = t1.tags
notes2 = t2.notes
sprint = Sprint("S-1 kickoff", (t1, t3))  # ?rc sprint t1 t3
for t in sprint.tasks:
    est = t.estimate  # ?rc t est
again = Sprint("S-1 kickoff", (t1, t3))
print(sprint == again, sprint.tasks[0] is again.tasks[0])
snap = asdict(t3)  # ?rc shared_tags
moved = replace(t3, estimate=t3.estimate + 0.5)  # ?rc shared_tags moved
REGISTRY.clear()  # ?rc t1 t2 t3
del t4, moved  # ?rc shared_tags
del sprint, again, t  # ?rc t1 t3 hours
print(gc.collect())
