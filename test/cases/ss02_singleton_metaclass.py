# Theme: singleton via a metaclass. The metaclass keeps one instance per
# class in a dict on itself; calling the class again returns the cached
# instance without re-running __init__. A reset hook drops the cache.
import gc
import sys


class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

    @classmethod
    def reset(mcs):
        mcs._instances.clear()


class Settings(metaclass=SingletonMeta):
    def __init__(self, values):
        self.values = values


class Logger(metaclass=SingletonMeta):
    def __init__(self):
        self.lines = []


cache = SingletonMeta._instances  # ?rc cache
base = {"debug": [1.5, 2.5]}  # ?rc base
s1 = Settings(base)  # ?rc s1 base
s2 = Settings({"other": 2.5})  # ?rc s1 s2 base
log1 = Logger()  # ?rc log1
log1.lines.append(s1)  # ?rc s1
log2 = Logger()  # ?rc log1 log2
print(sys.getrefcount(s1))
n = len(cache)
SingletonMeta.reset()  # ?rc s1 log1 cache
s3 = Settings({"fresh": 3.5})  # ?rc s3 s1
same = s3 is s1
del s1, s2  # ?rc base log1
del log1, log2  # ?rc base
print(gc.collect())
del cache  # ?rc s3
print(gc.collect())
