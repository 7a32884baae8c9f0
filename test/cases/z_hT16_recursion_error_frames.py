# Runaway recursion: every frame holds its arguments and locals until the
# RecursionError's traceback is dropped; then the program goes on as before.


class Payload:
    pass


def runaway(n, obj):
    keep = obj
    return runaway(n + 1, obj)


def bounded(n, obj, out):
    if n == 0:
        return out
    out.append(obj)
    return bounded(n - 1, obj, out)


p = Payload()  # ?rc p
try:
    runaway(0, p)
except RecursionError as err:
    inside = p  # ?rc p inside -- 999 frames, two references each
    saved = err  # ?rc p
held = saved  # ?rc p held
saved = None  # ?rc p
del held  # ?rc p inside
lst = bounded(5, p, [])  # ?rc lst p
del lst  # ?rc p
many = bounded(600, p, [])  # ?rc p many -- deep, but within the limit
del many  # ?rc p


class Walker:
    def __init__(self):
        self.steps = []

    def go(self, n, obj):
        self.steps.append(n)
        return self.go(n + 1, obj)


w = Walker()  # ?rc w
try:
    w.go(0, p)
except RecursionError:
    deepest = len(w.steps)  # ?rc w p
after = w  # ?rc w after p
