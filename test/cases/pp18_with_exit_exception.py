# Theme: with statements and exceptions. __exit__ receives the exception
# and its traceback; a manager that stores them keeps the raising frame
# (and its locals) alive until the stored values are dropped.
import gc


class Capture:
    def __init__(self):
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.caught = value  # ?rc value
        return True


class Part:
    pass


def assemble(part, cap):
    with cap:
        local = part  # ?rc part
        raise ValueError(part)
    return cap


gc.collect()
part = Part()  # ?rc part
cap = Capture()  # ?rc cap
assemble(part, cap)  # ?rc part cap
err = cap.caught  # ?rc err part
cap.caught = None  # ?rc err part
err.__traceback__ = None  # ?rc part cap
del err  # ?rc part
with Capture() as c2:
    inside = part  # ?rc part c2
    raise KeyError(inside)
assemble(part, c2)  # ?rc part c2
c2.caught = None  # ?rc part c2
print(gc.collect())  # exception, traceback, frame
after = part  # ?rc part
