# Theme: a settings registry built from class attributes (a common config pattern): each
# Settings class's public names are copied into a flat dict, overrides applied, and the
# classes dropped once the registry holds what it needs
import gc


class Base:
    debug = False
    hosts = ["localhost"]
    retries = 3


class Prod(Base):
    debug = False
    hosts = ["db1", "db2"]
    timeouts = {"read": 5, "write": 10}


class Dev(Base):
    """Local development."""
    debug = True
    paths = ["/tmp"]

    def describe(self):
        return "dev"


def collect(cls):
    out = {}
    for klass in reversed(cls.__mro__[:-1]):
        for key, value in vars(klass).items():
            if key.isupper() or key.startswith("_") or callable(value):
                continue
            out[key] = value
    return out


prod_hosts = Prod.hosts
base_hosts = Base.hosts
timeouts = Prod.timeouts  # ?rc prod_hosts base_hosts timeouts
prod = collect(Prod)  # ?rc prod prod_hosts base_hosts timeouts
dev = collect(Dev)  # ?rc dev base_hosts
paths = Dev.paths  # ?rc paths
names = sorted(prod)
print(names)  # ?rc names
merged = {**prod, **dev}
print(len(merged))  # ?rc merged timeouts paths
del Prod
print(gc.collect())  # ?rc timeouts prod_hosts
del Dev, Base
print(gc.collect())  # ?rc base_hosts paths
del prod, dev, merged
print(gc.collect())  # ?rc timeouts paths base_hosts
