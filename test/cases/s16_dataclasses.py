# Theme: a project tracker with dataclasses. field(default_factory=list)
# gives every instance its own list; tasks point back at their project
# (a cycle); dataclasses.replace and asdict make new objects.
import gc
from dataclasses import dataclass, field, replace, asdict


@dataclass
class Tag:
    label: str
    color: str = "gray"


@dataclass
class Task:
    title: str
    estimate: float
    tags: list = field(default_factory=list)
    project: object = None

    def add_tag(self, tag):
        self.tags.append(tag)  # ?rc tag self


@dataclass
class Project:
    name: str
    tasks: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def add(self, task):
        task.project = self
        self.tasks.append(task)  # ?rc task self
        return task

    def total(self):
        hours = sum(t.estimate for t in self.tasks)  # ?rc hours
        return hours


gc.collect()
urgent = Tag("urgent!", "red")  # ?rc urgent
backend = Tag("back end")  # ?rc backend
proj = Project("launch plan")  # ?rc proj
t1 = proj.add(Task("write API", 3.5))  # ?rc t1 proj
t1.add_tag(urgent)  # ?rc urgent
t1.add_tag(backend)  # ?rc backend
t2 = proj.add(Task("deploy", 1.25, [urgent]))  # ?rc t2 urgent
hours = proj.total()  # ?rc hours
print(f"{proj.name}: {hours:.2f} h")
tasks = proj.tasks  # ?rc tasks t1
t3 = replace(t2, title="deploy again")  # ?rc t3 t2 urgent
same_tags = t3.tags is t2.tags
print(same_tags)
snapshot = asdict(Task("plain", 2.0, [backend]))  # ?rc snapshot backend
print(snapshot)
by_tag = {}
for t in tasks:
    for tag in t.tags:
        by_tag.setdefault(tag.label, []).append(t)  # ?rc by_tag
urgent_tasks = by_tag["urgent!"]  # ?rc urgent_tasks t1 t2
del by_tag  # ?rc urgent_tasks
del urgent_tasks, tasks  # ?rc t1 t2
del t3  # ?rc urgent t2
print(gc.collect())  # project and tasks are still named
del t1, t2
print(gc.collect())  # still named through proj
del t, tag  # the loop variables still held t2 and a tag
del proj  # project <-> tasks cycle
print(gc.collect())  # project, its list and dict, two tasks, their lists
print(gc.collect())
del snapshot  # ?rc backend urgent
