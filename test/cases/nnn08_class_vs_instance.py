# Objects stored as class attributes versus instance attributes, and bound
# methods created on the fly versus stored in a name (m = obj.method).
import sys


class Lamp:
    pass


shared = Lamp()  # ?rc shared


class Room:
    light = shared

    def __init__(self, own):
        self.own = own  # ?rc own

    def switch(self):
        return self.light


r1 = Room(Lamp())  # ?rc shared
r2 = Room(shared)  # ?rc shared
print(sys.getrefcount(shared))
got = r1.switch()  # ?rc got r1
m = r1.switch  # ?rc r1
m2 = r1.switch  # ?rc r1
print(m is m2)
fn = Room.switch  # ?rc fn
same = m.__func__  # ?rc same
owner = m.__self__  # ?rc r1
del owner, m2  # ?rc r1
r1.light = Lamp()  # ?rc r1 shared
local_light = r1.light  # ?rc local_light
del r1.light  # ?rc local_light shared
methods = [r2.switch for _ in range(3)]  # ?rc r2
del methods  # ?rc r2
Room.light = None  # ?rc shared got
del m  # ?rc r1
own = r1.own  # ?rc own
del r1  # ?rc own
