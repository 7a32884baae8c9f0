# Theme: return inside finally overrides an in-flight exception or an
# earlier return; break in a finally inside a loop swallows the exception.


class Box:
    pass


def swallow(obj, log):
    try:
        raise OSError(obj)
    finally:
        log.append(obj)  # ?rc obj log
        return log


def override(obj):
    try:
        return [obj, obj]
    finally:
        alt = [obj]  # ?rc obj alt


def loop_swallow(objs):
    kept = []
    for o in objs:
        try:
            if len(kept) == 1:
                raise RuntimeError(o)
            kept.append(o)
        finally:
            if len(kept) == 1:
                continue
    return kept


b = Box()  # ?rc b
log = []  # ?rc log
res = swallow(b, log)  # ?rc res b
res2 = override(b)  # ?rc res2 b
res3 = loop_swallow([b, Box(), b])  # ?rc res3 b
del res2  # ?rc b
log.clear()  # ?rc b
del res3  # ?rc b
