# Theme: ABC checks the model keeps no account of: a negative issubclass fills the negative
# caches of the ABC and its subclasses, register() fills the registry; a class freed after that
# takes weak references with callbacks along, so the collection's count is left open (sound).
import abc
import gc


class Codec(abc.ABC):
    @abc.abstractmethod
    def encode(self, text):
        ...


class Upper(Codec):
    def encode(self, text):
        return text.upper()


class Plain:
    def encode(self, text):
        return text


gc.collect()
u = Upper()
ok = isinstance(u, Codec)  # ?rc u
out = u.encode("abc")  # ?rc out
no = issubclass(Plain, Codec)  # ?rc no
del Plain
n1 = gc.collect()  # ?rc n1


class Lower:
    def encode(self, text):
        return text.lower()


Codec.register(Lower)
low = Lower()
yes = isinstance(low, Codec)  # ?rc yes low
del low, Lower
n2 = gc.collect()  # ?rc n2
del u, Upper
n3 = gc.collect()  # ?rc n3
