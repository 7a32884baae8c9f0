# Context managers managing resources: __enter__ may return self or another
# object; __exit__ sees the exception; the with target keeps its binding.
import gc


class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def __enter__(self):
        self.held = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.held = False
        return False


class Session:
    def __init__(self, db):
        self.db = db
        self.ops = []

    def __enter__(self):
        return self.ops

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.db.errors.append(exc)
        return True


class Db:
    def __init__(self):
        self.errors = []


lock = Lock("L")  # ?rc lock
with lock as held:
    inside = held  # ?rc lock held inside
print(lock.held)  # ?rc lock held
db = Db()  # ?rc db
s = Session(db)  # ?rc db s
with s as ops:
    ops.append("insert")  # ?rc ops
print(len(ops))  # ?rc ops
with Session(db) as ops2:
    ops2.append("bad")
    raise ValueError("boom")
err = db.errors[0]  # ?rc err ops2
del err
print(gc.collect())
db.errors.clear()
print(gc.collect())
