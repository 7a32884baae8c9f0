# Classes deriving from builtin exceptions or OrderedDict: which descriptors they add, and garbage of a local class.
import gc, collections
class AppError(Exception):
    pass
class NotFound(AppError):
    pass
base = AppError  # ?rc base
leaf = NotFound  # ?rc leaf
class OD(collections.OrderedDict):
    pass
od = OD  # ?rc od
def local_error():
    class LocalError(ValueError):
        pass
    return LocalError("temporary local")
gc.collect()
err = local_error()  # ?rc err
del err
n = gc.collect()  # ?rc n
class E2(KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
e = E2("k")  # ?rc e
d = e.__dict__  # ?rc d
