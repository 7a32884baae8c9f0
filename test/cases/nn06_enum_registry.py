# Theme: an enum used as a registry key. Members are singletons owned by
# their class (member map, value map, class attribute); looking them up by
# value or name hands out the same object.
import enum
import gc


class Level(enum.Enum):
    DEBUG = 10.5
    INFO = 20.5
    ERROR = 40.5

    @property
    def loud(self):
        return self.value > 30


handlers = {}


def on(level, *, into=handlers):
    def deco(fn):
        into.setdefault(level, []).append(fn)
        return fn
    return deco


@on(Level.ERROR)
def page(msg):
    return ["page: " + msg]


@on(Level.ERROR)
@on(Level.INFO)
def log(msg):
    return ["log: " + msg]


err = Level.ERROR  # ?rc err
err2 = Level(40.5)  # ?rc err err2
err3 = Level["ERROR"]  # ?rc err
chain = handlers[err]  # ?rc chain err
out = [h("disk full!") for h in chain]  # ?rc out chain
info_list = handlers[Level.INFO]  # ?rc info_list
loud = [m for m in Level if m.loud]  # ?rc loud err
del loud, err2, err3  # ?rc err
val = err.value  # ?rc val
del handlers[err]  # ?rc chain err
by_value = {m.value: m for m in Level}  # ?rc by_value err
del by_value  # ?rc err
print(gc.collect())
