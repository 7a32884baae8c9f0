# Theme: globals versus closures. `global` rebinds a module name (the old
# object loses that reference); `nonlocal` rebinds a cell. Both are called
# several times, so the counts change from call to call.

latest = None
history = []


class Event:
    pass


def record(ev):
    global latest
    prev = latest
    latest = ev  # ?rc ev
    history.append(prev)
    return prev


def make_tracker():
    last = None
    seen = []

    def track(ev):
        nonlocal last
        seen.append(ev)
        last = ev  # ?rc ev seen
        return len(seen)

    return track


e1, e2 = Event(), Event()  # ?rc e1 e2
record(e1)  # ?rc e1
record(e2)  # ?rc e1 e2
record(e2)  # ?rc e2
track = make_tracker()  # ?rc track
track(e1)  # ?rc e1
track(e2)  # ?rc e1 e2
history.clear()  # ?rc e1 e2
latest = None  # ?rc e2
del track  # ?rc e1 e2
