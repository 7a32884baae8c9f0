# Theme: class-level registries and counters. __init_subclass__ records every
# subclass in a dict on the base; each instance bumps a class counter and is
# kept in a class-level list; a weak registry forgets instances on deletion.
import gc
import weakref


class Plugin:
    registry = {}
    instances = []
    count = 0

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__] = cls

    def __init__(self):
        type(self).count += 1
        Plugin.instances.append(self)


class Csv(Plugin, key="csv-export"):
    pass


class Json(Plugin):
    pass


class Tracked:
    live = weakref.WeakValueDictionary()
    next_id = 0

    def __init__(self):
        Tracked.next_id += 1
        self.ident = Tracked.next_id
        Tracked.live[self.ident] = self


gc.collect()
reg = Plugin.registry  # ?rc reg Csv Json
p1 = Csv()  # ?rc p1 Csv
p2 = Csv()  # ?rc p2 Csv
p3 = Json()  # ?rc p3 Json
inst = Plugin.instances  # ?rc inst
del p1, p2  # ?rc inst
t1 = Tracked()  # ?rc t1
t2 = Tracked()  # ?rc t2
live = Tracked.live  # ?rc live
n_live = len(live)
del t1  # ?rc live
Plugin.instances.clear()  # ?rc p3 Csv
del p3
del Plugin.registry["Json"], Json  # ?rc reg
print(gc.collect())  # the Json class is cyclic garbage
