# Theme: nested with statements; the inner __exit__ suppresses the error so
# the outer block continues; suppressed exceptions are kept by a manager.


class Guard:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        if exc is not None and self.swallow:
            self.caught.append(exc)
            return True
        return False


class Payload:
    pass


p = Payload()  # ?rc p
outer = Guard("outer!", False)  # ?rc outer
inner = Guard("inner!", True)  # ?rc inner
with outer as o:
    with inner as i:
        held = p  # ?rc p o i
        raise LookupError(p)
    after_inner = p  # ?rc p inner
kept = inner.caught[0]  # ?rc kept p
with Guard("a!", True) as g1, Guard("b!", True) as g2:
    raise KeyError(p)
pair = [g1.caught, g2.caught]  # ?rc g1 g2 p
del g1  # ?rc p
inner.caught.clear()  # ?rc p kept
del kept  # ?rc p
g2.caught.clear()  # ?rc p
del pair, g2  # ?rc p
