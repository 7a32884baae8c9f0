# Theme: a build tool resolving task dependencies: a recursive generator
# DFS with `yield from` for topological order, cycle errors chained with
# `raise from`, a generator whose finally runs on close(), deepcopy of a
# graph that contains back references, and an edge iterator class.
import copy
import gc
import sys


class Task:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost
        self.deps = []
        self.users = []

    def needs(self, *others):
        for o in others:
            self.deps.append(o)
            o.users.append(self)  # ?rc o


class CycleError(Exception):
    pass


def topo(task, done, path):
    if task in done:
        return
    if task in path:
        raise CycleError(task.name)
    path.append(task)  # ?rc path
    for dep in task.deps:
        yield from topo(dep, done, path)
    path.pop()
    done.add(task)
    yield task


class Edges:
    def __init__(self, tasks):
        self.pairs = [(t, d) for t in tasks for d in t.deps]  # ?rc tasks
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.pairs):
            raise StopIteration
        pair = self.pairs[self.i]  # ?rc pair
        self.i += 1
        return pair


def runner(order, log):
    try:
        for t in order:
            log.append("build %s (%.1fs)" % (t.name, t.cost))
            yield t.cost
    finally:
        log.append("runner stopped")  # ?rc log


gc.collect()
lib, app, docs, test = Task("lib-core", 4.5), Task("app", 2.5), Task("docs", 1.25), Task("tests", 3.75)
app.needs(lib)
test.needs(app, lib)  # ?rc lib app
docs.needs(app)
order = list(topo(test, set(), []))  # ?rc order test
edges = sorted(Edges([app, test, docs]), key=lambda p: (p[0].name, p[1].name))  # ?rc edges
log = []
run = runner(order, log)
spent = next(run) + next(run)  # ?rc spent
run.close()  # ?rc log
clone = copy.deepcopy(test)  # ?rc clone test
lib.needs(test)
try:
    list(topo(docs, set(), []))
except CycleError as exc:
    err = CycleError("cannot build docs")
    err.__cause__ = exc  # ?rc err
print(len(edges), log, sys.getrefcount(clone))
del lib, app, docs, test, order, edges, run
print(gc.collect())
del clone, err
print(gc.collect())
