# Theme: abc.ABC storage backends: abstract methods, a concrete template
# method in the base, instantiation refused for an incomplete subclass.
import abc


class Storage(abc.ABC):
    def __init__(self):
        self.writes = 0

    @abc.abstractmethod
    def put(self, key, value): ...

    @abc.abstractmethod
    def get(self, key): ...

    def put_many(self, pairs):
        for key, value in pairs:
            self.put(key, value)  # ?rc value
        return self.writes


class MemoryStorage(Storage):
    def __init__(self):
        super().__init__()
        self.data = {}

    def put(self, key, value):
        self.data[key] = value
        self.writes += 1

    def get(self, key):
        found = self.data.get(key)  # ?rc found
        return found


class Broken(Storage):
    def put(self, key, value):
        pass


blob = [1.5, 2.5]  # ?rc blob
other = {"not a key!": blob}  # ?rc other blob
store = MemoryStorage()  # ?rc store
n = store.put_many([("key one", blob), ("key two", other)])  # ?rc blob other
back = store.get("key one")  # ?rc back blob
is_storage = isinstance(store, Storage)  # ?rc store
try:
    Broken()
except TypeError as err:
    reason = err.args  # ?rc reason
store.data.pop("key two")  # ?rc other
del back  # ?rc blob
store = None  # ?rc blob other
