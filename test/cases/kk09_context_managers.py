# Theme: context manager classes. One __enter__ returns self, one returns a
# separate resource object, one suppresses the exception raised in its block
# and keeps it; nested and reused managers.
import gc


class Timer:
    def __init__(self):
        self.laps = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.laps.append(1.5)
        return False


class Transaction:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        self.cursor = Cursor(self.db)
        return self.cursor

    def __exit__(self, exc_type, exc, tb):
        self.cursor = None
        return False


class Cursor:
    def __init__(self, db):
        self.db = db


class Suppress:
    def __init__(self):
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.caught = exc
        return True


timer = Timer()  # ?rc timer
with timer as t:
    inside = t  # ?rc timer
del inside, t  # ?rc timer
db = {"rows": [1.5, 2.5]}  # ?rc db
tx = Transaction(db)  # ?rc db
with tx as cur:
    held = cur  # ?rc cur db
after = cur  # ?rc cur db
del held, after, cur  # ?rc db
with timer, Transaction(db) as c2:
    pass  # ?rc timer db c2
sup = Suppress()  # ?rc sup
with sup:
    raise ValueError("bad value here")
err = sup.caught  # ?rc err sup
tb = err.__traceback__  # ?rc tb err
del tb  # ?rc err
with Suppress() as s2:
    pass  # ?rc s2
del err, sup
print(gc.collect())  # the traceback points at the module frame: no cycle
