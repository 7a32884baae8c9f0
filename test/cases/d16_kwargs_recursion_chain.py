# Theme: *args and **kwargs in recursion. Every call gets a fresh kwargs dict
# and args tuple; passing them down with * and ** copies the references, so
# a chain that stores them holds the shared objects once per level.
import gc


class Opt:
    pass


def collect(depth, acc, *path, **opts):
    acc.append(opts)
    acc.append(path)
    if depth:
        collect(depth - 1, acc, *path, depth, **opts)
    return acc


def bottom(level, *path, **opts):
    if level == 0:
        found = opts["target"]  # ?rc found
        return path
    return bottom(level - 1, *path, opts["target"], **opts)


target = Opt()  # ?rc target
other = Opt()  # ?rc other
chain = collect(2, [], target, flag=other)  # ?rc target other chain
t0 = chain[1]  # ?rc t0
del chain  # ?rc target other t0
path = bottom(3, target=target)  # ?rc target path
del path, t0  # ?rc target
kw = {"target": target, "extra": other}  # ?rc kw target
res = bottom(1, other, **kw)  # ?rc target other kw res
args = (target, other)
res2 = bottom(2, *args, **kw)  # ?rc target other args
del res, res2  # ?rc target other
print(gc.collect())
