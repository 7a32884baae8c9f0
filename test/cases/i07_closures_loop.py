# Theme: closures over loop variables, nonlocal counters, decorators with
# state. Cells hold the value; each closure holds its cells.


def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    return fs


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc


def track(fn):
    calls = []

    def wrapper(*args):
        calls.append(args)
        return fn(*args)

    wrapper.calls = calls
    return wrapper


@track
def area(w, h):
    return w * h


adders = make_adders()  # ?rc adders
f0 = adders[0]  # ?rc f0
inc = counter()  # ?rc inc
inc(); inc()  # ?rc inc
calls = area.calls  # ?rc calls area
val = 2.5 * 2  # ?rc val
area(val, val)  # ?rc val calls
last = calls[0]  # ?rc last val
cell = inc.__closure__[0]  # ?rc cell
late = [lambda: k for k in range(2)]  # ?rc late
del adders  # ?rc f0
del inc  # ?rc cell
