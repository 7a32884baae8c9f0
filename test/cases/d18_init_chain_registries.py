# Theme: __init__ chains through super() that register every instance in
# class-level lists; a subclass shadows the base registry, counters are
# rebound per class by `+=`, a class made with type() is cyclic garbage, and
# a subclass copies keyword options into its instance dict.
import gc


class Base:
    registry = []
    count = 0

    def __init__(self, label):
        self.label = label
        Base.registry.append(self)
        type(self).count += 1


class Sensor(Base):
    registry = []

    def __init__(self, label, unit):
        super().__init__(label)
        self.unit = unit
        Sensor.registry.append(self)


class Thermo(Sensor):
    def __init__(self, label):
        super().__init__(label, "degrees C")
        self.readings = [20.5]


gc.collect()
b = Base("plain base")  # ?rc b
s = Sensor("pressure gauge", "kPa")  # ?rc s
t = Thermo("room thermo")  # ?rc t
regs = Sensor.registry  # ?rc regs t
del b, s, t
first = Base.registry[0]  # ?rc first
Base.registry.remove(first)  # ?rc first
Kind = type("Hygro", (Thermo,), {"count": 0})  # ?rc Kind
k = Kind("hygrometer one")  # ?rc Kind k
del k  # ?rc Kind
last = Sensor.registry.pop()  # ?rc last Kind
Base.registry.clear()  # ?rc last
del last  # ?rc Kind
print(gc.collect())
del Kind
print(gc.collect())  # the class: type object, mro tuple, dict, descriptors
print(Thermo.count, Sensor.count, Base.count)


class Meter(Sensor):
    def __init__(self, label, **extra):
        super().__init__(label, "units")
        self.__dict__.update(extra)


owner = Base("site owner")  # ?rc owner
mt = Meter("flow meter", owner=owner, backup=owner)  # ?rc owner mt
Sensor.registry.clear(); Base.registry.clear()  # ?rc owner mt
del mt  # ?rc owner
