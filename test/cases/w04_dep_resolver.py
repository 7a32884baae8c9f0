# Theme: a package dependency resolver: packages name their requirements,
# the resolver links them into Package objects (requires / required_by lists,
# a cycle per edge), orders them with Kahn's topological sort and reports a
# dependency cycle with an exception carrying the packages involved.
import gc
from collections import deque


class Package:
    def __init__(self, name, version):
        self.name, self.version = name, version
        self.requires, self.required_by = [], []

    def __repr__(self):
        return f"{self.name}-{self.version}"


class CycleError(Exception):
    def __init__(self, stuck):
        super().__init__("cycle among " + ", ".join(map(repr, stuck)))
        self.stuck = stuck


def build(spec):
    pkgs = {name: Package(name, ver) for name, (ver, _) in spec.items()}  # ?rc pkgs
    for name, (_, deps) in spec.items():
        for dep in deps:
            pkgs[name].requires.append(pkgs[dep])
            pkgs[dep].required_by.append(pkgs[name])
    return pkgs


def resolve(pkgs):
    indeg = {p: len(p.requires) for p in pkgs.values()}
    ready = deque(sorted((p for p, d in indeg.items() if d == 0), key=lambda p: p.name))
    order = []
    while ready:
        pkg = ready.popleft()
        order.append(pkg)
        for user in sorted(pkg.required_by, key=lambda p: p.name):
            indeg[user] -= 1
            if indeg[user] == 0:
                ready.append(user)
    if len(order) != len(pkgs):
        raise CycleError([p for p in pkgs.values() if indeg[p] > 0])
    return order


spec = {"app": ("1.0", ["web", "db"]), "web": ("2.1", ["core"]),
        "db": ("0.9", ["core"]), "core": ("3.3", [])}
pkgs = build(spec)  # ?rc pkgs
order = resolve(pkgs)  # ?rc order
print(order)
core = pkgs["core"]  # ?rc core
app = order[-1]  # ?rc app core
del order  # ?rc app core
spec["core"] = ("3.4", ["app"])
try:
    resolve(build(spec))
except CycleError as err:
    stuck = err.stuck  # ?rc stuck
    print(err)
print(gc.collect())  # the cyclic graph built for the failed resolve
del pkgs, core, app
print(gc.collect())  # four packages and their lists
del stuck
print(gc.collect())  # the second graph, kept until now by err.stuck
