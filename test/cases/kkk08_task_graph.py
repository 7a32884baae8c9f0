# Task graph: dataclasses with enum status and parent links (a cycle),
# json export via asdict of a flat record, gc.collect after teardown.
import gc
import json
import sys
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Optional, List


class Status(Enum):
    TODO = auto()
    DONE = auto()


@dataclass
class Task:
    title: str
    status: Status = Status.TODO
    parent: Optional["Task"] = None
    children: List["Task"] = field(default_factory=list)

    def add(self, child: "Task") -> "Task":
        child.parent = self  # ?rc child
        self.children.append(child)  # ?rc child
        return child


@dataclass
class Record:
    title: str
    done: bool
    depth: int


def flatten(task, depth=0, out=None):
    out = [] if out is None else out
    rec = Record(task.title, task.status is Status.DONE, depth)  # ?rc rec
    out.append(rec)
    for c in task.children:
        flatten(c, depth + 1, out)  # ?rc c
    return out


root = Task("release version two")  # ?rc root
build = root.add(Task("build wheels"))  # ?rc root build
docs = root.add(Task("write the docs"))  # ?rc root docs
build.status = Status.DONE
flat = flatten(root)  # ?rc flat
payload = [asdict(r) for r in flat]  # ?rc payload flat
text = json.dumps(payload, indent=None)  # ?rc text payload
print(text)
del build, docs, flat, payload  # ?rc root
print(gc.collect())
del root
print(gc.collect())
