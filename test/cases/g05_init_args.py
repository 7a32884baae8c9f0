# Theme: __init__ called with several positional and keyword arguments,
# including the same object passed twice and defaults.


class Thing:
    pass


class Pair:
    def __init__(self, left, right, extra=None, *, label="a pair!"):
        self.left = left
        self.right = right  # ?rc left right
        self.extra = extra
        self.label = label  # ?rc label


t = Thing()  # ?rc t
u = Thing()  # ?rc u
p1 = Pair(t, u)  # ?rc t u p1
p2 = Pair(t, t)  # ?rc t
p3 = Pair(left=u, right=t)  # ?rc t u
p4 = Pair(t, u, extra=t, label="custom label!")  # ?rc t u
args = (u, u)
p5 = Pair(*args)  # ?rc u args
kw = {"left": t, "right": u}
p6 = Pair(**kw)  # ?rc t u kw
del p1, p2, p3, p4, p5, p6  # ?rc t u
del args, kw  # ?rc t u
