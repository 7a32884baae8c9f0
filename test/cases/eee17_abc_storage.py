# An abc.ABC storage interface with abstract methods and a concrete mixin
# method; an in-memory backend implements it, an incomplete one cannot be
# instantiated, and register() adds a virtual subclass.
import abc
import gc
import sys


class Storage(abc.ABC):
    @abc.abstractmethod
    def get(self, key):
        ...

    @abc.abstractmethod
    def put(self, key, value):
        ...

    def get_or(self, key, fallback):
        try:
            return self.get(key)
        except KeyError:
            return fallback


class MemoryStorage(Storage):
    def __init__(self):
        self._data = {}

    def get(self, key):
        return self._data[key]

    def put(self, key, value):
        self._data[key] = value  # ?rc value


class HalfDone(Storage):
    def get(self, key):
        return None


class Legacy:
    pass


Storage.register(Legacy)
store = MemoryStorage()  # ?rc store
payload = {"rows": [1.5, 2.5]}  # ?rc payload
store.put("user:1", payload)  # ?rc payload
store.put("user:2", payload)  # ?rc payload
got = store.get("user:1")  # ?rc got payload
fallback = [0.5]  # ?rc fallback
missing = store.get_or("user:9", fallback)  # ?rc missing fallback
try:
    HalfDone()
except TypeError as exc:
    problem = exc  # ?rc problem
del problem
virtual = isinstance(Legacy(), Storage)
data = store._data  # ?rc data
abstract = Storage.__abstractmethods__  # ?rc abstract
print(sys.getrefcount(store))
stores = [MemoryStorage() for _ in range(3)]
for s in stores:
    s.put("shared key", payload)  # ?rc payload
del s, stores  # ?rc payload
del data, got
del store  # ?rc payload
print(gc.collect())
