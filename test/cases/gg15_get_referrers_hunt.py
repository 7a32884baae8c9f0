# Theme: hunting a leak with gc.get_referrers. Only containers tracked by the
# collector show up, so the count of referrers among our own structures is
# deterministic; the answer points at an audit list and a reverse index.
import gc
import sys


class Customer:
    def __init__(self, cid):
        self.cid = cid


by_id = {}
audit = []
reverse = {}


def register(cust):
    by_id[cust.cid] = cust
    audit.append(cust)
    reverse[id(cust)] = [cust, "registered at start"]


def unregister(cust):
    del by_id[cust.cid]


def holders(obj, *known):
    found = [r for r in gc.get_referrers(obj) if any(r is k for k in known)]
    return len(found)


c = Customer(501)  # ?rc c
register(c)  # ?rc c
entry = reverse[id(c)]  # ?rc entry c
print(holders(c, by_id, audit, entry), sys.getrefcount(c))
unregister(c)  # ?rc c
print(holders(c, by_id, audit, entry))
audit.remove(c)  # ?rc c
del entry  # ?rc c
print(holders(c, by_id, audit))
rev = reverse.pop(id(c))  # ?rc rev c
refd = gc.get_referents(rev)  # ?rc refd c
print(len(refd), refd[0] is c)
del refd, rev  # ?rc c
print(sys.getrefcount(c))
group = [c, c, c]  # ?rc c group
n = holders(c, group)  # ?rc c
print(n, gc.get_referrers(group) == [] or True)
del group  # ?rc c
