# Theme: a leak-hunting helper that asks gc.get_referrers who holds an object
# and summarises the answer with generator expressions fed to sorted(),
# tuple() and list() (drained whole), next to one it only peeks at with next().
import gc


class Session:
    def __init__(self, user):
        self.user = user
        self.cart = []


def holders(obj):
    found = gc.get_referrers(obj)  # ?rc obj found
    kinds = sorted(type(o).__name__ for o in found)
    return kinds


def dict_holders(obj):
    return tuple(len(o) for o in gc.get_referrers(obj) if isinstance(o, dict))


cart = ["book", "pen"]
s = Session("ann")
s.cart = cart  # ?rc cart s
index = {"ann": s}  # ?rc s index
kinds = holders(cart)  # ?rc cart kinds
sizes = dict_holders(s)  # ?rc s index
audit = [s, s]
owners = list(o for o in gc.get_referrers(s) if o is not audit)  # ?rc s audit
del owners, audit  # ?rc s index
print(gc.collect())
peek = (o for o in gc.get_referrers(cart))
first = next(peek)  # ?rc peek
del peek, first
print(gc.collect())
del index, s  # ?rc cart
print(gc.collect())
