# Theme: with statements. A @contextmanager generator keeps the resource in
# its frame (and in the manager's args tuple) while the block runs; a class
# manager whose __exit__ returns True swallows the error and keeps it;
# contextlib.closing and nullcontext hand back the object they were given.
import contextlib


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def close(self):
        self.open = False


@contextlib.contextmanager
def opened(res):
    res.open = True
    try:
        yield res
    finally:
        res.open = False


r = Resource("database file!")  # ?rc r
with opened(r) as handle:
    inside = handle  # ?rc r
print(r.open)  # ?rc r
del handle, inside  # ?rc r


class Catcher:
    def __init__(self):
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if value is not None:
            self.caught.append(value)
        return True


guard = Catcher()  # ?rc guard
with guard as g:
    boom = ValueError(r)  # ?rc r
    raise boom
print(len(guard.caught))  # ?rc guard r boom
with guard:
    ok = Resource("second file!")  # ?rc ok
caught = guard.caught  # ?rc caught
guard.caught = []  # ?rc caught boom
del caught, boom  # ?rc r


def use(res):
    with opened(res) as h:
        return h  # the generator is finished by __exit__ on the way out


got = use(r)  # ?rc r got

port = Resource("serial port!")  # ?rc port
with contextlib.closing(port) as p:
    active = p  # ?rc port
del p, active  # ?rc port
with contextlib.nullcontext(port) as same:
    twin = same  # ?rc port
