# with statements: __enter__ returning self or another object, __exit__ that
# suppresses an exception raised in the block.


class Lock:
    def __init__(self):
        self.owner = None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.last = value
        return True


class Guard:
    def __init__(self, res):
        self.res = res

    def __enter__(self):
        return self.res

    def __exit__(self, *info):
        return False


class Res:
    pass


lock = Lock()  # ?rc lock
with lock as l:
    inside = l  # ?rc lock
del inside, l  # ?rc lock
res = Res()  # ?rc res
with lock:
    raise ValueError(res)
kept = lock.last  # ?rc res kept
lock.last = None  # ?rc res kept
del kept  # ?rc res
with Guard(res) as r, Lock() as l2:
    both = r  # ?rc res both l2
del both, r  # ?rc res l2


def scoped(obj):
    with Guard(obj) as got:
        pass
    return got


out = scoped(res)  # ?rc res out
del out  # ?rc res
