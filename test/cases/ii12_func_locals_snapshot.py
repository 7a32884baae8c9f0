# Theme: locals() and vars() in nested functions (free variables appear in
# the result), after `del`, copied with dict(), and in a class body (where
# it is the class namespace itself).


class Obj:
    pass


o = Obj()  # ?rc o


def outer(item):
    keep = [item]  # ?rc item keep

    def inner():
        seen = locals()  # ?rc item seen
        return len(seen) + len(keep) + (item is None)

    n = inner()  # ?rc item
    return n


outer(o)  # ?rc o


def shrink(item):
    extra = item  # ?rc item
    del extra
    snap = vars()  # ?rc item snap
    copied = dict(locals())  # ?rc item copied
    return copied


kept = shrink(o)  # ?rc o kept
del kept  # ?rc o


class Panel:
    widget = o
    space = locals()  # ?rc o space


ns = Panel.space  # ?rc ns o
del Panel.space  # ?rc ns o
