# Theme: singletons. One via __new__ caching the instance on the class, with
# __init__ running again on every call; one module-level instance handed out
# by a function; one classmethod accessor that creates lazily.


class Config:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, values=None):
        if values is not None:
            self.values = values


defaults = {"retries": 3, "timeout": 2.5}  # ?rc defaults
c1 = Config(defaults)  # ?rc c1 defaults
c2 = Config()  # ?rc c1 c2
c3 = Config({"retries": 5})  # ?rc c1 defaults
values = c3.values  # ?rc values defaults


class _Registry:
    def __init__(self):
        self.items = []


_registry = _Registry()  # ?rc _registry


def get_registry():
    return _registry


r1 = get_registry()  # ?rc _registry r1
r2 = get_registry()  # ?rc _registry r2
r1.items.append(r2)  # ?rc _registry


class Cache:
    _shared = None

    @classmethod
    def instance(cls):
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared


got = [Cache.instance() for _ in range(3)]  # ?rc got
first = got[0]  # ?rc first
del got  # ?rc first
Cache._shared = None  # ?rc first
del c1, c2  # ?rc c3
