# Theme: failures during error handling. A cleanup step that fails inside
# an except block chains the new error to the one being handled through
# __context__, twice; a report walks the chain into a list.
import gc


class Resource:
    def __init__(self, name):
        self.name = name


class CleanupError(Exception):
    pass


def release(res):
    raise CleanupError(res)


def log_failure(res, err):
    raise OSError(5, "log disk full!")


def operate(res):
    try:
        raise TimeoutError(res)
    except TimeoutError as first:
        try:
            release(res)
        except CleanupError as second:
            log_failure(res, second)


r = Resource("socket one")  # ?rc r
chain = []  # ?rc chain
try:
    operate(r)
except OSError as top:
    e = top
    while e is not None:
        chain.append(e)
        e = e.__context__
    last = chain[-1]  # ?rc last r
depth = len(chain)
mid = chain[1]  # ?rc mid r
chain.clear()  # ?rc mid last r
del mid  # ?rc last r
del last  # ?rc r
print(gc.collect())
