# Exceptions stored with their tracebacks: keeping `e` on self pins the frame
# of the failing call, which may refer back to self.
import gc
import sys


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.err = None

    def _fail(self, pos):
        raise ParseError("bad input at position %d" % pos)

    def parse(self):
        try:
            self._fail(3)
        except ParseError as e:
            self.err = e  # ?rc e
        return self.err is None


gc.collect()
p = Parser("x = = 1")  # ?rc p
ok = p.parse()  # ?rc p
err = p.err  # ?rc err p
tb = err.__traceback__  # ?rc tb err
del tb  # ?rc err
del err  # ?rc p
del p
print(gc.collect())  # parser -> err -> tb -> frame -> self

p2 = Parser("y = 2 +")
p2.parse()
p2.err = None  # ?rc p2
print(gc.collect())  # err -> tb -> frame -> (locals) ... -> p2 is referenced from frame


def risky(data):
    if not data:
        raise ValueError("empty data given!")
    return data[0]


errors = []  # ?rc errors
for item in ([], [1.5], []):
    try:
        risky(item)
    except ValueError as exc:
        errors.append(exc)  # ?rc exc errors
n_err = len(errors)
del errors
print(gc.collect())  # each exc -> tb -> frame of risky (no cycle back)


def swallow():
    try:
        {}["missing key"]
    except KeyError:
        info = sys.exc_info()  # ?rc info
        return info[1]


caught = swallow()  # ?rc caught
tb2 = caught.__traceback__  # ?rc tb2 caught
del caught, tb2
print(gc.collect())
