# Theme: build-order resolution: a dependency graph of Task objects linked by
# sets in both directions, topologically sorted with Kahn's algorithm; a
# cycle raises an error that carries the tasks left over.
import gc
import sys
from collections import deque


class Task:
    def __init__(self, name):
        self.name = name
        self.deps = set()
        self.dependents = set()


class CycleError(Exception):
    def __init__(self, remaining):
        super().__init__(f"cycle among {len(remaining)} tasks")
        self.remaining = remaining


def link(graph, name, *needs):
    task = graph.setdefault(name, Task(name))
    for need in needs:
        dep = graph.setdefault(need, Task(need))
        task.deps.add(dep)
        dep.dependents.add(task)
    return task


def toposort(graph):
    indegree = {t: len(t.deps) for t in graph.values()}
    ready = deque(t for t, n in indegree.items() if n == 0)
    order = []
    while ready:
        task = ready.popleft()
        order.append(task)
        for nxt in sorted(task.dependents, key=lambda t: t.name):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) < len(graph):
        raise CycleError([t for t in graph.values() if indegree[t] > 0])
    return order


graph = {}
app = link(graph, "app", "lib", "utils")  # ?rc app graph
lib = link(graph, "lib", "utils")  # ?rc lib app
utils = graph["utils"]  # ?rc utils
order = toposort(graph)  # ?rc order utils app
print([t.name for t in order])
del order  # ?rc utils
link(graph, "utils", "app")  # ?rc app utils
try:
    toposort(graph)
except CycleError as exc:
    err = exc  # ?rc err
    stuck = err.remaining  # ?rc stuck app
print(sys.getrefcount(err))
del err  # ?rc stuck
del stuck  # ?rc app lib utils
print(gc.collect())  # nothing cyclic outside the graph itself
del app, lib, utils, graph
print(gc.collect())  # three tasks and their six sets
