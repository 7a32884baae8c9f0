# what a class that may be garbage holds (its __slots__ dict's doc str) may lose that reference at gc.collect()
import gc
doc = "the doc of slot a!"  # ?rc doc
class S:
    __slots__ = {"a": doc, "b": None}
mem = S.__dict__["a"]  # ?rc mem doc
d = mem.__doc__  # ?rc d doc
del S, mem, d
n = gc.collect()
after = doc  # ?rc doc
