# Theme: abc.ABC with abstractmethod, a concrete subclass registry filled by
# __init_subclass__, and ABC.register for a virtual subclass. isinstance()
# on an ABC caches the class in weak sets, never the instance.
import gc
from abc import ABC, abstractmethod


class Codec(ABC):
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        if name is not None:
            Codec.registry[name] = cls

    @abstractmethod
    def encode(self, data): ...


class Upper(Codec, name="upper case"):
    def encode(self, data):
        return [s.upper() for s in data]


class Legacy:
    def encode(self, data):
        return list(reversed(data))


Codec.register(Legacy)
gc.collect()
payload = ["alpha beta", "gamma delta"]  # ?rc payload
codec = Codec.registry["upper case"]()  # ?rc codec
out = codec.encode(payload)  # ?rc out payload
old = Legacy()  # ?rc old
flags = (isinstance(old, Codec), isinstance(codec, Codec))  # ?rc old codec
res = old.encode(payload)  # ?rc res
pair = (codec, old)  # ?rc codec old pair
try:
    Codec()
except TypeError as exc:
    msg = str(exc)  # ?rc msg
del pair, flags  # ?rc codec old
cls = type(codec)  # ?rc codec
del codec, old, cls
print(gc.collect())
print(issubclass(Legacy, Codec))
