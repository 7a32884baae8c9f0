# Theme: options objects filled with self.__dict__.update(kw) and
# vars(obj).update(...): each key becomes an attribute holding the value.
import gc


class Tag:
    pass


class Options:
    def __init__(self, **kw):
        self.__dict__.update(kw)


t = Tag()  # ?rc t
o = Options(a=t, b=t)  # ?rc t o
vars(o).update(c=t)  # ?rc t o
extra = {"d": [t], "e": "text value"}  # ?rc extra
o.__dict__.update(extra)  # ?rc t extra
lst = o.d  # ?rc lst
o.__dict__.update({"a": None})  # ?rc t
del o  # ?rc t lst
print(gc.collect())
