# Theme: contextlib.closing and nullcontext keep their object on the manager while the block runs
import contextlib
import gc


class Port:
    def __init__(self, name):
        self.name = name
        self.log = []

    def close(self):
        self.log.append(self)  # ?rc self


port = Port("serial port one")  # ?rc port
with contextlib.closing(port) as p:
    active = p  # ?rc port
del p, active  # ?rc port
manager = contextlib.closing(port)  # ?rc port manager
with manager as inner:
    pass
del inner  # ?rc port manager
port.log.clear()  # ?rc port
try:
    with contextlib.closing(port):
        raise KeyError("closed anyway")
except KeyError as exc:
    failure = exc
del failure  # ?rc port
port.log.clear()  # ?rc port
with contextlib.nullcontext(port) as same:
    twin = same  # ?rc port
with contextlib.nullcontext(enter_result=port) as again:
    pass
with contextlib.nullcontext() as nothing:
    empty = [nothing]  # ?rc empty
del same, twin, again  # ?rc port
port.keeper = contextlib.nullcontext(port)
del port, manager
print(gc.collect())
