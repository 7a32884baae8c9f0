# Theme: classmethod and staticmethod next to class and instance attributes.
# A classmethod constructor registers instances in a list shared by the whole
# hierarchy; assigning to an instance attribute shadows the class attribute;
# an object can even switch its class (a tiny state machine).
import gc


class Temperature:
    instances = []
    scale = "degrees Celsius"

    def __init__(self, value):
        self.value = value
        Temperature.instances.append(self)

    @classmethod
    def from_fahrenheit(cls, f):
        obj = cls((f - 32) / 1.8)  # ?rc obj
        return obj

    @staticmethod
    def average(items):
        total = sum(t.value for t in items)
        return total / len(items)

    def same(self):
        return self


class Kelvin(Temperature):
    scale = "kelvin scale"


t1 = Temperature(21.5)  # ?rc t1
t2 = Temperature.from_fahrenheit(98.6)  # ?rc t2
k = Kelvin.from_fahrenheit(32.0)  # ?rc k
reg = Temperature.instances  # ?rc reg
cm = Temperature.__dict__["from_fahrenheit"]  # ?rc cm
func = cm.__func__  # ?rc func
bound = Kelvin.from_fahrenheit  # ?rc bound func
avg = Temperature.average  # ?rc avg
mean = t1.average([t1, t2, k])  # ?rc mean t1
t1.instances = []  # ?rc reg
own = t1.instances  # ?rc own reg
back = t1.same()  # ?rc t1
del t1.instances  # ?rc own
via_inst = t1.instances  # ?rc reg
Temperature.instances = [t2]  # ?rc reg t2
del bound  # ?rc k


class Idle:
    def toggle(self):
        self.__class__ = Busy
        return self


class Busy:
    def toggle(self):
        self.__class__ = Idle
        return self


gc.collect()
machine = Idle()
machine.history = [machine]  # ?rc machine
same_machine = machine.toggle()  # ?rc machine
del machine, same_machine
print(gc.collect())  # the machine, its history list and its attribute dict
